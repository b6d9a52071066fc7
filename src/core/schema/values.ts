/** What a template value is, as CloudFormation sees it: computed, absent, or of a primitive shape. */
import { INTRINSIC_FUNCTIONS } from '../intrinsics';
import { isMap, isScalar, isSeq, isString, type TemplateNode } from '../model';
import type { ValueType } from './valueType';

const INTRINSICS = new Set(INTRINSIC_FUNCTIONS);

/** A one-key map whose key is an intrinsic function: its value is computed. */
export function intrinsicOf(node: TemplateNode | undefined): { name: string; argument: TemplateNode } | undefined {
  if (!isMap(node) || node.entries.length !== 1) return undefined;
  const [entry] = node.entries;
  return INTRINSICS.has(entry.key.value) ? { name: entry.key.value, argument: entry.value } : undefined;
}

export function isNoValue(node: TemplateNode | undefined): boolean {
  const intrinsic = intrinsicOf(node);
  return intrinsic?.name === 'Ref' && isString(intrinsic.argument) && intrinsic.argument.value === 'AWS::NoValue';
}

/**
 * A one-key map whose key is `Ref` or names a function (`Fn::Name`, newer ones included): its value
 * is computed at deploy time. Keys with more parts (`Fn::Rain::Embed`) are a tool's, not CloudFormation's.
 */
export function isComputed(node: TemplateNode): boolean {
  if (!isMap(node) || node.entries.length !== 1) return false;
  const key = node.entries[0].key.value;
  return key === 'Ref' || /^Fn::[A-Za-z0-9]+$/.test(key);
}

/** The union member a value's shape can be: maps are objects or maps, lists are lists, scalars are primitives. */
export function memberForShape(members: ValueType[], node: TemplateNode): ValueType | undefined {
  const fits = (member: ValueType): boolean => {
    if (member.kind === 'primitive' && member.name === 'json') return !isSeq(node);
    if (isMap(node)) return member.kind === 'object' || member.kind === 'map';
    if (isSeq(node)) return member.kind === 'list';
    return member.kind === 'primitive' && scalarFits(node, member.name);
  };
  return members.find(fits);
}

const INTEGER_TEXT = /^\s*[-+]?\d+\s*$/;
const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** Whether a value has the shape of a primitive type, with CloudFormation's coercions. */
export function scalarFits(node: TemplateNode, name: string): boolean {
  if (name === 'json') return !isSeq(node);
  if (!isScalar(node)) return false;
  const value = node.value;
  if (value === null) return true;
  switch (name) {
    case 'string':
    case 'timestamp':
      return true;
    case 'integer':
      return typeof value === 'number' ? Number.isInteger(value) : typeof value === 'string' && INTEGER_TEXT.test(value);
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && NUMBER_TEXT.test(value));
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
    default:
      return true;
  }
}

/** A property given as null, `Ref: AWS::NoValue`, or an `Fn::If` with such a branch may be absent. */
export function isAbsent(node: TemplateNode): boolean {
  if ((isScalar(node) && node.value === null) || isNoValue(node)) return true;
  const intrinsic = intrinsicOf(node);
  return intrinsic?.name === 'Fn::If' && isSeq(intrinsic.argument) && intrinsic.argument.items.slice(1).some(isNoValue);
}

/**
 * The text of a number written otherwise than JavaScript prints it (`2.0`, `4.0` read as 2 and 4), which
 * may reach the service as written, since CloudFormation's JSON keeps it; undefined for anything else.
 */
export function numberAsWritten(node: TemplateNode, text: string): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'number' || node.quoted) return undefined;
  const written = text.slice(node.span.start, node.span.end);
  return written !== String(node.value) ? written : undefined;
}
