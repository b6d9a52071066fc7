/**
 * The registry constraints of a SAM template's Globals: `Globals: Function: Timeout: 1000` is passed to
 * every function that does not set its own, as if written on it. Each global is judged in each resource
 * it reaches, beside that resource's own properties (a limit may hold only without another property:
 * a Timeout past 900 seconds needs a capacity provider). SAM merges a global map with the resource's own
 * and prepends a global list to the resource's, so only what a value says of itself is reported (allowed
 * values, pattern, length, range, format, and a list with more items than allowed, which can only grow),
 * never what an object or a list must hold.
 */
import { isMap, type MapEntry, type MapNode, type TemplateNode } from '../../model';
import { memoized } from '../../memo';
import { parameterDeclaration, resourcesByType, sectionOf } from '../../sections';
import type { Template } from '../../template';
import { currentSchema } from '../current';
import { hasBrokenSyntax } from '../parseState';
import type { SchemaObject, Violation } from './types';
import { ConstraintValidator } from './validator';

const VALUE_KEYWORDS = new Set<Violation['keyword']>(['enum', 'pattern', 'length', 'range', 'format']);

/** The violations in Globals, in source order (none outside a SAM template, or while the text has a syntax error). */
export function globalsConstraintViolations(template: Template): readonly Violation[] {
  if (!template.root || hasBrokenSyntax(template)) return [];
  return memoized(template, globalsPass);
}

function globalsPass(template: Template): Violation[] {
  const registry = currentSchema()?.registry;
  const globals = sectionOf(template.root, 'Globals');
  if (!registry || !isMap(globals)) return [];
  const violations: Violation[] = [];
  const seen = new Set<string>();
  for (const section of globals.entries) {
    const type = `AWS::Serverless::${section.key.value}`;
    const schema = registry.type(type)?.schema;
    if (typeof schema !== 'object' || !isMap(section.value)) continue;
    const validator = validatorFor(template, schema);
    const inGlobals = (violation: Violation) => violation.span.start >= section.span.start && violation.span.end <= section.span.end;
    for (const reached of reachedMaps(section.value, resourcesByType(template.root).get(type) ?? [])) {
      for (const violation of validator.validate(reached, schema, ['Globals', section.key.value], section.key.span)) {
        const key = `${violation.span.start}\u0000${violation.message}`;
        if (!(VALUE_KEYWORDS.has(violation.keyword) || violation.tooMany) || !inGlobals(violation) || seen.has(key)) continue;
        seen.add(key);
        violations.push(violation);
      }
    }
  }
  return violations;
}

/**
 * The Properties each resource gets: its own, then the globals it does not set. Without a resource
 * reached, the globals alone (what is wrong in them is wrong wherever they go).
 */
function reachedMaps(globals: MapNode, resources: readonly { properties?: MapNode; body?: TemplateNode }[]): MapNode[] {
  const reached = resources.filter((resource) => !ignoresGlobals(resource.body)).map((resource) => withGlobals(resource.properties, globals));
  return reached.length > 0 ? reached : [globals];
}

function withGlobals(own: MapNode | undefined, globals: MapNode): MapNode {
  if (!own) return globals;
  const names = new Set(own.entries.map((entry) => entry.key.value));
  const inherited: MapEntry[] = globals.entries.filter((entry) => !names.has(entry.key.value));
  return { ...globals, entries: [...own.entries, ...inherited], duplicateKeys: undefined };
}

/** `IgnoreGlobals: '*'` or a list of names: the resource takes none, or not those (taken as none, to stay quiet). */
function ignoresGlobals(body: TemplateNode | undefined): boolean {
  return isMap(body) && body.entries.some((entry) => entry.key.value === 'IgnoreGlobals');
}

function validatorFor(template: Template, schema: SchemaObject): ConstraintValidator {
  return new ConstraintValidator({
    root: schema,
    parameter: (name) => parameterDeclaration(template.root, name),
    mappings: sectionOf(template.root, 'Mappings'),
    text: template.text,
    nullIsAbsent: true,
  });
}
