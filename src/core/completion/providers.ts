import type { CompletionProvider } from './index';

/** Every completion provider; each lives in its own file in this folder. */
export const COMPLETION_PROVIDERS: CompletionProvider[] = [];
