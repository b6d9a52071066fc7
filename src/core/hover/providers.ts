import type { HoverProvider } from './index';

/** The hover providers in display order: schema documentation first, then the exam section. */
export const HOVER_PROVIDERS: HoverProvider[] = [];
