/**
 * The CloudFormation resource schema: what types exist, their properties, attributes and nested types.
 *
 * Data comes from a `SchemaSource` the host supplies (Node: files in dist/schema; tests: the same;
 * a web worker: whatever it can read synchronously). Chunks are parsed on first use and kept, so
 * activation costs one small index file and each service is parsed once.
 *
 * Use from rules, hover and completion:
 *   const schema = currentSchema();                      // undefined when the host gave no source
 *   schema?.resourceType('AWS::S3::Bucket')              // ResourceTypeSchema: properties, attributes, docs
 *   schema?.propertyType('AWS::EC2::Instance', 'Ebs')    // ObjectSchema of a nested property type
 *   schema?.objectOf('AWS::EC2::Instance', valueType)    // ObjectSchema when valueType names one
 *   resolveResourcePath(schema, type, ['Properties', 'LaunchTemplate', 'Version'])  // see resolve.ts
 *   placeholderFor(property.type, property)              // a value skeleton: "", 0, false, [], {}
 *   closestName(name, candidates), closestResourceType(type, schema.resourceTypeNames())  // did-you-mean
 * Property and attribute maps are keyed by exact name; every object is immutable and cached.
 * What is not in the spec lives beside the rules that use it: resource attribute names
 * (rules/unknownResourceAttribute.ts), UpdatePolicy/CreationPolicy shapes per type
 * (rules/updatePolicy.ts, rules/creationPolicy.ts), snapshot-capable types (rules/support/removalPolicy.ts),
 * SAM types the spec lacks (rules/unknownResourceType.ts).
 */
import type { RawChunk, RawIndex, RawObject, RawProperty, RawResource } from './format';
import { Registry } from './registry';
import type { SchemaObject } from './constraints/types';
import { parseValueType, type ValueType } from './valueType';

export interface SchemaSource {
  /** The text of `<name>.json` (`index` for the index), or undefined when there is none. */
  read(chunkName: string): string | undefined;
}

export type Replacement = 'yes' | 'maybe' | 'no';

export interface PropertySchema {
  name: string;
  type: ValueType;
  /** The compact type text, e.g. `list<Tag>`; see valueType.ts. */
  typeText: string;
  required: boolean;
  /** Markdown, the first paragraph of AWS's description. */
  documentation?: string;
  /** Whether changing the value replaces the resource ('maybe': depends on the change). */
  causesReplacement: Replacement;
  allowedValues?: readonly (string | number)[];
  deprecated: boolean;
  defaultValue?: string;
  /** What the registry schema also requires of the value (of each item, for a list). */
  constraints?: PropertyConstraints;
}

export interface PropertyConstraints {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

export interface AttributeSchema {
  /** As `Fn::GetAtt` names it, dotted ones included (e.g. `Endpoint.Address`). */
  name: string;
  type: ValueType;
  typeText: string;
  documentation?: string;
}

/** A resource's Properties or a nested property type. */
export interface ObjectSchema {
  /** `AWS::EC2::Instance` for a resource, `AWS::EC2::Instance.Ebs` for a nested type. */
  name: string;
  /** The resource type this belongs to: nested type names are scoped to it. */
  resourceType: string;
  documentation?: string;
  properties: ReadonlyMap<string, PropertySchema>;
  /** Names of the required properties, in schema order. */
  required: readonly string[];
}

export interface ResourceTypeSchema extends ObjectSchema {
  attributes: ReadonlyMap<string, AttributeSchema>;
  /** The transform the type needs (`AWS::Serverless-2016-10-31` for SAM types). */
  transform?: string;
  /** The AWS documentation page of the type. */
  documentationUrl?: string;
}

export class Schema {
  private index: RawIndex | undefined;
  private readonly chunks = new Map<string, RawChunk | undefined>();
  private readonly resources = new Map<string, ResourceTypeSchema | undefined>();
  /** Nested property types by resource type, then by name: no key string is built per look-up. */
  private readonly objects = new Map<string, Map<string, ObjectSchema | undefined>>();
  private names: readonly string[] | undefined;
  /** The registry's constraints, read through the same source (registry/…). */
  readonly registry: Registry;

  constructor(private readonly source: SchemaSource) {
    this.registry = new Registry(source);
  }

  /** Every known resource type name, sorted. Empty when the index is missing. */
  resourceTypeNames(): readonly string[] {
    this.names ??= Object.keys(this.rawIndex().types);
    return this.names;
  }

  hasResourceType(typeName: string): boolean {
    return Object.hasOwn(this.rawIndex().types, typeName);
  }

  resourceType(typeName: string): ResourceTypeSchema | undefined {
    let resource = this.resources.get(typeName);
    if (resource === undefined && !this.resources.has(typeName)) this.resources.set(typeName, (resource = this.buildResource(typeName)));
    return resource;
  }

