/** What the resource schema says a change to each property of a resource does: replace it, or update it in place. */
import type { Schema } from '../../../schema/schema';
import type { ResourceDeclaration } from '../../../sections';

export interface PropertyUpdate {
  name: string;
  /** Whether the template sets it (a change to it is then an edit, not an addition). */
  set: boolean;
}

export interface UpdateBehaviour {
  /** Properties whose change always replaces the resource ("Update requires: Replacement"), set ones first. */
  replacing: PropertyUpdate[];
  /** Properties updated on the existing resource, set ones first. */
  inPlace: PropertyUpdate[];
  url: string;
}

/**
 * Properties of the resource's type by update behaviour, deprecated ones and "it depends" ones left
 * out (neither can be a fact of a question). Undefined for types the schema lacks and for SAM types,
 * whose properties the transform turns into other resources.
 */
export function updateBehaviour(schema: Schema | undefined, resource: ResourceDeclaration): UpdateBehaviour | undefined {
  const type = resource.type === undefined ? undefined : schema?.resourceType(resource.type);
  if (!type || type.transform !== undefined || !resource.properties || !type.documentationUrl) return undefined;
  const setNames = new Set(resource.properties.entries.map((entry) => entry.key.value));
  const replacing: PropertyUpdate[] = [];
  const inPlace: PropertyUpdate[] = [];
  for (const property of type.properties.values()) {
    if (property.deprecated || property.causesReplacement === 'maybe') continue;
    (property.causesReplacement === 'yes' ? replacing : inPlace).push({ name: property.name, set: setNames.has(property.name) });
  }
  const setFirst = (a: PropertyUpdate, b: PropertyUpdate) => Number(b.set) - Number(a.set);
  return { replacing: replacing.sort(setFirst), inPlace: inPlace.sort(setFirst), url: type.documentationUrl };
}

/**
 * The property that names the resource (`DBInstanceIdentifier`, `TableName`, `BucketName`…) when the
 * template sets it: a resource with a custom name cannot be replaced until the name changes too.
 */
export function customNameProperty(resource: ResourceDeclaration): string | undefined {
  const last = resource.type?.split('::').pop();
  const set = new Set(resource.properties?.entries.map((entry) => entry.key.value));
  return last === undefined ? undefined : [`${last}Name`, `${last}Identifier`].find((name) => set.has(name));
}

/** The exam topic a replacement of this type is about (its data), else CloudFormation updates (T28). */
export function replacementTopics(type: string | undefined): string[] {
  if (type?.startsWith('AWS::RDS::')) return ['T20', 'T28'];
  if (type?.startsWith('AWS::DynamoDB::')) return ['T24', 'T28'];
  if (type === 'AWS::S3::Bucket') return ['T23', 'T28'];
  return ['T28'];
}

/** What a property change means in an option: "Change `X`" when it is set, "Add `X`" when it is not. */
export function changeText(property: PropertyUpdate): string {
  return property.set ? `Change the value of \`${property.name}\`` : `Add \`${property.name}\` to the resource`;
}
