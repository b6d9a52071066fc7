import { AUTOSCALING_SNIPPETS } from './data/autoscaling';
import { CODEDEPLOY_SNIPPETS } from './data/codedeploy';
import { DATA_SNIPPETS } from './data/data';
import { GOVERNANCE_SNIPPETS } from './data/governance';
import { PIPELINE_SNIPPETS } from './data/pipeline';
import { PLATFORM_SNIPPETS } from './data/platform';
import { RESILIENCE_SNIPPETS } from './data/resilience';
import { ROUTING_SNIPPETS } from './data/routing';
import { SERVERLESS_SNIPPETS } from './data/serverless';
import type { SnippetDef } from './types';

export type { CfnMap, CfnValue, SnippetDef } from './types';
export { labTemplate, labTemplateModel } from './labTemplate';
export { emptyFileCompletions, skeletonText } from './emptyFile';
export { snippetBody, renderEntries, withDefaults } from './render';

/** Every exam-scenario snippet, in the order pickers list them. */
export const SNIPPETS: readonly SnippetDef[] = [
  ...PIPELINE_SNIPPETS,
  ...CODEDEPLOY_SNIPPETS,
  ...AUTOSCALING_SNIPPETS,
  ...PLATFORM_SNIPPETS,
  ...SERVERLESS_SNIPPETS,
  ...DATA_SNIPPETS,
  ...RESILIENCE_SNIPPETS,
  ...ROUTING_SNIPPETS,
  ...GOVERNANCE_SNIPPETS,
];

export function snippetByPrefix(prefix: string): SnippetDef | undefined {
  return SNIPPETS.find((snippet) => snippet.prefix === prefix);
}
export { snippetFile, snippetFileText, snippetDescription, type VsCodeSnippet } from './snippetFile';
