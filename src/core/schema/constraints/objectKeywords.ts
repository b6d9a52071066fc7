/**
 * The keywords about which properties an object holds (required, requiredXor, requiredOr, dependencies,
 * dependentRequired, dependentExcluded, and a oneOf of required lists), judged only where presence is
 * certain: a property set through an `Fn::If` with an `AWS::NoValue` branch may or may not be there.
 */
import { entryOf, isSeq, isString, type MapNode, type NodePath, type Span, type TemplateNode } from '../../model';
import { functionOf } from './alternatives';
import { listOf } from './scalars';
import type { JsonSchema, SchemaObject, ValueDependency, Violation } from './types';
import { writtenKeywords } from './shape';

type Presence = 'yes' | 'no' | 'maybe';

/**
 * Whether the schema has a keyword about which properties an object holds. `required` counts only when
 * `withRequired`: outside a combination's branches it is never reported (E3003 reports it), only steers.
 */
export function hasObjectKeywords(schema: SchemaObject, withRequired: boolean): boolean {
  return (
    (withRequired && schema.required !== undefined) ||
    schema.requiredXor !== undefined ||
    schema.requiredOr !== undefined ||
    schema.dependentRequired !== undefined ||
    schema.dependencies !== undefined ||
    schema.dependentExcluded !== undefined ||
    schema.valueDependencies !== undefined
  );
}

/**
 * requiredXor, requiredOr, required (when `withRequired`), dependentRequired, dependencies, dependentExcluded,
 * judged only where presence is certain.
 */
export function objectKeywordViolations(node: MapNode, path: NodePath, schema: SchemaObject, anchor: Span, withRequired: boolean): Violation[] {
  const out: Violation[] = [];
  const at = (keyword: Violation['keyword'], message: string, name?: string): Violation => {
    const entry = name !== undefined ? entryOf(node, name) : undefined;
    return { keyword, message, span: entry?.key.span ?? anchor, path: entry ? [...path, entry.key.value] : path, node };
  };
  if (withRequired) for (const name of schema.required ?? []) if (is(node, name, 'no')) out.push(at('required', `${name} is required`));
  if (schema.requiredXor) {
    const given = schema.requiredXor.filter((name) => is(node, name, 'yes'));
    if (schema.requiredXor.every((name) => is(node, name, 'no'))) out.push(at('requiredXor', `Exactly one of ${schema.requiredXor.join(', ')} is required; none is given`));
    for (const name of given.slice(1)) out.push(at('requiredXor', `Only one of ${schema.requiredXor.join(', ')} may be given, but ${given[0]} and ${name} both are`, name));
  }
  if (schema.requiredOr && schema.requiredOr.every((name) => is(node, name, 'no'))) {
    out.push(at('requiredOr', `At least one of ${schema.requiredOr.join(', ')} is required; none is given`));
  }
  const dependencies = schema.dependencies ? { ...schema.dependentRequired, ...arrayDependencies(schema.dependencies) } : schema.dependentRequired;
  for (const name in dependencies) {
    if (!is(node, name, 'yes')) continue;
    const missing = dependencies[name].filter((other) => is(node, other, 'no'));
    if (missing.length > 0) out.push(at('dependentRequired', `${name} needs ${andList(missing)} too`, name));
  }
  // Schemas often list a pair both ways (A excludes B, B excludes A): one finding per pair.
  let reported: Set<string> | undefined;
  for (const name in schema.dependentExcluded) {
    if (!is(node, name, 'yes')) continue;
    for (const other of schema.dependentExcluded[name]) {
      if (!is(node, other, 'yes') || reported?.has(`${other}\0${name}`)) continue;
      (reported ??= new Set()).add(`${name}\0${other}`);
      out.push(at('dependentExcluded', `${other} cannot be given together with ${name}`, other));
    }
  }
  for (const dependency of schema.valueDependencies ?? []) {
    const value = valueWritten(node, dependency);
    if (value === undefined) continue;
    const when = entryOf(node, dependency.property) ? `${dependency.property} is ${value}` : `${dependency.property} is left at its default, ${value}`;
    const missing = (dependency.require ?? []).filter((name) => is(node, name, 'no'));
    if (missing.length > 0) out.push(at('dependentRequired', `${andList(missing)} ${missing.length === 1 ? 'is' : 'are'} required when ${when}`, dependency.property));
    // An empty list sends nothing: only a property that holds something is refused.
    for (const name of (dependency.exclude ?? []).filter((candidate) => is(node, candidate, 'yes') && !isEmptyList(entryOf(node, candidate)!.value))) {
      out.push(at('dependentExcluded', `${name} cannot be given when ${when}`, name));
    }
    for (const [name, allowed] of Object.entries(dependency.allow ?? {})) out.push(...notAllowedWhen(node, path, name, allowed, when));
  }
  return out;
}

