import { memoized } from './memo';
import { entryOf, isMap, isSeq, isString, valueOf, type MapEntry, type MapNode, type ScalarNode, type TemplateNode } from './model';

/** The top-level sections a template may have. */
export const TEMPLATE_SECTIONS = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
  'Globals',
] as const;

/** A resource as the template declares it. */
export interface ResourceDeclaration {
  logicalId: string;
  /** The `MyBucket:` key. */
  key: MapEntry['key'];
  entry: MapEntry;
  /** `Type` value when it is a string. */
  type?: string;
  typeNode?: ScalarNode;
  /** The `Properties` map when there is one. */
  properties?: MapNode;
  /** The resource's own map (Type, Properties, DependsOn, …) when it is a map. */
  body?: MapNode;
}

export function sectionOf(root: TemplateNode | undefined, name: string): MapNode | undefined {
  const section = valueOf(root, name);
  return isMap(section) ? section : undefined;
}

// Template nodes are never changed once parsed (an edit makes new ones), so what is read from the
// Resources map is kept on the map and read once per analysis, however many rules ask.

/** Every resource in `Resources`, in source order (shared: callers must not change the list). */
export function resourceDeclarations(root: TemplateNode | undefined): readonly ResourceDeclaration[] {
  const resources = sectionOf(root, 'Resources');
  return resources ? memoized(resources, declarationsIn) : [];
}

/** The entries CloudFormation reads: of a key written twice (a duplicate the parser reports), the last. */
export function keptEntries(map: MapNode): MapEntry[] {
  if (!map.duplicateKeys) return map.entries;
  const last = new Map<string, MapEntry>();
  for (const entry of map.entries) last.set(entry.key.value, entry);
  return map.entries.filter((entry) => last.get(entry.key.value) === entry);
}

/** Every kept entry but an `Fn::Transform` that splices resources in (AWS::Include), which declares none itself. */
function declarationsIn(resources: MapNode): readonly ResourceDeclaration[] {
  return keptEntries(resources).filter((entry) => entry.key.value !== 'Fn::Transform').map(declarationOf);
}

/** A resource written in the body of a `Fn::ForEach` loop of Resources, with the loop's key (one level of loop). */
export interface LoopResourceDeclaration extends ResourceDeclaration {
  loopKey: string;
}

/**
 * The resources `Fn::ForEach` loops in Resources write out, as written in each loop body: the logical ID
 * and values keep their `${Identifier}` placeholders. A loop inside a loop body is not read.
 */
export function loopResourceDeclarations(root: TemplateNode | undefined): readonly LoopResourceDeclaration[] {
  const resources = sectionOf(root, 'Resources');
  return resources ? memoized(resources, loopDeclarationsIn) : [];
}

function loopDeclarationsIn(resources: MapNode): readonly LoopResourceDeclaration[] {
  return resources.entries.flatMap((loop) => {
    if (!loop.key.value.startsWith('Fn::ForEach::') || !isSeq(loop.value) || loop.value.items.length !== 3) return [];
    const body = loop.value.items[2];
    if (!isMap(body)) return [];
    return body.entries
      .filter((entry) => !entry.key.value.startsWith('Fn::ForEach::') && isMap(entry.value))
      .map((entry) => ({ ...declarationOf(entry), loopKey: loop.key.value }));
  });
}

/** The name in the resource's `Condition` attribute, when it has one. */
export function conditionOfResource(resource: ResourceDeclaration): string | undefined {
  const condition = entryOf(resource.body, 'Condition')?.value;
  return condition?.kind === 'scalar' && typeof condition.value === 'string' ? condition.value : undefined;
}

/** The resource declared under this logical ID (the last, as CloudFormation reads a duplicated key). */
export function resourceById(root: TemplateNode | undefined, logicalId: string): ResourceDeclaration | undefined {
  const resources = sectionOf(root, 'Resources');
  return resources && memoized(resources, byLogicalId).get(logicalId);
}

function byLogicalId(resources: MapNode): ReadonlyMap<string, ResourceDeclaration> {
  const map = new Map<string, ResourceDeclaration>();
  for (const resource of memoized(resources, declarationsIn)) map.set(resource.logicalId, resource);
  return map;
}

/** The resources of one type, in source order. */
export function resourcesWithType(root: TemplateNode | undefined, type: string): readonly ResourceDeclaration[] {
  return resourcesByType(root).get(type) ?? [];
}

const NO_RESOURCES: ReadonlyMap<string, readonly ResourceDeclaration[]> = new Map();

/** The resources of each declared type, in source order (shared: callers must not change it). */
export function resourcesByType(root: TemplateNode | undefined): ReadonlyMap<string, readonly ResourceDeclaration[]> {
  const resources = sectionOf(root, 'Resources');
  return resources ? memoized(resources, byType) : NO_RESOURCES;
}

function byType(resources: MapNode): ReadonlyMap<string, readonly ResourceDeclaration[]> {
  const map = new Map<string, ResourceDeclaration[]>();
  for (const resource of memoized(resources, declarationsIn)) {
    if (resource.type === undefined) continue;
    const list = map.get(resource.type);
    if (list) list.push(resource);
    else map.set(resource.type, [resource]);
  }
  return map;
}

const NO_DECLARATIONS: readonly ResourceDeclaration[] = [];

/**
 * The resources of any of these types, in source order (shared: callers must not change it). Most
 * templates declare at most one of the types a caller lists: that list is returned as it is.
 */
export function resourcesOfTypes(root: TemplateNode | undefined, types: readonly string[]): readonly ResourceDeclaration[] {
  const declared = resourcesByType(root);
  let found: readonly ResourceDeclaration[] | undefined;
  for (const type of types) {
    const list = declared.get(type);
    if (!list) continue;
    if (found) return resourceDeclarations(root).filter((resource) => resource.type !== undefined && types.includes(resource.type));
    found = list;
  }
  return found ?? NO_DECLARATIONS;
}

/** Whether resourcesByType's map has a resource of one of these types. */
export function declaresAnyOf(declared: ReadonlyMap<string, unknown>, types: readonly string[]): boolean {
  for (const type of types) if (declared.has(type)) return true;
  return false;
}

function declarationOf(entry: MapEntry): ResourceDeclaration {
  const body = isMap(entry.value) ? entry.value : undefined;
  const typeNode = valueOf(body, 'Type');
  const properties = valueOf(body, 'Properties');
  const declaration: ResourceDeclaration = {
    logicalId: entry.key.value,
    key: entry.key,
    entry,
    body,
    type: isString(typeNode) ? typeNode.value : undefined,
    typeNode: isString(typeNode) ? typeNode : undefined,
    properties: isMap(properties) ? properties : undefined,
  };
  return declaration;
}

/** A parameter's declaration map (the first, when a duplicated key declares it twice). */
export function parameterDeclaration(root: TemplateNode | undefined, name: string): MapNode | undefined {
  const declaration = valueOf(sectionOf(root, 'Parameters'), name);
  return isMap(declaration) ? declaration : undefined;
}

/** Names declared in a map section (Parameters, Conditions, Mappings, Outputs). */
export function declaredNames(root: TemplateNode | undefined, section: string): MapEntry[] {
  return sectionOf(root, section)?.entries ?? [];
}

export { entryOf };
