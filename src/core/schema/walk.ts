/**
 * One pass over every resource's Properties against the schema, shared by the schema rules
 * (E3002 unknown property, E3003 missing required, E3012 value type, E3030 allowed values) and
 * cached per template, so four rules cost one walk.
 *
 * Values computed by intrinsic functions are not judged (CloudFormation resolves them at deploy
 * time); `Fn::If` branches are walked as if each stood in its place; `Ref: AWS::NoValue` is an
 * absent value.
 */
import { entryOf, isMap, isScalar, isSeq, isString, valueOf, type MapNode, type NodePath, type ScalarNode, type Span, type TemplateNode } from '../model';
import { parameterShape } from '../parameterTypes';
import { keptEntries, resourceDeclarations, sectionOf, type ResourceDeclaration } from '../sections';
import type { Template } from '../template';
import { memoized } from '../memo';
import { currentSchema } from './current';
import { hasBrokenSyntax } from './parseState';
import type { ObjectSchema, PropertySchema, Schema } from './schema';
import type { ValueType } from './valueType';
import { intrinsicOf, isComputed, isNoValue, memberForShape, scalarFits } from './values';

/** A map that must hold properties of `schema` (or a resource that needs Properties and has none). */
export interface ObjectVisit {
  resource: ResourceDeclaration;
  schema: ObjectSchema;
  /** Undefined when a resource has no Properties at all. */
  node?: MapNode;
  path: NodePath;
  /** The key that holds the object (or the resource's logical ID when Properties is missing). */
  anchor: Span;
  /** Unknown keys are fine here (custom resources; maps spliced in by Fn::Transform or Fn::ForEach). */
  open: boolean;
  /** Part of the map comes from Fn::Transform or Fn::ForEach, so nothing can be said to be missing. */
  spliced: boolean;
  /** Property names given elsewhere, e.g. in a SAM template's Globals. */
  inherited: ReadonlySet<string>;
  /** The resource type is a SAM one, whose schema in the spec lags behind SAM itself. */
  sam: boolean;
}

/** A value whose shape is not the one the schema asks for. */
export interface TypeMismatch {
  node: TemplateNode;
  expected: ValueType;
  path: NodePath;
  property: PropertySchema;
  /** The key holding the value, for values that span many lines. */
  anchor: Span;
  /** What was given, when the node alone does not say (a `Ref` to a list parameter). */
  given?: string;
  /** The value is a `Ref` (cfn-lint files a Ref of the wrong shape under E1020, its Ref rule). */
  viaRef?: boolean;
}

/** A scalar value of a property whose schema lists the allowed values. */
export interface EnumeratedValue {
  node: ScalarNode;
  property: PropertySchema;
  path: NodePath;
}

export interface PropertyWalk {
  objects: ObjectVisit[];
  mismatches: TypeMismatch[];
  enumerated: EnumeratedValue[];
  /** Properties (or their items) written without a value. */
  nulls: NullProperty[];
}

export interface NullProperty {
  path: NodePath;
  property: PropertySchema;
  /** The key written without a value, or the null item. */
  anchor: Span;
}

const EMPTY: PropertyWalk = { objects: [], mismatches: [], enumerated: [], nulls: [] };
const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';
const NO_NAMES: ReadonlySet<string> = new Set();

/** The walk for `template` with the current schema; empty when there is no schema. */
export function propertyWalk(template: Template): PropertyWalk {
  return memoized(template, wholeWalk);
}

function wholeWalk(template: Template): PropertyWalk {
  const walk: PropertyWalk = { objects: [], mismatches: [], enumerated: [], nulls: [] };
  for (const resource of resourceDeclarations(template.root)) {
    const one = resourcePropertyWalk(template, resource);
    walk.objects.push(...one.objects);
    walk.mismatches.push(...one.mismatches);
    walk.enumerated.push(...one.enumerated);
    walk.nulls.push(...one.nulls);
  }
  return walk;
}

/**
 * The walk of one resource's Properties (what the schema rules check per resource). It reads the
 * resource and, outside it, only the template's Conditions and SAM Globals.
 */
export function resourcePropertyWalk(template: Template, resource: ResourceDeclaration): PropertyWalk {
  const schema = currentSchema();
  if (!schema || !template.root || hasBrokenSyntax(template)) return EMPTY;
  return memoized(template, walkerOf).walk(resource);
}

function walkerOf(template: Template): Walker {
  return new Walker(currentSchema()!, template);
}

class Walker {
  private result: PropertyWalk = EMPTY;
  private readonly walks = new Map<ResourceDeclaration, PropertyWalk>();
  private resource!: ResourceDeclaration;
  private resourceType = '';
  private sam = false;

  private readonly root: TemplateNode;
  private readonly conditions: ReadonlySet<string>;

  constructor(
    private readonly schema: Schema,
    template: Template,
  ) {
    this.root = template.root!;
    this.conditions = new Set(sectionOf(this.root, 'Conditions')?.entries.map((entry) => entry.key.value));
  }

