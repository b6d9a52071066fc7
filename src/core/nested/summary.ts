import { isMap, isScalar, isSeq, isString, valueOf, type ScalarNode, type TemplateNode } from '../model';
import { numberAsWritten } from '../schema/values';
import { sectionOf } from '../sections';
import type { Template } from '../template';
import type { ChildParameter, ChildTemplate } from './types';

const SECTIONS = ['AWSTemplateFormatVersion', 'Parameters', 'Resources', 'Outputs'];

/** Transforms that add neither parameters nor outputs (SAM adds resources and their outputs stay the author's). */
const PLAIN_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/**
 * What a nested stack's template declares, read from its parse; undefined when it is no template.
 * A macro may add parameters and outputs, and Fn::ForEach writes outputs out: then they are unknown.
 */
export function childTemplateOf(template: Template): ChildTemplate | undefined {
  const root = template.root;
  // `Resources: {}` is no template to lint, but a child may be just parameters and outputs.
  if (!isMap(root) || !(template.isTemplate || SECTIONS.some((name) => valueOf(root, name) !== undefined))) return undefined;
  // A child that does not parse declares what a recovering parser guesses: nothing of it is known.
  if (template.parseFindings.some((found) => found.ruleId === 'E0000')) return { outputs: undefined, outputDescriptions: {}, parameters: undefined };
  const macro = transformsOf(root).some((name) => !PLAIN_TRANSFORMS.has(name));
  const outputs = sectionOf(root, 'Outputs');
  const outputNames = outputs?.entries.map((entry) => entry.key.value) ?? [];
  const looped = outputNames.some((name) => name.startsWith('Fn::ForEach::'));
  const parameters = sectionOf(root, 'Parameters')?.entries.map(
    (entry): ChildParameter => ({ name: entry.key.value, hasDefault: valueOf(entry.value, 'Default') !== undefined, ...allowedValuesOf(entry.value, template.text) }),
  );
  const outputDescriptions: Record<string, string> = {};
  for (const entry of outputs?.entries ?? []) {
    const description = valueOf(entry.value, 'Description');
    if (isString(description)) outputDescriptions[entry.key.value] = description.value;
  }
  return {
    outputs: macro || looped || (outputs === undefined && valueOf(root, 'Outputs') !== undefined) ? undefined : outputNames,
    outputDescriptions,
    parameters: macro || (parameters === undefined && valueOf(root, 'Parameters') !== undefined) ? undefined : (parameters ?? []),
  };
}

function transformsOf(root: Template['root']): string[] {
  const transform = valueOf(root, 'Transform');
  if (isString(transform)) return [transform.value];
  if (transform && transform.kind === 'seq') return transform.items.map((item) => (isString(item) ? item.value : '(macro)'));
  return transform === undefined ? [] : ['(macro)'];
}

/** A parameter's AllowedValues as the text CloudFormation compares, when every one is a literal. */
function allowedValuesOf(parameter: TemplateNode, text: string): { allowedValues?: string[]; list?: boolean } {
  const allowed = valueOf(parameter, 'AllowedValues');
  if (!isSeq(allowed) || allowed.items.length === 0 || !allowed.items.every((item) => isScalar(item) && item.value !== null)) return {};
  const type = valueOf(parameter, 'Type');
  const list = isString(type) && (type.value === 'CommaDelimitedList' || type.value.startsWith('List<'));
  // As written: an unquoted 8.0 is "8.0" to CloudFormation's string comparison, not JavaScript's "8".
  return { allowedValues: allowed.items.map((item) => numberAsWritten(item, text) ?? String((item as ScalarNode).value)), ...(list ? { list } : {}) };
}
