/**
 * A small schema for resource attributes (UpdatePolicy, CreationPolicy): which keys a map may
 * have and what each value is. Computed values (Ref, Fn::If, …) are not judged.
 */
import { finding, type Finding } from '../../findings';
import { isMap, isSeq, type NodePath, type Span, type TemplateNode } from '../../model';
import { closestName } from '../../schema/suggest';
import { isComputed, scalarFits } from '../../schema/values';
import { describeNode } from './describe';

export type Shape =
  | 'boolean'
  | 'integer'
  | 'string'
  /** A list of any items. */
  | 'list'
  /** A list of strings, each one of these. */
  | { oneOfList: readonly string[] }
  /** An integer from `min` to `max` (a percentage: 0 to 100). */
  | { range: readonly [number, number] }
  /** A string, one of these. */
  | { oneOf: readonly string[] }
  | { [key: string]: Shape };

const TYPE_WORDS: Record<string, string> = { boolean: 'a Boolean', integer: 'an Integer', string: 'a String' };

export interface ShapeCheck {
  ruleId: string;
  /** How messages name the checked map, e.g. `UpdatePolicy of AWS::AutoScaling::AutoScalingGroup`. */
  label: string;
}

export function checkShape(check: ShapeCheck, node: TemplateNode, shape: Shape, path: NodePath, anchor: Span): Finding[] {
  if (isComputed(node)) return [];
  const name = String(path.at(-1));
  if (shape === 'list') return isSeq(node) ? [] : [typeFinding(check, node, `${name} takes a list`, path, anchor)];
  if (typeof shape === 'string') {
    return scalarFits(node, shape) ? [] : [typeFinding(check, node, `${name} takes ${TYPE_WORDS[shape]}`, path, anchor)];
  }
  if ('oneOfList' in shape && Array.isArray(shape.oneOfList)) return checkList(check, node, shape.oneOfList, path, anchor);
  if ('range' in shape && Array.isArray(shape.range)) return checkRange(check, node, shape.range as readonly [number, number], path, anchor);
  if ('oneOf' in shape && Array.isArray(shape.oneOf)) return checkOneOf(check, node, shape.oneOf, path, anchor);
  if (!isMap(node)) return [typeFinding(check, node, `${name} takes a map`, path, anchor)];
  const keys = shape as { [key: string]: Shape };
  return node.entries.flatMap((entry) => {
    const entryPath = [...path, entry.key.value];
    const inner = Object.hasOwn(keys, entry.key.value) ? keys[entry.key.value] : undefined;
    if (inner !== undefined) return checkShape(check, entry.value, inner, entryPath, entry.key.span);
    const suggestion = closestName(entry.key.value, Object.keys(keys));
    const where = path.length === 3 ? check.label : `${name} in ${check.label}`;
    const message = `Unknown key '${entry.key.value}' in ${where}` + (suggestion ? `. Did you mean '${suggestion}'?` : '');
    return [finding(check.ruleId, 'error', message, entry.key.span, entryPath)];
  });
}

function checkList(check: ShapeCheck, node: TemplateNode, allowed: readonly string[], path: NodePath, anchor: Span): Finding[] {
  const name = String(path.at(-1));
  if (!isSeq(node)) return [typeFinding(check, node, `${name} takes a list`, path, anchor)];
  return node.items.flatMap((item, index) => {
    if (isComputed(item) || (item.kind === 'scalar' && allowed.includes(String(item.value)))) return [];
    const message = `${describeNode(item)} is not one of ${allowed.join(', ')}`;
    return [finding(check.ruleId, 'error', message, item.span, [...path, index])];
  });
}

function checkRange(check: ShapeCheck, node: TemplateNode, [min, max]: readonly [number, number], path: NodePath, anchor: Span): Finding[] {
  const name = String(path.at(-1));
  if (!scalarFits(node, 'integer')) return [typeFinding(check, node, `${name} takes ${TYPE_WORDS.integer}`, path, anchor)];
  const value = Number((node as { value: unknown }).value);
  if (value >= min && value <= max) return [];
  return [finding(check.ruleId, 'error', `${name} takes a value from ${min} to ${max}, not ${value}`, node.span, path)];
}

function checkOneOf(check: ShapeCheck, node: TemplateNode, allowed: readonly string[], path: NodePath, anchor: Span): Finding[] {
  const name = String(path.at(-1));
  if (!scalarFits(node, 'string')) return [typeFinding(check, node, `${name} takes ${TYPE_WORDS.string}`, path, anchor)];
  const value = String((node as { value: unknown }).value);
  if (allowed.includes(value)) return [];
  return [finding(check.ruleId, 'error', `${name} takes ${allowed.join(' or ')}, not '${value}'`, node.span, path)];
}

function typeFinding(check: ShapeCheck, node: TemplateNode, expectation: string, path: NodePath, anchor: Span): Finding {
  const span = node.kind === 'scalar' ? node.span : anchor;
  return finding(check.ruleId, 'error', `${expectation}, not ${describeNode(node)}`, span, path);
}
