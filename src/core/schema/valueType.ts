/** The type of a property or attribute value, parsed from the index's compact type text. */
export type PrimitiveName = 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'timestamp';

export type ValueType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'list'; element: ValueType }
  | { kind: 'map'; element: ValueType }
  /** A nested property type of the same resource type, e.g. `LaunchTemplateSpecification`. */
  | { kind: 'object'; name: string }
  /** One of several types (the spec has ~100 such properties, e.g. `string|S3Location`). */
  | { kind: 'union'; types: ValueType[] };

const PRIMITIVES = new Set<string>(['string', 'integer', 'number', 'boolean', 'json', 'timestamp']);
const cache = new Map<string, ValueType>();

/** `list<map<string>>`, `Tag`, `string|Foo` → ValueType. Unknown words become object types. */
export function parseValueType(text: string): ValueType {
  let parsed = cache.get(text);
  if (!parsed) {
    parsed = parseUnion(text.trim());
    cache.set(text, parsed);
  }
  return parsed;
}

function parseUnion(text: string): ValueType {
  const members = splitTopLevel(text);
  if (members.length > 1) return { kind: 'union', types: members.map(parseUnion) };
  const generic = /^(list|map)<(.*)>$/.exec(text);
  if (generic) return { kind: generic[1] as 'list' | 'map', element: parseUnion(generic[2]) };
  if (PRIMITIVES.has(text)) return { kind: 'primitive', name: text as PrimitiveName };
  return { kind: 'object', name: text };
}

/** Splits `a|list<b|c>` at the top-level bars only. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '<') depth++;
    else if (char === '>') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** How a type reads to a person: `List of Tag`, `Map of String`, `LaunchTemplateSpecification`. */
export function describeValueType(type: ValueType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name === 'json' ? 'JSON' : type.name[0].toUpperCase() + type.name.slice(1);
    case 'list':
      return `List of ${describeValueType(type.element)}`;
    case 'map':
      return `Map of ${describeValueType(type.element)}`;
    case 'object':
      return type.name;
    case 'union':
      return type.types.map(describeValueType).join(' or ');
  }
}
