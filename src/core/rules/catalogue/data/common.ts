/**
 * What the data-store checks (T20–T24) share: values read the way an error needs them (known for
 * every branch a condition can take, or not at all), and findings placed on a resource's property.
 */
import type { Fix } from '../../../findings';
import { entryOf, isMap, isSeq, nodeAt, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext, CheckHit } from '../types';
import { alwaysGiven, intrinsicName, isNoValue, possibleValues } from '../support/values';

export { alwaysGiven, neverGiven, presence } from '../support/values';

/**
 * Every boolean the property can be (an absent property is `absent`), or undefined when a value is
 * computed at deploy time or is not a boolean. "true"/"false" strings count as CloudFormation reads them.
 */
export function booleanValues(context: CheckContext, node: TemplateNode | undefined, absent?: boolean): boolean[] | undefined {
  if (node === undefined) return absent === undefined ? [] : [absent];
  const values = possibleValues(context, node);
  if (!values) return undefined;
  const result: boolean[] = [];
  for (const value of values) {
    if (typeof value === 'boolean') result.push(value);
    else if (typeof value === 'string' && /^(true|false)$/i.test(value)) result.push(value.toLowerCase() === 'true');
    else return undefined;
  }
  if (absent !== undefined && !alwaysGiven(node)) result.push(absent);
  return result;
}

/** The property is true in every branch. */
export function alwaysTrue(context: CheckContext, node: TemplateNode | undefined): boolean {
  const values = booleanValues(context, node);
  return values !== undefined && values.length > 0 && alwaysGiven(node) && values.every((value) => value);
}

/** The property is false or absent in every branch (absent counts as `absent`). */
export function neverTrue(context: CheckContext, node: TemplateNode | undefined, absent = false): boolean {
  const values = booleanValues(context, node, absent);
  return values !== undefined && values.every((value) => !value);
}

/**
 * Every number the property can be; undefined when one is not known before deploy time or when a
 * branch leaves the property out (then its default applies, which the caller does not know).
 */
export function numberValues(context: CheckContext, node: TemplateNode | undefined): number[] | undefined {
  if (!alwaysGiven(node)) return undefined;
  const values = possibleValues(context, node);
  if (!values || values.length === 0) return undefined;
  const numbers = values.map((value) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN));
  return numbers.every(Number.isFinite) ? numbers : undefined;
}

/** Every string the property can be; undefined when one is unknown or a branch leaves the property out. */
export function stringValues(context: CheckContext, node: TemplateNode | undefined): string[] | undefined {
  if (!alwaysGiven(node)) return undefined;
  const values = possibleValues(context, node);
  if (!values || values.length === 0 || values.some((value) => value === null || typeof value === 'boolean')) return undefined;
  return values.map(String);
}

/** Items of a list written as a list (items behind `Fn::If` or `AWS::NoValue` left out). */
export function listItems(node: TemplateNode | undefined): TemplateNode[] {
  return isSeq(node) ? node.items.filter((item) => !isNoValue(item) && intrinsicName(item) !== 'Fn::If') : [];
}

/** The items of a list, or undefined when the list itself or an item is computed or conditional. */
export function knownItems(node: TemplateNode | undefined): TemplateNode[] | undefined {
  if (!isSeq(node)) return undefined;
  return node.items.some((item) => intrinsicName(item) !== undefined) ? undefined : node.items;
}

/** Path of a node under a resource's Properties. */
export function propertyPath(resource: ResourceDeclaration, ...path: NodePath): NodePath {
  return ['Resources', resource.logicalId, 'Properties', ...path];
}

/** A finding on the value at `path` under Properties (or on the property's key when asked). */
export function propertyHit(resource: ResourceDeclaration, path: NodePath, message: string, fixes?: Fix[], onKey = false): CheckHit | undefined {
  const parent = path.length > 1 ? nodeAt(resource.properties, path.slice(0, -1)) : resource.properties;
  const last = path[path.length - 1];
  const entry = typeof last === 'string' && isMap(parent) ? entryOf(parent, last) : undefined;
  const node = entry ? entry.value : nodeAt(resource.properties, path);
  if (!node) return undefined;
  const hit: CheckHit = { message, span: onKey && entry ? entry.key.span : node.span, path: propertyPath(resource, ...path) };
  if (fixes && fixes.length > 0) hit.fixes = fixes;
  return hit;
}

/** A finding on the resource's logical id, for something it lacks. */
export function resourceHit(resource: ResourceDeclaration, message: string, fixes?: Fix[]): CheckHit {
  const hit: CheckHit = { message, span: resource.key.span, path: ['Resources', resource.logicalId] };
  if (fixes && fixes.length > 0) hit.fixes = fixes;
  return hit;
}

/** Adds a hit when there is one. */
export function push(hits: CheckHit[], hit: CheckHit | undefined): void {
  if (hit) hits.push(hit);
}

/** Some property (or the whole Properties) comes from Fn::Transform, so an absent property may still arrive. */
export function hasTransformedProperties(resource: ResourceDeclaration): boolean {
  return !!resource.properties?.entries.some((entry) => entry.key.value === 'Fn::Transform' || intrinsicName(entry.value) === 'Fn::Transform');
}
