import type { Feature } from '../context';
import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { convertFeature } from './convert';
import { hoverFeature } from './hover';

/** Every LSP feature beyond diagnostics; each file in this folder registers its own handlers. */
export const FEATURES: readonly Feature[] = [hoverFeature, completionFeature, codeActionsFeature, convertFeature];
