/**
 * SAM's Globals section: a section the transform does not know, or a property it does not take from Globals,
 * fails the transform, so the stack is never created.
 */
import { finding, type Finding } from '../findings';
import { isMap, isSeq, isString, valueOf, type MapEntry } from '../model';
import { SAM_GLOBAL_PROPERTIES, SAM_RESOURCE_ONLY } from '../schema/samGlobals';
import { currentSchema } from '../schema/current';
import { hasBrokenSyntax } from '../schema/parseState';
import { closestName } from '../schema/suggest';
import type { Template } from '../template';
import type { Rule } from './rule';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export const samGlobalsRule: Rule = {
  id: 'E0001',
  description: 'SAM Globals may hold only the sections and properties the SAM transform takes from it',
  needsText: ['Globals'],
  run(template) {
    const globals = valueOf(template.root, 'Globals');
    if (!isMap(globals) || hasBrokenSyntax(template) || !declaresSam(template)) return [];
    return globals.entries.flatMap((section) => sectionFindings(section));
  },
};

function declaresSam(template: Template): boolean {
  const transform = valueOf(template.root, 'Transform');
  const names = isSeq(transform) ? transform.items : [transform];
  return names.some((name) => isString(name) && name.value === SAM_TRANSFORM);
}

function sectionFindings(section: MapEntry): Finding[] {
  const name = section.key.value;
  const path = ['Globals', name];
  if (!Object.hasOwn(SAM_GLOBAL_PROPERTIES, name)) {
    const known = Object.keys(SAM_GLOBAL_PROPERTIES);
    const suggestion = closestName(name, known);
    const message = `Globals has no section '${name}': the SAM transform fails on it${suggestion ? `; did you mean '${suggestion}'?` : ` (it takes ${known.join(', ')})`}`;
    return [finding('E0001', 'error', message, section.key.span, path)];
  }
  const supported = SAM_GLOBAL_PROPERTIES[name];
  if (!supported || !isMap(section.value)) return [];
  const typeProperties = samTypeProperties(name);
  return section.value.entries.flatMap((entry) => {
    const key = entry.key.value;
    if (supported.includes(key)) return [];
    const onlyOnResource = SAM_RESOURCE_ONLY[name]?.includes(key) ?? false;
    const isProperty = typeProperties?.has(key) ?? true;
    // A property of the type the list lacks may be one SAM took into Globals since: a warning, not an error.
    const severity = onlyOnResource || !isProperty ? 'error' : 'warning';
    const suggestion = isProperty ? undefined : closestName(key, supported);
    const refusal = `the transform fails with "'${key}' is not a supported property of '${name}'"`;
    const why = !isProperty
      ? `${key} is not a property SAM takes from Globals for ${name}${suggestion ? `; did you mean '${suggestion}'?` : ''}`
      : severity === 'error'
        ? `SAM does not take ${key} from Globals for ${name} (${refusal}); set it on each resource`
        : `SAM did not take ${key} from Globals for ${name} as of its 2026 releases (${refusal}); set it on each resource unless your SAM version takes it`;
    return [finding('E0001', severity, why, entry.key.span, [...path, key])];
  });
}

/** The properties of AWS::Serverless::<section> in the registry data, if it has the type. */
function samTypeProperties(section: string): ReadonlySet<string> | undefined {
  const schema = currentSchema()?.registry?.type(`AWS::Serverless::${section}`)?.schema;
  return typeof schema === 'object' && schema.properties ? new Set(Object.keys(schema.properties)) : undefined;
}
