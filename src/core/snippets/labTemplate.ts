import type { TemplateFormat } from '../template';
import { resolveDefaults } from './placeholders';
import { renderEntries } from './render';
import { topicList, type CfnMap, type SnippetDef } from './types';

/** The whole template for a snippet's scenario, in the order CloudFormation's documentation lists sections. */
export function labTemplateModel(snippet: SnippetDef): CfnMap {
  const template: CfnMap = { AWSTemplateFormatVersion: '2010-09-09' };
  if (snippet.transform) template.Transform = snippet.transform;
  template.Description = `Exam lab: ${snippet.title} (${topicList(snippet)}). ${snippet.description}`;
  if (snippet.parameters) template.Parameters = snippet.parameters;
  if (snippet.conditions) template.Conditions = snippet.conditions;
  template.Resources = snippet.resources;
  return template;
}

/** A complete, deployable template for the scenario, with every tab stop at its default. */
export function labTemplate(snippet: SnippetDef, format: TemplateFormat): string {
  const entries = renderEntries(labTemplateModel(snippet), format, format === 'json' ? 2 : 0, 2);
  const body = format === 'json' ? ['{', ...entries, '}'] : entries;
  return resolveDefaults(body.join('\n')) + '\n';
}
