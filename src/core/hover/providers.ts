import { examHoverProvider } from '../knowledge/hover';
import { practisedTopicsHoverProvider } from '../study/resourceHover';
import type { HoverProvider } from './index';
import { schemaHoverProvider } from './schemaHover';

/** The hover providers in display order: schema documentation first, then the exam section, then the topics practised. */
export const HOVER_PROVIDERS: HoverProvider[] = [schemaHoverProvider, examHoverProvider, practisedTopicsHoverProvider];
