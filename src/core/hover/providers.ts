import { examHoverProvider } from '../knowledge/hover';
import type { HoverProvider } from './index';
import { schemaHoverProvider } from './schemaHover';

/** The hover providers in display order: schema documentation first, then the exam section. */
export const HOVER_PROVIDERS: HoverProvider[] = [schemaHoverProvider, examHoverProvider];
