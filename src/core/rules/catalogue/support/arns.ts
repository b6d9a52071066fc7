/**
 * Values that surely are not the name a property wants: an ARN written out (a literal or an Fn::Sub
 * text starting with `arn:`), `Ref` to a resource whose Ref is its ARN, or `Fn::GetAtt` of an attribute
 * that gives an ARN or an id. Anything else (a parameter, an import, a condition) is unknown and never
 * reported. And the quick-fix text that puts a `Ref` or `Fn::GetAtt` in a value's place.
 */
import type { TextEdit } from '../../../findings';
import { isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { Template } from '../../../template';
import type { CheckContext } from './context';
import { templateText } from './mentions';
import { intrinsicName, literalString } from './values';

export interface GivenValue {
  /** How the value is written, for a message: `!Ref Alb`, `!GetAtt Vault.BackupVaultArn`, `the ARN arn:aws:…`. */
  written: string;
  /** The resource of this template the Ref or Fn::GetAtt names. */
  target?: ResourceDeclaration;
  /** The attribute of an Fn::GetAtt. */
  attribute?: string;
}

export interface GivenValueOptions {
  /** Types whose Ref returns the ARN. */
  refTypes?: readonly string[];
  /** Per type, the attributes whose value is not the one wanted (an ARN, an id). */
  attributes?: Readonly<Record<string, readonly string[]>>;
  /** Whether text starting with `arn:` counts (default true). */
  arnText?: boolean;
}

/** The logical id and attribute of `Fn::GetAtt X.A` or `Fn::GetAtt [X, A]` (A literal). */
export function getAttParts(node: TemplateNode | undefined): { logicalId: string; attribute: string } | undefined {
  if (intrinsicName(node) !== 'Fn::GetAtt') return undefined;
  const args = valueOf(node, 'Fn::GetAtt');
  if (isString(args)) {
    const dot = args.value.indexOf('.');
    return dot > 0 ? { logicalId: args.value.slice(0, dot), attribute: args.value.slice(dot + 1) } : undefined;
  }
  if (isSeq(args) && args.items.length === 2 && isString(args.items[0]) && isString(args.items[1])) {
    return { logicalId: args.items[0].value, attribute: args.items[1].value };
  }
  return undefined;
}

/** The value as one of the forms of the options, when it surely is one; undefined when it is not or is unknown. */
export function arnGiven(context: CheckContext, node: TemplateNode | undefined, options: GivenValueOptions): GivenValue | undefined {
  const name = intrinsicName(node);
  if (name === 'Ref') {
    const target = context.referenced(node);
    return target?.type && options.refTypes?.includes(target.type) ? { written: `!Ref ${target.logicalId}`, target } : undefined;
  }
  if (name === 'Fn::GetAtt') {
    const parts = getAttParts(node);
    const target = context.referenced(node);
    if (!parts || !target?.type || !options.attributes?.[target.type]?.includes(parts.attribute)) return undefined;
    return { written: `!GetAtt ${target.logicalId}.${parts.attribute}`, target, attribute: parts.attribute };
  }
  if (options.arnText === false) return undefined;
  const text = templateText(node);
  if (text === undefined || !text.trim().startsWith('arn:')) return undefined;
  return { written: `the ARN ${text.trim()}` };
}

/** An edit that replaces the node with `Ref X` (no attribute) or `Fn::GetAtt X.A`, in the file's style. */
export function intrinsicText(template: Template, node: TemplateNode, logicalId: string, attribute?: string): TextEdit {
  let newText: string;
  if (template.format === 'json') newText = JSON.stringify(attribute ? { 'Fn::GetAtt': [logicalId, attribute] } : { Ref: logicalId });
  else newText = attribute ? `!GetAtt ${logicalId}.${attribute}` : `!Ref ${logicalId}`;
  return { span: node.span, newText };
}

/** The ARN text of a literal or an `Fn::Sub` (with `${AWS::Partition}` read as a partition), else undefined. */
export function arnText(node: TemplateNode | undefined): string | undefined {
  let text = literalString(node);
  if (text === undefined && intrinsicName(node) === 'Fn::Sub') {
    const argument = valueOf(node, 'Fn::Sub');
    const first = isSeq(argument) ? argument.items[0] : argument;
    text = isString(first) ? first.value : undefined;
  }
  if (text === undefined || !text.startsWith('arn:')) return undefined;
  return text.replace(/\$\{AWS::Partition\}/g, 'aws');
}

/** The fields of an ARN's text, with pseudo parameters written `{Region}`, `{AccountId}` (their own colons kept out of the split). */
export function arnFields(text: string): string[] {
  return text.replace(/\$\{AWS::(\w+)\}/g, '{$1}').split(':');
}
