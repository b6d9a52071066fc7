/** Top-level sections, and the keys of parameters and outputs (with the parameter types). */
import { valueOf } from '../model';
import { hasSamTransform } from '../rules/unknownResourceAttribute';
import { TEMPLATE_SECTIONS } from '../sections';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { keyItem, valueItem, type Skeleton } from './items';
import { presentKeys } from './schemaCompletions';

const SECTION_SKELETONS: Record<string, Skeleton> = {
  AWSTemplateFormatVersion: { shape: 'string', choices: ['2010-09-09'] },
  Description: { shape: 'string' },
  Transform: { shape: 'string', choices: ['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions'] },
};

export function sectionCompletions(context: CompletionContext): Completion[] {
  const present = presentKeys(context, []);
  // Globals belongs to SAM templates only.
  if (!hasSamTransform(valueOf(context.parsed.root, 'Transform'))) present.add('Globals');
  return TEMPLATE_SECTIONS.filter((name) => !present.has(name)).map((name, index) =>
    keyItem(context, name, 'keyword', SECTION_SKELETONS[name] ?? { shape: 'map' }, { sortText: String(index).padStart(2, '0') }),
  );
}

const PARAMETER_KEYS: readonly [string, Skeleton, string][] = [
  ['Type', { shape: 'string' }, 'The kind of value: String, Number, a list, an AWS-specific type checked against the account, or an SSM parameter.'],
  ['Default', { shape: 'string' }, 'The value used when none is given at stack creation.'],
  ['Description', { shape: 'string' }, 'Shown next to the parameter in the console.'],
  ['AllowedValues', { shape: 'list' }, 'The only values the parameter accepts.'],
  ['AllowedPattern', { shape: 'string' }, 'A regular expression String values must match.'],
  ['ConstraintDescription', { shape: 'string' }, 'The message shown when a value breaks a constraint.'],
  ['MinLength', { shape: 'number' }, 'The shortest String value allowed.'],
  ['MaxLength', { shape: 'number' }, 'The longest String value allowed.'],
  ['MinValue', { shape: 'number' }, 'The smallest Number value allowed.'],
  ['MaxValue', { shape: 'number' }, 'The largest Number value allowed.'],
  ['NoEcho', { shape: 'number', choices: ['true', 'false'] }, 'Masks the value with asterisks when the stack is described; it does not hide the value where the template copies it, such as Outputs or Metadata.'],
];

const OUTPUT_KEYS: readonly [string, Skeleton, string][] = [
  ['Value', { shape: 'string' }, 'The value the output returns (required).'],
  ['Description', { shape: 'string' }, 'What the output is.'],
  ['Export', { shape: 'map' }, 'Exports the value under a Name that other stacks in the account and Region read with Fn::ImportValue.'],
  ['Condition', { shape: 'string' }, 'Declares the output only when the named condition is true.'],
];

const AWS_SPECIFIC_TYPES = [
  'AWS::EC2::AvailabilityZone::Name',
  'AWS::EC2::Image::Id',
  'AWS::EC2::Instance::Id',
  'AWS::EC2::KeyPair::KeyName',
  'AWS::EC2::SecurityGroup::Id',
  'AWS::EC2::Subnet::Id',
  'AWS::EC2::VPC::Id',
  'AWS::Route53::HostedZone::Id',
];

export const PARAMETER_TYPES: readonly string[] = [
  'String',
  'Number',
  'List<Number>',
  'CommaDelimitedList',
  ...AWS_SPECIFIC_TYPES,
  ...AWS_SPECIFIC_TYPES.filter((type) => type !== 'AWS::EC2::KeyPair::KeyName').map((type) => `List<${type}>`),
  'AWS::SSM::Parameter::Name',
  'AWS::SSM::Parameter::Value<String>',
  'AWS::SSM::Parameter::Value<List<String>>',
  'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
];

export function declarationKeyCompletions(context: CompletionContext, section: 'Parameters' | 'Outputs', name: string): Completion[] {
  const present = presentKeys(context, [section, name]);
  const keys = section === 'Parameters' ? PARAMETER_KEYS : OUTPUT_KEYS;
  return keys
    .filter(([key]) => !present.has(key))
    .map(([key, skeleton, documentation], index) =>
      keyItem(context, key, 'keyword', skeleton, { documentation, sortText: String(index).padStart(2, '0'), retrigger: key === 'Type' || key === 'Value' }),
    );
}

export function parameterTypeCompletions(context: CompletionContext): Completion[] {
  return PARAMETER_TYPES.map((type, index) => valueItem(context, type, 'value', { sortText: String(index).padStart(2, '0') }));
}
