import type { Feature } from '../context';

/** Every LSP feature beyond diagnostics; each file in this folder registers its own handlers. */
export const FEATURES: readonly Feature[] = [];
