/**
 * Values as a check may rely on them: a literal, or every value an `Fn::If` or a `Ref` to a
 * parameter with AllowedValues can take. Anything computed at deploy time is unknown, never guessed:
 * an error must hold for every value the template can produce.
 */
import { findInMapValues } from '../../../mappingValues';
import { isMap, isScalar, isSeq, nodeAt, valueOf, type MapNode, type NodePath, type ScalarNode, type ScalarValue, type TemplateNode } from '../../../model';
import { sectionOf, type ResourceDeclaration } from '../../../sections';
import { intrinsicName, literalBoolean, literalString } from '../../exam/values';
import type { CheckContext } from './context';

export { intrinsicName, literalBoolean, literalString };

/** A number written literally (YAML number or numeric string). */
export function literalNumber(node: TemplateNode | undefined): number | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'boolean') return undefined;
  if (typeof node.value === 'string' && node.value.trim() === '') return undefined;
  const number = Number(node.value);
  return Number.isFinite(number) ? number : undefined;
}

/** The node at a path under the resource's Properties. */
export function propertyAt(resource: ResourceDeclaration, ...path: NodePath): TemplateNode | undefined {
  return nodeAt(resource.properties, path);
}

/** A resource attribute beside Type and Properties (UpdatePolicy, DeletionPolicy, Condition…). */
export function attributeAt(resource: ResourceDeclaration, ...path: NodePath): TemplateNode | undefined {
  return nodeAt(resource.body, path);
}

/** `Ref: AWS::NoValue`: the property is left out. */
export function isNoValue(node: TemplateNode | undefined): boolean {
  return intrinsicName(node) === 'Ref' && literalString(valueOf(node, 'Ref')) === 'AWS::NoValue';
}

/**
 * Every scalar value the node can take, or undefined when one of them is not known before deploy
 * time. `Ref: AWS::NoValue` contributes no value (the property is absent then).
 */
export function possibleValues(context: CheckContext, node: TemplateNode | undefined, depth = 0): ScalarValue[] | undefined {
  if (node === undefined || depth > 8) return undefined;
  if (isScalar(node)) return [node.value];
  if (isNoValue(node)) return [];
  const name = intrinsicName(node);
  if (name === 'Fn::If') {
    const args = valueOf(node, 'Fn::If');
    if (!isSeq(args) || args.items.length !== 3) return undefined;
    const whenTrue = possibleValues(context, args.items[1], depth + 1);
    const whenFalse = possibleValues(context, args.items[2], depth + 1);
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
  }
  if (name === 'Ref') return parameterValues(context, literalString(valueOf(node, 'Ref')));
  if (name === 'Fn::FindInMap') {
    const found = findInMapValues(node, { mappings: sectionOf(context.template.root, 'Mappings'), parameter: (parameter) => context.parameter(parameter) });
    return found?.every(isScalar) ? found.map((value) => (value as ScalarNode).value) : undefined;
  }
  return undefined;
}

/** A parameter's AllowedValues: the only values a stack can be given. */
function parameterValues(context: CheckContext, name: string | undefined): ScalarValue[] | undefined {
  if (name === undefined) return undefined;
  const allowed = valueOf(context.parameter(name), 'AllowedValues');
  if (!isSeq(allowed) || !allowed.items.every(isScalar)) return undefined;
  return allowed.items.map((item) => (isScalar(item) ? item.value : null));
}

/** Every possible value is one of these strings (compared as text; booleans as true/false). */
export function alwaysOneOf(context: CheckContext, node: TemplateNode | undefined, choices: readonly string[]): boolean {
  const values = possibleValues(context, node);
  return values !== undefined && values.length > 0 && values.every((value) => value !== null && choices.includes(String(value)));
}

/** Some possible value is one of these strings; false when the value is unknown. */
export function mayBeOneOf(context: CheckContext, node: TemplateNode | undefined, choices: readonly string[]): boolean {
  const values = possibleValues(context, node);
  return values !== undefined && values.some((value) => value !== null && choices.includes(String(value)));
}

/** Every possible value is known and none is one of these strings. */
export function neverOneOf(context: CheckContext, node: TemplateNode | undefined, choices: readonly string[]): boolean {
  const values = possibleValues(context, node);
  return values !== undefined && values.length > 0 && values.every((value) => value === null || !choices.includes(String(value)));
}

/** The map under a key, when it is written as a map (not computed). */
export function mapAt(node: TemplateNode | undefined, ...path: NodePath): MapNode | undefined {
  const found = nodeAt(node, path);
  return isMap(found) ? found : undefined;
}

/** The two results of an `Fn::If`, or the node itself. */
function branches(node: TemplateNode): TemplateNode[] | undefined {
  if (intrinsicName(node) !== 'Fn::If') return [node];
  const args = valueOf(node, 'Fn::If');
  return isSeq(args) && args.items.length === 3 ? [args.items[1], args.items[2]] : undefined;
}

/** The property is set whatever a condition decides (not absent, not `AWS::NoValue` in any branch). */
export function alwaysGiven(node: TemplateNode | undefined, depth = 0): boolean {
  if (node === undefined || isNoValue(node) || depth > 8) return false;
  if (isScalar(node) && (node.value === null || node.value === '')) return false;
  const options = branches(node);
  if (!options) return false;
  return options.length === 1 ? true : options.every((option) => alwaysGiven(option, depth + 1));
}

/** The property is absent or `AWS::NoValue` in every branch. */
export function neverGiven(node: TemplateNode | undefined, depth = 0): boolean {
  if (node === undefined || isNoValue(node)) return true;
  if (depth > 8) return false;
  const options = branches(node);
  if (!options || options.length === 1) return false;
  return options.every((option) => neverGiven(option, depth + 1));
}

/** Whether `key` is set in `map`: in every deployment, in none, or depending on a condition. */
export function presenceAt(map: TemplateNode | undefined, key: string): 'yes' | 'no' | 'maybe' {
  return presence(valueOf(map, key));
}

/** Whether a property is set in every deployment, in none, or depends on a condition. */
export function presence(node: TemplateNode | undefined): 'yes' | 'no' | 'maybe' {
  return alwaysGiven(node) ? 'yes' : neverGiven(node) ? 'no' : 'maybe';
}
