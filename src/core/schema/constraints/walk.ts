/**
 * The registry constraints of every resource's Properties, checked once per template and shared
 * by the constraint rules (rules/registryConstraints.ts). Resource types the registry does not know,
 * custom resources and modules are left alone, as is everything while the text has a syntax error.
 */
import { isMap, type MapNode, type TemplateNode } from '../../model';
import { resourceDeclarations, sectionOf } from '../../sections';
import type { Template } from '../../template';
import { currentSchema } from '../current';
import { hasBrokenSyntax } from '../parseState';
import type { Violation } from './types';
import { ConstraintValidator } from './validator';

/** Keywords the specification rules report already (E3012, E3003, E3002). */
const STEERING_ONLY = new Set<Violation['keyword']>(['type', 'required', 'additional', 'not']);
/** At the top of a SAM resource's Properties, Globals may supply what seems missing. */
const PRESENCE_KEYWORDS = new Set<Violation['keyword']>(['requiredXor', 'requiredOr', 'dependentRequired', 'anyOf', 'oneOf']);

export interface ConstraintPass {
  violations: readonly Violation[];
  /** Values the registry judged against allowed values (the specification's lists apply to the others). */
  enumChecked: ReadonlySet<TemplateNode>;
}

const EMPTY: ConstraintPass = { violations: [], enumChecked: new Set() };
const cache = new WeakMap<Template, ConstraintPass>();

export function constraintViolations(template: Template): readonly Violation[] {
  return constraintPass(template).violations;
}

export function constraintPass(template: Template): ConstraintPass {
  let pass = cache.get(template);
  if (!pass) {
    pass = collect(template);
    cache.set(template, pass);
  }
  return pass;
}

function collect(template: Template): ConstraintPass {
  const registry = currentSchema()?.registry;
  if (!registry || !template.root || hasBrokenSyntax(template)) return EMPTY;
  const enumChecked = new Set<TemplateNode>();
  const parameters = sectionOf(template.root, 'Parameters');
  const parameter = (name: string): MapNode | undefined => {
    const value = parameters?.entries.find((entry) => entry.key.value === name)?.value;
    return isMap(value) ? value : undefined;
  };
  const seen = new Set<string>();
  const result: Violation[] = [];
  for (const resource of resourceDeclarations(template.root)) {
    const type = resource.type;
    if (!type || type.startsWith('Custom::') || !resource.body) continue;
    const registryType = registry.type(type);
    const propertiesEntry = resource.body.entries.find((entry) => entry.key.value === 'Properties');
    if (!registryType || typeof registryType.schema !== 'object' || !propertiesEntry) continue;
    const validator = new ConstraintValidator({ root: registryType.schema, parameter, enumChecked: (node) => enumChecked.add(node) });
    const path = ['Resources', resource.logicalId, 'Properties'];
    const sam = type.startsWith('AWS::Serverless::');
    for (const violation of validator.validate(propertiesEntry.value, registryType.schema, path, propertiesEntry.key.span)) {
      if (STEERING_ONLY.has(violation.keyword)) continue;
      if (sam && PRESENCE_KEYWORDS.has(violation.keyword) && violation.path.length <= path.length + 1) continue;
      const key = `${violation.keyword}\u0000${violation.span.start}\u0000${violation.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(violation);
    }
  }
  return { violations: result, enumChecked };
}