/** Whether the property is surely given, surely not, or maybe (objects are small: a look-up by name beats building a map of them all). */
function is(node: MapNode, name: string, wanted: Presence): boolean {
  const entry = entryOf(node, name);
  return (entry ? presenceOf(entry.value) : 'no') === wanted;
}

/** A property written as a literal that is none of the values another property's value allows (HMAC key specs take GENERATE_VERIFY_MAC). */
function notAllowedWhen(node: MapNode, path: NodePath, name: string, allowed: string[], when: string): Violation[] {
  const value = entryOf(node, name)?.value;
  if (value?.kind !== 'scalar' || (typeof value.value !== 'string' && typeof value.value !== 'number')) return [];
  const written = String(value.value);
  if (allowed.includes(written)) return [];
  const message = `${name} must be ${allowed.length === 1 ? allowed[0] : `one of ${listOf(allowed)}`} when ${when}, not '${written}'`;
  return [{ keyword: 'enum', message, span: value.span, path: [...path, name], node: value, allowed, value: written }];
}

function isEmptyList(node: TemplateNode): boolean {
  return isSeq(node) && node.items.length === 0;
}

/** The value of the dependency's property when it is one of its values: written as a literal (any letter case), or left out with such a default. */
function valueWritten(node: MapNode, dependency: ValueDependency): string | undefined {
  const entry = entryOf(node, dependency.property);
  if (!entry) return dependency.default;
  const value = entry.value;
  if (value.kind !== 'scalar' || value.value === null || typeof value.value === 'object') return undefined;
  const text = String(value.value);
  return dependency.in.some((candidate) => candidate.toLowerCase() === text.toLowerCase()) ? text : undefined;
}

/** `Ref: AWS::NoValue` is absent; an `Fn::If` with such a branch may be. */
function presenceOf(value: TemplateNode, depth = 0): Presence {
  if (isNoValueRef(value)) return 'no';
  if (functionOf(value) !== 'Fn::If' || depth > 8) return 'yes';
  const args = (value as MapNode).entries[0].value;
  if (!isSeq(args) || args.items.length !== 3) return 'maybe';
  const branches = [presenceOf(args.items[1], depth + 1), presenceOf(args.items[2], depth + 1)];
  return branches[0] === branches[1] ? branches[0] : 'maybe';
}

function arrayDependencies(dependencies: SchemaObject['dependencies']): Record<string, string[]> {
  return Object.fromEntries(Object.entries(dependencies ?? {}).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
}

export function isNoValueRef(node: TemplateNode): boolean {
  return functionOf(node) === 'Ref' && isString((node as MapNode).entries[0].value) && ((node as MapNode).entries[0].value as { value: string }).value === 'AWS::NoValue';
}

/**
 * A oneOf whose forms each require one property (`[{required: [LocalRoleName]}, {required: [RoleArn]}]`)
 * is a choice between properties: those surely given, when more than one is. Forms that require several
 * (`[{required: [TypeName, Type]}, {required: [Arn]}]`) are ways to name one thing, which AWS's own samples
 * give together: left alone.
 */
export function exclusiveChoicesGiven(node: MapNode, oneOf: readonly JsonSchema[]): string[][] {
  const groups = oneOf.map((form) => (typeof form === 'object' && writtenKeywords(form).length === 1 && form.required?.length === 1 ? form.required : undefined));
  if (groups.some((group) => group === undefined)) return [];
  const sets = groups as string[][];
  if (new Set(sets.map((group) => group[0])).size !== sets.length) return [];
  const given = (name: string) => {
    const entry = entryOf(node, name);
    return entry !== undefined && presenceOf(entry.value) === 'yes';
  };
  const chosen = sets.filter((group) => group.every(given));
  return chosen.length > 1 ? chosen : [];
}

/** Names joined as a sentence says them: `A`, `A and B`, `A, B and C`. */
function andList(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
