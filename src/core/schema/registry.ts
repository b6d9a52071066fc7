/**
 * The CloudFormation registry's constraints (compiled by scripts/compile-registry.mjs into
 * src/core/schema/registry/, shipped as dist/schema/registry/): per resource type its JSON schema
 * with the keywords CloudFormation validates (allowed values, patterns, lengths, ranges, property
 * combinations, formats), the attributes Fn::GetAtt may read and the lifecycle of retired services.
 * Read through the same SchemaSource as the index, one service file when a template first uses it.
 */
import { memberSchema } from './constraints/members';
import { uniformSchema, withKeywords } from './constraints/shape';
import type { JsonSchema, SchemaObject } from './constraints/types';
import type { SchemaSource } from './schema';

export interface RegistryType {
  schema: JsonSchema;
  /** Fn::GetAtt names (readOnlyProperties), dotted for nested ones. */
  attributes?: readonly string[];
  /** The properties of the primary identifier, when a template sets them all (none read-only). */
  identifiers?: readonly string[];
  /** Set for services that are shut down or sunsetting. */
  lifecycle?: { status: string; date: string; [key: string]: unknown };
}

export interface RuntimeLifecycle {
  deprecated: string | null;
  'create-block': string | null;
  'update-block': string | null;
  successor: string | null;
}

interface RegistryIndex {
  source: string;
  date: string;
  types: Record<string, string>;
  lambdaRuntimes: Record<string, RuntimeLifecycle>;
  /** IAM service prefixes with no resource types: their actions can only name Resource "*". */
  iamServicesWithoutResources?: string[];
}

type RegistryChunk = Record<string, RegistryType>;

const NO_NAMES: ReadonlySet<string> = new Set();
const EMPTY_INDEX: RegistryIndex = { source: '', date: '', types: {}, lambdaRuntimes: {} };

export class Registry {
  private index: RegistryIndex | undefined;
  private readonly chunks = new Map<string, RegistryChunk | undefined>();
  /** Each type once looked up: the index and chunk look-ups cost more than one map's, on every resource of every lint. */
  private readonly types = new Map<string, RegistryType | undefined>();

  constructor(private readonly source: SchemaSource) {}

  /** Where the data comes from and its date, as the compiled index says. */
  provenance(): { source: string; date: string } {
    const { source, date } = this.rawIndex();
    return { source, date };
  }

  type(typeName: string): RegistryType | undefined {
    let type = this.types.get(typeName);
    if (type === undefined && !this.types.has(typeName)) this.types.set(typeName, (type = this.lookUp(typeName)));
    return type;
  }

  private lookUp(typeName: string): RegistryType | undefined {
    const types = this.rawIndex().types;
    if (!Object.hasOwn(types, typeName)) return undefined;
    const chunkName = types[typeName];
    if (!this.chunks.has(chunkName)) {
      const text = this.source.read(`registry/${chunkName}`);
      this.chunks.set(chunkName, text ? uniformChunk(JSON.parse(text) as RegistryChunk) : undefined);
    }
    const chunk = this.chunks.get(chunkName);
    return chunk && Object.hasOwn(chunk, typeName) ? chunk[typeName] : undefined;
  }

  /** Whether `A.B` names a property (nested through objects) of the type's schema. */
  hasPropertyPath(typeName: string, dotted: string): boolean {
    return this.declares(typeName, dotted.split('.'));
  }

  /** Whether the schema declares the property at `names` (list properties are stepped into, as their items). */
  declares(typeName: string, names: readonly string[]): boolean {
    const root = this.type(typeName)?.schema;
    if (typeof root !== 'object') return false;
    let current: JsonSchema | undefined = root;
    for (const name of names) {
      current = resolveRef(root, current);
      if (typeof current === 'object' && current.properties === undefined && current.items !== undefined) current = resolveRef(root, current.items);
      if (typeof current !== 'object') return false;
      current = memberSchema(current, name);
      if (current === undefined) return false;
    }
    return true;
  }

