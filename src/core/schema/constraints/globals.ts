/**
 * The registry constraints of a SAM template's Globals: `Globals: Function: Timeout: 1000` is passed to
 * every function that does not set its own, as if written on it. Each global is judged in each resource
 * it reaches, beside that resource's own properties (a limit may hold only without another property:
 * a Timeout past 900 seconds needs a capacity provider). SAM merges a global map with the resource's own, key by key,
 * and prepends a global list to the resource's, so only what a value says of itself is reported (allowed
 * values, pattern, length, range, format, and a list with more items than allowed, which can only grow),
 * never what an object or a list must hold.
 */
import { entryOf, isMap, isSeq, isString, valueOf, type MapEntry, type MapNode, type TemplateNode } from '../../model';
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
        if (!(isAboutValue(violation) || violation.tooMany) || !inGlobals(violation) || seen.has(key)) continue;
        seen.add(key);
        violations.push(violation);
      }
    }
  }
  return violations;
}

/** What a value says of itself: a keyword of its own, or a scalar that fits none of the forms (`Tracing: Enabled`). */
function isAboutValue(violation: Violation): boolean {
  if (VALUE_KEYWORDS.has(violation.keyword)) return true;
  return (violation.keyword === 'anyOf' || violation.keyword === 'oneOf') && violation.node.kind === 'scalar';
}

/**
 * The Properties each resource gets: its own, then the globals it does not set or ignore. Without a resource of
 * the type, the globals alone (what is wrong in them is wrong wherever they go); when every resource ignores
 * them all, nothing (they reach no resource).
 */
function reachedMaps(globals: MapNode, resources: readonly { properties?: MapNode; body?: TemplateNode }[]): MapNode[] {
  if (resources.length === 0) return [globals];
  return resources.flatMap((resource) => {
    const taken = globalsTaken(globals, resource.body);
    return taken ? [withGlobals(resource.properties, taken)] : [];
  });
}

/**
 * The globals a resource takes: all of them, none (`IgnoreGlobals: '*'`), or all but the names it lists; a
 * computed IgnoreGlobals is taken as none, to stay quiet.
 */
export function globalsTaken(globals: MapNode, body: TemplateNode | undefined): MapNode | undefined {
  const ignored = isMap(body) ? entryOf(body, 'IgnoreGlobals')?.value : undefined;
  if (ignored === undefined) return globals;
  if (!isSeq(ignored) || !ignored.items.every(isString)) return undefined;
  const names = new Set(ignored.items.map((item) => (item as { value: string }).value));
  return { ...globals, entries: globals.entries.filter((entry) => !names.has(entry.key.value)), duplicateKeys: undefined };
}

/** A resource's own Properties with the globals of its type it takes: what SAM makes of them. */
export function withTakenGlobals(template: Template, type: string, own: MapNode, body: TemplateNode | undefined): MapNode {
  const section = valueOf(sectionOf(template.root, 'Globals'), type.slice('AWS::Serverless::'.length));
  const taken = isMap(section) ? globalsTaken(section, body) : undefined;
  return taken ? withGlobals(own, taken) : own;
}

function withGlobals(own: MapNode | undefined, globals: MapNode): MapNode {
  if (!own) return globals;
  return { ...globals, entries: mergedEntries(own, globals), duplicateKeys: undefined };
}

/** The resource's entries, a map it shares with the globals merged key by key (as SAM does), then the globals it lacks. */
function mergedEntries(own: MapNode, globals: MapNode): MapEntry[] {
  const global = new Map(globals.entries.map((entry) => [entry.key.value, entry.value]));
  const entries = own.entries.map((entry) => {
    const inherited = global.get(entry.key.value);
    if (!isPlainMap(entry.value) || !isPlainMap(inherited)) return entry;
    return { ...entry, value: { ...entry.value, entries: mergedEntries(entry.value, inherited), duplicateKeys: undefined } };
  });
  const names = new Set(own.entries.map((entry) => entry.key.value));
  return [...entries, ...globals.entries.filter((entry) => !names.has(entry.key.value))];
}

/** A map written out, not an intrinsic function (SAM merges only those). */
function isPlainMap(node: TemplateNode | undefined): node is MapNode {
  return isMap(node) && !node.entries.some((entry) => entry.key.value === 'Ref' || entry.key.value.startsWith('Fn::'));
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
