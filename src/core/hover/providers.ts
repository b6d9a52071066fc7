import { examHoverProvider } from '../knowledge/hover';
import { deploymentHoverProvider } from '../simulate/hover';
import { practisedTopicsHoverProvider } from '../study/resourceHover';
import type { HoverProvider } from './index';
import { schemaHoverProvider } from './schemaHover';

/** The hover providers in display order: schema documentation first, what a deployment does, the exam section, the topics practised. */
export const HOVER_PROVIDERS: HoverProvider[] = [schemaHoverProvider, deploymentHoverProvider, examHoverProvider, practisedTopicsHoverProvider];