  /** A nested property type, e.g. ('AWS::EC2::Instance', 'Ebs'). */
  propertyType(typeName: string, nestedName: string): ObjectSchema | undefined {
    let ofType = this.objects.get(typeName);
    if (!ofType) this.objects.set(typeName, (ofType = new Map()));
    let object = ofType.get(nestedName);
    if (object === undefined && !ofType.has(nestedName)) ofType.set(nestedName, (object = this.buildPropertyType(typeName, nestedName)));
    return object;
  }

  private buildPropertyType(typeName: string, nestedName: string): ObjectSchema | undefined {
    const key = `${typeName}.${nestedName}`;
    const raw = this.chunkOf(typeName)?.propertyTypes[key];
    return raw ? toObject(key, typeName, raw, this.registry.memberSchemas(typeName, nestedName), this.registry.alternativeMembers(typeName, nestedName)) : undefined;
  }

  /** The object schema a value type names (directly, not through lists or maps). */
  objectOf(typeName: string, type: ValueType): ObjectSchema | undefined {
    return type.kind === 'object' ? this.propertyType(typeName, type.name) : undefined;
  }

  private buildResource(typeName: string): ResourceTypeSchema | undefined {
    const raw: RawResource | undefined = this.chunkOf(typeName)?.resources[typeName];
    if (!raw) return undefined;
    const attributes = new Map(
      Object.entries(raw.a).map(([name, attr]) => [
        name,
        { name, type: parseValueType(attr.t), typeText: attr.t, ...(attr.d ? { documentation: attr.d } : {}) },
      ]),
    );
    const documentationUrl = documentationUrlOf(typeName);
    return {
      ...toObject(typeName, typeName, raw, this.registry.memberSchemas(typeName), this.registry.alternativeMembers(typeName)),
      attributes,
      ...(raw.transform ? { transform: raw.transform } : {}),
      ...(documentationUrl ? { documentationUrl } : {}),
    };
  }

  private rawIndex(): RawIndex {
    if (!this.index) {
      const text = this.source.read('index');
      this.index = text ? (JSON.parse(text) as RawIndex) : { stamp: '', types: {} };
    }
    return this.index;
  }

  private chunkOf(typeName: string): RawChunk | undefined {
    const types = this.rawIndex().types;
    if (!Object.hasOwn(types, typeName)) return undefined;
    const chunkName = types[typeName];
    if (!this.chunks.has(chunkName)) {
      const text = this.source.read(chunkName);
      this.chunks.set(chunkName, text ? (JSON.parse(text) as RawChunk) : undefined);
    }
    return this.chunks.get(chunkName);
  }
}

function toObject(name: string, resourceType: string, raw: RawObject, registry: Readonly<Record<string, SchemaObject>>, alternatives: ReadonlySet<string>): ObjectSchema {
  const properties = new Map(
    Object.entries(raw.p).map(([propertyName, prop]) => [propertyName, toProperty(propertyName, prop, Object.hasOwn(registry, propertyName) ? registry[propertyName] : undefined)]),
  );
  const required = [...properties.values()].filter((prop) => prop.required && !alternatives.has(prop.name)).map((prop) => prop.name);
  return { name, resourceType, ...(raw.d ? { documentation: raw.d } : {}), properties, required };
}

const CONSTRAINT_KEYWORDS = ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'format'] as const;

function toProperty(name: string, raw: RawProperty, registry?: SchemaObject): PropertySchema {
  const property: PropertySchema = {
    name,
    type: parseValueType(raw.t),
    typeText: raw.t,
    required: raw.r === 1,
    causesReplacement: raw.x ?? 'no',
    deprecated: raw.dep === 1,
  };
  if (raw.d) property.documentation = raw.d;
  if (raw.e) property.allowedValues = raw.e;
  if (raw.def !== undefined) property.defaultValue = raw.def;
  if (!registry) return property;
  // The registry's allowed values are the ones CloudFormation checks; the specification's fill its gaps.
  const registryEnum = registry.enum?.filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
  if (registryEnum?.length) property.allowedValues = registryEnum;
  const constraints: PropertyConstraints = {};
  for (const keyword of CONSTRAINT_KEYWORDS) if (registry[keyword] !== undefined) Object.assign(constraints, { [keyword]: registry[keyword] });
  if (Object.keys(constraints).length > 0) property.constraints = constraints;
  return property;
}

const DOCS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const SAM_DOCS = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';

/** AWS's page for a resource type, or for one of its nested types when `nestedName` is given. */
export function documentationUrlOf(typeName: string, nestedName?: string): string | undefined {
  const [vendor, service, resource] = typeName.toLowerCase().split('::');
  if (vendor !== 'aws' || !service || !resource) return undefined;
  if (service === 'serverless') return nestedName ? undefined : `${SAM_DOCS}/sam-resource-${resource}.html`;
  if (nestedName) return `${DOCS}/aws-properties-${service}-${resource}-${nestedName.toLowerCase()}.html`;
  return `${DOCS}/aws-resource-${service}-${resource}.html`;
}