  /**
   * The registry's schema of each property of a resource type, or of one of its nested types (found
   * under the same name among the definitions), with `$ref`s followed; list properties give their items'.
   */
  memberSchemas(typeName: string, nestedName?: string): Readonly<Record<string, SchemaObject>> {
    const root = this.type(typeName)?.schema;
    if (typeof root !== 'object') return {};
    const object = resolveRef(root, nestedName === undefined ? root : root.definitions?.[nestedName]);
    if (typeof object !== 'object' || !object.properties) return {};
    const members: Record<string, SchemaObject> = {};
    for (const [name, member] of Object.entries(object.properties)) {
      let resolved = resolveRef(root, member);
      if (typeof resolved === 'object' && resolved.items !== undefined && resolved.enum === undefined) resolved = resolveRef(root, resolved.items);
      if (typeof resolved === 'object') members[name] = resolved;
    }
    for (const shown of withoutConditionalProperty(object)) if (members[shown.name]) members[shown.name] = withKeywords(members[shown.name], shown.schema);
    return members;
  }

  /**
   * The properties a oneOf or anyOf of the object names as required in one of its forms: each is required
   * only in that form, whatever the specification says (the forms are checked as such, E3017/E3018).
   */
  alternativeMembers(typeName: string, nestedName?: string): ReadonlySet<string> {
    const root = this.type(typeName)?.schema;
    if (typeof root !== 'object') return NO_NAMES;
    // A nested type the schema writes inline sits under the top-level property of its name.
    const written = nestedName === undefined ? root : (root.definitions?.[nestedName] ?? root.properties?.[nestedName]);
    const object = resolveRef(root, written);
    if (typeof object !== 'object') return NO_NAMES;
    const forms = [...(object.oneOf ?? []), ...(object.anyOf ?? [])];
    const names = forms.flatMap((form) => {
      const resolved = resolveRef(root, form);
      return typeof resolved === 'object' ? (resolved.required ?? []) : [];
    });
    return names.length > 0 ? new Set(names) : NO_NAMES;
  }

  /** Lambda runtimes with their deprecation and block dates. */
  lambdaRuntime(name: string): RuntimeLifecycle | undefined {
    const runtimes = this.rawIndex().lambdaRuntimes;
    return Object.hasOwn(runtimes, name) ? runtimes[name] : undefined;
  }

  /** Whether every action of the IAM service prefix can only be granted on Resource "*". */
  iamServiceTakesOnlyStar(service: string): boolean {
    return this.rawIndex().iamServicesWithoutResources?.includes(service.toLowerCase()) ?? false;
  }

  private rawIndex(): RegistryIndex {
    if (!this.index) {
      const text = this.source.read('registry/index');
      this.index = text ? (JSON.parse(text) as RegistryIndex) : EMPTY_INDEX;
    }
    return this.index;
  }
}

/** A chunk's schemas, each rebuilt with one object shape (constraints/shape.ts). */
function uniformChunk(chunk: RegistryChunk): RegistryChunk {
  for (const type of Object.values(chunk)) type.schema = uniformSchema(type.schema);
  return chunk;
}

function resolveRef(root: SchemaObject, schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; typeof current === 'object' && current.$ref?.startsWith('#/definitions/') && hops < 20; hops++) {
    current = root.definitions?.[current.$ref.slice('#/definitions/'.length)];
  }
  return current;
}

/**
 * Limits a conditional gives a property when another property is absent (`if: {required: [CapacityProviderConfig]}`,
 * `else: {properties: {Timeout: {maximum: 900}}}`): the common case, shown as the property's own.
 */
function withoutConditionalProperty(object: SchemaObject): { name: string; schema: SchemaObject }[] {
  const shown: { name: string; schema: SchemaObject }[] = [];
  for (const part of object.allOf ?? []) {
    if (typeof part !== 'object' || typeof part.if !== 'object' || !part.if.required || typeof part.else !== 'object') continue;
    for (const [name, schema] of Object.entries(part.else.properties ?? {})) if (typeof schema === 'object') shown.push({ name, schema });
  }
  return shown;
}
