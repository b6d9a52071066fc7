import type { Feature } from '../context';
import { codeActionsFeature } from './codeActions';
import { codeLensFeature } from './codeLens';
import { completionFeature } from './completion';
import { convertFeature } from './convert';
import { definitionFeature } from './definition';
import { deploymentFeature } from './deployment';
import { graphFeature } from './graph';
import { highlightsFeature } from './highlights';
import { hoverFeature } from './hover';
import { inlayHintsFeature } from './inlayHints';
import { practiceFeature } from './practice';
import { referencesFeature } from './references';
import { renameFeature } from './rename';
import { studyFeature } from './study';
import { symbolsFeature } from './symbols';

/** Every LSP feature beyond diagnostics; each file in this folder registers its own handlers. */
export const FEATURES: readonly Feature[] = [hoverFeature, completionFeature, codeActionsFeature, convertFeature,
  definitionFeature, referencesFeature, renameFeature, highlightsFeature, symbolsFeature, inlayHintsFeature, codeLensFeature,
  graphFeature, studyFeature, deploymentFeature, practiceFeature];
