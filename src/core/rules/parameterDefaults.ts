import { finding, type Finding } from '../findings';
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapEntry, type ScalarNode, type TemplateNode } from '../model';
import { linearPattern, type LinearPattern } from '../patterns/linearRegex';
import { isListParameterType } from '../parameterTypes';
import { numberAsWritten } from '../schema/values';
import { sectionOf } from '../sections';
import type { Rule } from './rule';


/** A parameter's Default must satisfy its own constraints, or stack creation fails without an override. */
export const parameterDefaultsRule: Rule = {
  id: 'E2015',
  needsText: ['Parameters'],
  description: 'Parameter defaults satisfy AllowedValues, AllowedPattern, lengths and ranges',
  run: (template) =>
    (sectionOf(template.root, 'Parameters')?.entries ?? []).flatMap((parameter) => problemsOf(parameter, template.text)),
};

function problemsOf(parameter: MapEntry, text: string): Finding[] {
  const body = parameter.value;
  const defaultEntry = entryOf(body, 'Default');
  if (!isMap(body) || !defaultEntry || !isScalar(defaultEntry.value) || defaultEntry.value.value === null) return [];
  const typeNode = valueOf(body, 'Type');
  const type = isScalar(typeNode) ? String(typeNode.value) : 'String';
  // A list's Default gets per-item rules we do not check.
  if (isListParameterType(type)) return [];
  const value = textOf(defaultEntry.value);
  const problem = defaultProblem(body, type, value, text);
  if (!problem || passesAsWritten(body, type, defaultEntry.value, text)) return [];
  return [finding('E2015', 'error', `Default '${value}' ${problem}`, defaultEntry.value.span, ['Parameters', parameter.key.value, 'Default'])];
}

/**
 * The text CloudFormation compares: a plain YAML boolean (`True`, `yes`, `No`…) reaches it as JSON
 * true or false, so as the string "true" or "false", on the Default and the AllowedValues side alike.
 */
function textOf(node: ScalarNode): string {
  return String(node.value);
}

/**
 * A number written otherwise than JavaScript prints it (`4.0` reads as 4) may reach CloudFormation as its
 * written text: judged both ways, the Default is wrong only if both fail.
 */
function passesAsWritten(body: TemplateNode, type: string, node: ScalarNode, text: string): boolean {
  const written = numberAsWritten(node, text);
  return written !== undefined && defaultProblem(body, type, written, text) === undefined;
}

/**
 * AWS-specific parameter types whose values have one shape: "CloudFormation validates these input values against
 * existing values in the account" (parameters-section-structure), so a Default of another shape always fails.
 */
const ID_SHAPES: Readonly<Record<string, { prefix: string; what: string; hint?: string }>> = {
  'AWS::EC2::Image::Id': { prefix: 'ami', what: 'an AMI ID', hint: ' (a Systems Manager parameter name takes the type AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>)' },
  'AWS::EC2::VPC::Id': { prefix: 'vpc', what: 'a VPC ID' },
  'AWS::EC2::Subnet::Id': { prefix: 'subnet', what: 'a subnet ID' },
  'AWS::EC2::SecurityGroup::Id': { prefix: 'sg', what: 'a security group ID' },
  'AWS::EC2::Instance::Id': { prefix: 'i', what: 'an instance ID' },
  'AWS::EC2::Volume::Id': { prefix: 'vol', what: 'a volume ID' },
};

function shapeProblem(type: string, value: string): string | undefined {
  const shape = ID_SHAPES[type];
  if (!shape || value === '' || new RegExp(`^${shape.prefix}-([0-9a-fA-F]{8}|[0-9a-fA-F]{17})$`).test(value)) return undefined;
  return `is not ${shape.what} (${shape.prefix}- and 8 or 17 hexadecimal characters), which a parameter of type ${type} takes${shape.hint ?? ''}`;
}

function defaultProblem(body: TemplateNode, type: string, value: string, text: string): string | undefined {
  const shape = shapeProblem(type, value);
  if (shape) return shape;
  const min = numberOf(valueOf(body, 'MinValue'));
  const max = numberOf(valueOf(body, 'MaxValue'));
  if (type === 'Number') {
    if (value.trim() === '' || Number.isNaN(Number(value))) return 'is not a number, but the parameter is a Number';
    if (min !== undefined && Number(value) < min) return `is lower than MinValue ${min}`;
    if (max !== undefined && Number(value) > max) return `is higher than MaxValue ${max}`;
  }
  const allowed = valueOf(body, 'AllowedValues');
  if (isSeq(allowed) && allowed.items.every(isScalar)) {
    // An allowed value written `8.0` is kept by CloudFormation as written: it matches "8.0" (and "8", as JavaScript reads it).
    const values = allowed.items.flatMap((item) => (isScalar(item) ? [textOf(item), numberAsWritten(item, text) ?? textOf(item)] : ['']));
    if (!values.includes(value)) return 'is not one of the AllowedValues';
  }
  const pattern = patternOf(valueOf(body, 'AllowedPattern'));
  if (pattern && !pattern.matchesWhole(value)) return 'does not match the AllowedPattern';
  const minLength = numberOf(valueOf(body, 'MinLength'));
  const maxLength = numberOf(valueOf(body, 'MaxLength'));
  if (minLength !== undefined && value.length < minLength) return `is shorter than MinLength ${minLength}`;
  if (maxLength !== undefined && value.length > maxLength) return `is longer than MaxLength ${maxLength}`;
  return undefined;
}

function numberOf(node: TemplateNode | undefined): number | undefined {
  if (!isScalar(node) || node.value === null || node.value === '') return undefined;
  const number = Number(node.value);
  return Number.isNaN(number) ? undefined : number;
}

/** CloudFormation matches AllowedPattern against the whole value; a pattern RE2 cannot read is skipped. */
function patternOf(node: TemplateNode | undefined): LinearPattern | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  return linearPattern(node.value);
}