  walk(resource: ResourceDeclaration): PropertyWalk {
    let walk = this.walks.get(resource);
    if (!walk) {
      walk = { objects: [], mismatches: [], enumerated: [], nulls: [] };
      this.result = walk;
      if (resource.body && resource.type) this.walkResource(resource, resource.type, resource.body);
      this.walks.set(resource, walk);
    }
    return walk;
  }

  private walkResource(resource: ResourceDeclaration, type: string, body: MapNode): void {
    const isCustom = type.startsWith('Custom::');
    const schemaType = isCustom ? CUSTOM_RESOURCE : type;
    const resourceSchema = this.schema.resourceType(schemaType);
    if (!resourceSchema) return;
    this.resource = resource;
    this.resourceType = schemaType;
    this.sam = resourceSchema.transform !== undefined;
    const open = isCustom || schemaType === CUSTOM_RESOURCE;
    const inherited = resourceSchema.transform ? samGlobalNames(this.root, type) : NO_NAMES;
    const propertiesEntry = entryOf(body, 'Properties');
    const path = ['Resources', resource.logicalId, 'Properties'];
    if (!propertiesEntry || isNoValue(propertiesEntry.value) || (isScalar(propertiesEntry.value) && propertiesEntry.value.value === null)) {
      this.result.objects.push({ resource, schema: resourceSchema, path, anchor: resource.key.span, open, spliced: false, inherited, sam: this.sam });
      return;
    }
    this.walkObject(propertiesEntry.value, resourceSchema, path, propertiesEntry.key.span, undefined, open, inherited);
  }

  /** A value that must be an object of `schema`; `property` is the one holding it (none for Properties). */
  private walkObject(
    node: TemplateNode,
    schema: ObjectSchema,
    path: NodePath,
    anchor: Span,
    property?: PropertySchema,
    open = false,
    inherited = NO_NAMES,
  ): void {
    if (isComputed(node)) {
      this.walkIntrinsic(node, path, (branch, branchPath) => this.walkObject(branch, schema, branchPath, anchor, property, open, inherited));
      return;
    }
    if (!isMap(node)) {
      if (property) this.mismatch(node, { kind: 'object', name: schema.name.slice(schema.resourceType.length + 1) }, path, property, anchor);
      return;
    }
    const spliced = node.entries.some((entry) => entry.key.value === 'Fn::Transform' || entry.key.value.startsWith('Fn::ForEach::'));
    this.result.objects.push({ resource: this.resource, schema, node, path, anchor, open: open || spliced, spliced, inherited, sam: this.sam });
    // The spec's SAM types lag behind SAM (event sources, newer properties): only their top level is judged.
    if (this.sam) return;
    for (const entry of keptEntries(node)) {
      const property = schema.properties.get(entry.key.value);
      if (property) this.walkValue(entry.value, property.type, [...path, entry.key.value], property, entry.key.span);
    }
  }

  private walkValue(node: TemplateNode, type: ValueType, path: NodePath, property: PropertySchema, anchor: Span): void {
    if (this.parameterOfOtherShape(node, type, path, property, anchor)) return;
    if (isComputed(node)) {
      this.walkIntrinsic(node, path, (branch, branchPath) => this.walkValue(branch, type, branchPath, property, anchor));
      return;
    }
    if (isString(node) && node.value.startsWith('{{resolve:')) return;
    // The values inside a JSON-typed property (a policy, a state machine definition) are never walked: nulls there are the service's.
    if (isScalar(node) && node.value === null) {
      this.result.nulls.push({ path, property, anchor: isScalar(node) && node.span.end > node.span.start ? node.span : anchor });
      return;
    }
    const chosen = type.kind === 'union' ? memberForShape(type.types, node) : type;
    if (!chosen) return this.mismatch(node, type, path, property, anchor);
    switch (chosen.kind) {
      case 'primitive':
        if (!scalarFits(node, chosen.name)) return this.mismatch(node, chosen, path, property, anchor);
        if (property.allowedValues && isScalar(node) && node.value !== null && type === property.type) {
          this.result.enumerated.push({ node, property, path });
        }
        return;
      case 'list':
        if (!isSeq(node)) return this.mismatch(node, chosen, path, property, anchor);
        node.items.forEach((item, index) => this.walkValue(item, chosen.element, [...path, index], property, itemAnchor(item)));
        return;
      case 'map':
        if (!isMap(node)) return this.mismatch(node, chosen, path, property, anchor);
        for (const entry of keptEntries(node)) {
          // A loop (LanguageExtensions) or a transform writes entries of the map; its own value is no entry.
          if (entry.key.value.startsWith('Fn::ForEach::') || entry.key.value === 'Fn::Transform') continue;
          this.walkValue(entry.value, chosen.element, [...path, entry.key.value], property, entry.key.span);
        }
        return;
      case 'object': {
        if (isString(node) && isPackageable(this.resourceType, path)) return;
        const nested = this.schema.propertyType(this.resourceType, chosen.name);
        if (nested) this.walkObject(node, nested, path, anchor, property);
        return;
      }
      case 'union':
        return;
    }
  }

