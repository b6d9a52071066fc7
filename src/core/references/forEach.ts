/**
 * Fn::ForEach (the AWS::LanguageExtensions transform), as far as names go. A loop is written
 * `Fn::ForEach::LoopName: [Identifier, Collection, {OutputKey: OutputValue}]`: the transform copies
 * the output map once per item of the collection, replacing `${Identifier}` with the item and
 * `&{Identifier}` with the item stripped of every character that is not a letter or digit, in the
 * keys and the values; `Ref: Identifier` becomes the item itself. Loops nest, and sit in Conditions,
 * Resources, Outputs or inside a resource's properties.
 *
 * When the collection is a literal list the items are known and the loop is expanded; when it is
 * not (a `Ref` to a CommaDelimitedList parameter, an Fn::FindInMap…), an item is unknown and a name
 * built from it is a pattern.
 */
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type TemplateNode } from '../model';
import { NamePattern, type NamePart } from './namePattern';
import type { DeclarationKind } from './types';

/** Each loop identifier in scope with its item in this copy of the body; undefined when not known. */
export type LoopScope = ReadonlyMap<string, string | undefined>;

export interface ForEachLoop {
  identifier: string;
  collection: TemplateNode;
  /** The items of a literal collection; undefined when the collection is computed. */
  items: string[] | undefined;
  outputs: MapNode;
}

/** A name a loop declares: exact when the items are known, a pattern when not. */
export interface GeneratedName {
  kind: DeclarationKind;
  pattern: NamePattern;
  /** The name itself, when every item in it is known. */
  name?: string;
  /** For a resource, the Type its loop body writes. */
  type?: string;
}

/** Above this many copies of a body (nested loops multiply), items are treated as unknown. */
const MAX_COPIES = 256;

export function isForEachKey(key: string): boolean {
  return key.startsWith('Fn::ForEach::');
}

/** The loop written under a `Fn::ForEach::Name` key; undefined when its value is not of that shape. */
export function forEachLoop(value: TemplateNode): ForEachLoop | undefined {
  if (!isSeq(value) || value.items.length !== 3) return undefined;
  const [identifier, collection, outputs] = value.items;
  if (!isString(identifier) || !isMap(outputs)) return undefined;
  return { identifier: identifier.value, collection, outputs, items: literalItems(collection) };
}

function literalItems(collection: TemplateNode): string[] | undefined {
  if (!isSeq(collection) || !collection.items.every(isScalar)) return undefined;
  return collection.items.map((item) => String((item as { value: unknown }).value));
}

/** One scope per copy of the loop body, inside the scopes of the loops around it (`copies` of them). */
export function loopScopes(loop: ForEachLoop, outer: LoopScope, copies: number): LoopScope[] {
  const items = loop.items && loop.items.length * copies <= MAX_COPIES ? loop.items : [undefined];
  return items.map((item) => new Map([...outer, [loop.identifier, item]]));
}

const PLACEHOLDER = /([$&])\{([^}]*)\}/g;

/** The text with the scope's items in place of `${Id}` and `&{Id}`; undefined when one is unknown. */
export function substituteLoopItems(text: string, scope: LoopScope): string | undefined {
  let unknown = false;
  const result = text.replace(PLACEHOLDER, (whole, sigil: string, name: string) => {
    if (!scope.has(name)) return whole;
    const item = scope.get(name);
    if (item === undefined) {
      unknown = true;
      return whole;
    }
    return sigil === '&' ? item.replace(/[^0-9A-Za-z]/g, '') : item;
  });
  return unknown ? undefined : result;
}

/** A key as the transform writes it out: with the loop items in place when they are known. */
export function keyInCopy(key: string, scope: LoopScope | undefined): string {
  return scope ? (substituteLoopItems(key, scope) ?? key) : key;
}

/**
 * The names an output key stands for: the key with the known items in place, and each unknown one
 * as any run of characters. `prefixOnly` also accepts longer names (for resources that generate more).
 */
export function generatedName(kind: DeclarationKind, key: string, scope: LoopScope, prefixOnly = false): GeneratedName {
  const name = substituteLoopItems(key, scope);
  const parts: NamePart[] = [];
  let last = 0;
  for (const match of key.matchAll(PLACEHOLDER)) {
    parts.push({ text: key.slice(last, match.index) });
    last = match.index + match[0].length;
    const alphanumeric = match[1] === '&';
    if (!scope.has(match[2])) parts.push({ text: match[0] });
    else {
      const item = scope.get(match[2]);
      if (item === undefined) parts.push({ wildcard: alphanumeric ? 'alphanumeric' : 'any' });
      else parts.push({ text: alphanumeric ? item.replace(/[^0-9A-Za-z]/g, '') : item });
    }
  }
  parts.push({ text: key.slice(last) });
  const generated: GeneratedName = { kind, pattern: new NamePattern(parts, prefixOnly) };
  if (name !== undefined) generated.name = name;
  return generated;
}

/** Whether a loop declares a name of one of these kinds. */
export function isLoopGenerated(generated: readonly GeneratedName[], kinds: readonly DeclarationKind[], name: string): boolean {
  return generated.some((candidate) => kinds.includes(candidate.kind) && candidate.pattern.test(name));
}

/** The resource type of a name a loop declares, when the loop body writes it as text. */
export function loopGeneratedType(generated: readonly GeneratedName[], name: string): string | undefined {
  return generated.find((candidate) => candidate.kind === 'resource' && candidate.pattern.test(name))?.type;
}

/** Names that exist in full (no unknown item), for "did you mean" suggestions. */
export function exactGeneratedNames(generated: readonly GeneratedName[], kinds: readonly DeclarationKind[]): string[] {
  return generated.flatMap((candidate) => (kinds.includes(candidate.kind) && candidate.name !== undefined ? [candidate.name] : []));
}

/** Serverless resources and modules generate more resources, named after them. */
export function generatesMore(resource: TemplateNode): boolean {
  const type = valueOf(resource, 'Type');
  return isString(type) && (type.value.startsWith('AWS::Serverless::') || type.value.endsWith('::MODULE'));
}
