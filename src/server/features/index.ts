import type { Feature } from '../context';
import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';

/** Every LSP feature beyond diagnostics; each file in this folder registers its own handlers. */
export const FEATURES: readonly Feature[] = [hoverFeature, completionFeature, codeActionsFeature];
