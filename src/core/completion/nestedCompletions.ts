/** Completion of a nested stack's Parameters from its own template, when the host read it (a local TemplateURL). */
import { childTemplatesOf, localChildren } from '../nested';
import type { ChildParameter } from '../nested/types';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { keyItem, valueItem } from './items';
import { presentKeys } from './schemaCompletions';

type PropertyContext = Extract<CompletionContext, { kind: 'propertyKey' | 'propertyValue' }>;

/** Types that deploy a template whose parameters they pass under Properties/Parameters. */
const NESTING = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application']);

/** The parameters the child template declares, not yet given: those without a Default first. */
export function childParameterKeys(context: PropertyContext): Completion[] {
  if (!NESTING.has(context.resourceType ?? '') || context.path.join('/') !== 'Properties/Parameters') return [];
  const present = presentKeys(context, ['Resources', context.logicalId, ...context.path]);
  return childParameters(context)
    .filter((parameter) => !present.has(parameter.name))
    .map((parameter) =>
      keyItem(context, parameter.name, 'property', parameter.allowedValues?.length ? { shape: 'string', choices: [...parameter.allowedValues] } : { shape: 'string' }, {
        detail: parameter.hasDefault ? 'Parameter of the nested template (has a Default)' : 'Parameter of the nested template (required: no Default)',
        sortText: `${parameter.hasDefault ? 1 : 0}_${parameter.name}`,
      }),
    );
}

/** Whether the cursor is in a nested stack's Parameters that already pass a parameter: no function can be a key there. */
export function passesParameters(context: PropertyContext): boolean {
  if (!NESTING.has(context.resourceType ?? '') || context.path.join('/') !== 'Properties/Parameters') return false;
  return presentKeys(context, ['Resources', context.logicalId, ...context.path]).size > 0;
}

/** The AllowedValues of the child parameter whose value is being typed. */
export function childParameterValues(context: PropertyContext): Completion[] {
  if (!NESTING.has(context.resourceType ?? '') || context.path.length !== 3 || context.path.slice(0, 2).join('/') !== 'Properties/Parameters') return [];
  const parameter = childParameters(context).find((candidate) => candidate.name === context.path[2]);
  return (parameter?.allowedValues ?? []).map((value) => valueItem(context, value, 'value', { detail: `Allowed value of ${parameter!.name} in the nested template`, sortText: `0_${value}` }));
}

function childParameters(context: PropertyContext): readonly ChildParameter[] {
  const child = localChildren(context.parsed).find((candidate) => candidate.resource.logicalId === context.logicalId);
  return (child && childTemplatesOf(context.template).get(child.location)?.parameters) ?? [];
}
