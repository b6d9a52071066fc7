import { examHoverProvider } from '../knowledge/hover';
import { deploymentHoverProvider } from '../simulate/hover';
import { practisedTopicsHoverProvider } from '../study/resourceHover';
import type { HoverProvider } from './index';
import { schemaHoverProvider } from './schemaHover';
import { templateHoverProvider } from './templateHover';

/**
 * The hover providers in display order: schema documentation first, the template's own structure (sections,
 * declarations, parameter attributes, output fields), what a deployment does, the exam section, the topics practised.
 */
export const HOVER_PROVIDERS: HoverProvider[] = [schemaHoverProvider, templateHoverProvider, deploymentHoverProvider, examHoverProvider, practisedTopicsHoverProvider];
