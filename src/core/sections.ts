import { entryOf, isMap, isString, valueOf, type MapEntry, type MapNode, type ScalarNode, type TemplateNode } from './model';

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

const declarationsByRoot = new WeakMap<MapNode, readonly ResourceDeclaration[]>();

/**
 * Every resource in `Resources`, in source order. Computed once per parsed Resources map (models are
 * immutable: an edit parses a new one), as most rules start here.
 */
export function resourceDeclarations(root: TemplateNode | undefined): readonly ResourceDeclaration[] {
  const resources = sectionOf(root, 'Resources');
  if (!resources) return [];
  let declarations = declarationsByRoot.get(resources);
  if (!declarations) {
    declarations = readDeclarations(resources);
    declarationsByRoot.set(resources, declarations);
  }
  return declarations;
}

function readDeclarations(resources: MapNode): ResourceDeclaration[] {
  return resources.entries.map((entry) => {
    const body = isMap(entry.value) ? entry.value : undefined;
    const typeNode = valueOf(body, 'Type');
    const properties = valueOf(body, 'Properties');
    return {
      logicalId: entry.key.value,
      key: entry.key,
      entry,
      body,
      type: isString(typeNode) ? typeNode.value : undefined,
      typeNode: isString(typeNode) ? typeNode : undefined,
      properties: isMap(properties) ? properties : undefined,
    };
  });
}

/** Names declared in a map section (Parameters, Conditions, Mappings, Outputs). */
export function declaredNames(root: TemplateNode | undefined, section: string): MapEntry[] {
  return sectionOf(root, section)?.entries ?? [];
}

export { entryOf };
