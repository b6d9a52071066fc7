import { snippetCompletions } from '../snippets/completion';
import type { CompletionProvider } from './index';
import { templateCompletions } from './templateCompletions';

/** Every completion provider; each lives in its own file in this folder. */
export const COMPLETION_PROVIDERS: CompletionProvider[] = [snippetCompletions, templateCompletions];