  /** Handles a computed value (isComputed): its Fn::If branches go to `walkBranch`. */
  private walkIntrinsic(node: TemplateNode, path: NodePath, walkBranch: (branch: TemplateNode, path: NodePath) => void): void {
    const intrinsic = intrinsicOf(node);
    if (!intrinsic) return;
    if (intrinsic.name === 'Fn::If' && isSeq(intrinsic.argument) && intrinsic.argument.items.length === 3 && this.isCondition(intrinsic.argument.items[0])) {
      for (const index of [1, 2]) {
        const branch = intrinsic.argument.items[index];
        if (!isNoValue(branch)) walkBranch(branch, [...path, 'Fn::If', index]);
      }
    }
  }

  /**
   * A `Ref` to a parameter whose value is a list where the property takes one value, or the other way
   * round, or a function that returns a list (Fn::GetAZs, Fn::Cidr, Fn::Split) where it takes one value:
   * CloudFormation rejects the resolved value's type. True when it reported one.
   */
  private parameterOfOtherShape(node: TemplateNode, type: ValueType, path: NodePath, property: PropertySchema, anchor: Span): boolean {
    const intrinsic = intrinsicOf(node);
    if (intrinsic && LIST_FUNCTIONS.has(intrinsic.name) && type.kind === 'primitive' && type.name !== 'json') {
      this.result.mismatches.push({ node, expected: type, path, property, anchor, given: `${intrinsic.name}, which returns a list` });
      return true;
    }
    if (intrinsic?.name !== 'Ref' || !isString(intrinsic.argument)) return false;
    const parameterType = this.parameterTypes().get(intrinsic.argument.value);
    const given = parameterType !== undefined ? parameterShape(parameterType) : undefined;
    const expected = type.kind === 'list' ? 'list' : type.kind === 'primitive' && type.name !== 'json' ? 'scalar' : undefined;
    if (!given || !expected || given === expected) return false;
    const noun = given === 'list' ? 'list' : 'single-value';
    this.result.mismatches.push({ node, expected: type, path, property, anchor, viaRef: true, given: `the ${noun} parameter '${intrinsic.argument.value}' (${parameterType})` });
    return true;
  }

  private parameters: Map<string, string> | undefined;

  /** The Type of each parameter the template declares. */
  private parameterTypes(): Map<string, string> {
    if (!this.parameters) {
      this.parameters = new Map();
      for (const entry of sectionOf(this.root, 'Parameters')?.entries ?? []) {
        const type = valueOf(entry.value, 'Type');
        if (isString(type)) this.parameters.set(entry.key.value, type.value);
      }
    }
    return this.parameters;
  }

  /** Branches of an `Fn::If` on an undefined condition are left to the condition rules. */
  private isCondition(node: TemplateNode): boolean {
    return isString(node) && this.conditions.has(node.value);
  }

  private mismatch(node: TemplateNode, expected: ValueType, path: NodePath, property: PropertySchema, anchor: Span): void {
    if (isScalar(node) && node.value === null) return;
    this.result.mismatches.push({ node, expected, path, property, anchor });
  }
}

/** Functions that always return a list: one cannot stand where a property takes a single value. */
const LIST_FUNCTIONS: ReadonlySet<string> = new Set(['Fn::GetAZs', 'Fn::Cidr', 'Fn::Split']);

/**
 * Properties `aws cloudformation package` fills in: a local path (a string) stands where the
 * object will be once packaged, e.g. `Code: ./src` on a Lambda function.
 */
const PACKAGEABLE: Readonly<Record<string, string>> = {
  'AWS::Lambda::Function': 'Code',
  'AWS::Lambda::LayerVersion': 'Content',
  'AWS::ApiGateway::RestApi': 'BodyS3Location',
  'AWS::ElasticBeanstalk::ApplicationVersion': 'SourceBundle',
  'AWS::StepFunctions::StateMachine': 'DefinitionS3Location',
  'AWS::CodeCommit::Repository': 'Code/S3',
};

function isPackageable(resourceType: string, path: NodePath): boolean {
  return PACKAGEABLE[resourceType] === path.slice(3).join('/');
}

function itemAnchor(item: TemplateNode): Span {
  return isMap(item) && item.entries.length > 0 ? item.entries[0].key.span : item.span;
}

/** Property names a SAM template's Globals give every resource of this kind (Globals: Function: Runtime: …). */
function samGlobalNames(root: TemplateNode, type: string): ReadonlySet<string> {
  const kind = type.split('::')[2];
  const globals = valueOf(sectionOf(root, 'Globals'), kind);
  return isMap(globals) ? new Set(globals.entries.map((entry) => entry.key.value)) : NO_NAMES;
}
