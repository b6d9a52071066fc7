/** Top-level sections, and the keys of parameters and outputs (with the parameter types). */
import { valueOf } from '../model';
import { hasSamTransform } from '../rules/unknownResourceAttribute';
import { TEMPLATE_SECTIONS } from '../sections';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { keyItem, valueItem, type Skeleton } from './items';
import { presentKeys } from './schemaCompletions';
import { OUTPUT_FIELD_DOCS, PARAMETER_ATTRIBUTE_DOCS } from './templateDocs';

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

const PARAMETER_KEYS: readonly [string, Skeleton][] = [
  ['Type', { shape: 'string' }],
  ['Default', { shape: 'string' }],
  ['Description', { shape: 'string' }],
  ['AllowedValues', { shape: 'list' }],
  ['AllowedPattern', { shape: 'string' }],
  ['ConstraintDescription', { shape: 'string' }],
  ['MinLength', { shape: 'number' }],
  ['MaxLength', { shape: 'number' }],
  ['MinValue', { shape: 'number' }],
  ['MaxValue', { shape: 'number' }],
  ['NoEcho', { shape: 'number', choices: ['true', 'false'] }],
];

const OUTPUT_KEYS: readonly [string, Skeleton][] = [
  ['Value', { shape: 'string' }],
  ['Description', { shape: 'string' }],
  ['Export', { shape: 'map' }],
  ['Condition', { shape: 'string' }],
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
  const docs = section === 'Parameters' ? PARAMETER_ATTRIBUTE_DOCS : OUTPUT_FIELD_DOCS;
  return keys
    .filter(([key]) => !present.has(key))
    .map(([key, skeleton], index) =>
      keyItem(context, key, 'keyword', skeleton, { documentation: docs[key], sortText: String(index).padStart(2, '0'), retrigger: key === 'Type' || key === 'Value' }),
    );
}

export function parameterTypeCompletions(context: CompletionContext): Completion[] {
  return PARAMETER_TYPES.map((type, index) => valueItem(context, type, 'value', { sortText: String(index).padStart(2, '0') }));
}

/** The transforms CloudFormation hosts that a Transform section names (AWS::Include takes parameters: Fn::Transform). */
const TRANSFORMS: readonly [string, string][] = [
  ['AWS::Serverless-2016-10-31', 'AWS SAM: serverless resource types, Globals, DeploymentPreference'],
  ['AWS::LanguageExtensions', 'Fn::ForEach, Fn::Length, Fn::ToJsonString, and intrinsics in DeletionPolicy and UpdateReplacePolicy'],
  ['AWS::SecretsManager-2024-09-16', 'Hosted rotation functions for Secrets Manager rotation schedules'],
  ['AWS::CodeDeployBlueGreen', 'ECS blue/green deployments through the AWS::CodeDeploy::BlueGreen hook'],
  ['AWS::ServiceCatalog', 'Reads outputs of Service Catalog provisioned products'],
];

export function transformCompletions(context: CompletionContext): Completion[] {
  return TRANSFORMS.map(([name, detail], index) => valueItem(context, name, 'keyword', { detail, sortText: String(index) }));
}

/** Metadata keys CloudFormation and its tools read: cfn-init's configuration, the console's parameter groups. */
const METADATA_KEYS: Record<'template' | 'resource', readonly [string, string][]> = {
  template: [
    ['AWS::CloudFormation::Interface', 'How the console groups and labels the parameters'],
    ['cfn-lint', 'Linter settings (for example rules to ignore)'],
  ],
  resource: [
    ['AWS::CloudFormation::Init', 'cfn-init configuration: packages, files, commands, services'],
    ['AWS::CloudFormation::Authentication', 'Credentials cfn-init uses to download files and sources'],
    ['cfn-lint', 'Linter settings for this resource (for example rules to ignore)'],
  ],
};

export function metadataKeyCompletions(context: Extract<CompletionContext, { kind: 'metadataKey' }>): Completion[] {
  const path = context.cursor.path.slice(0, context.level === 'template' ? 1 : 3);
  const present = presentKeys(context, path);
  return METADATA_KEYS[context.level]
    .filter(([name]) => !present.has(name))
    .map(([name, detail], index) => keyItem(context, name, 'keyword', { shape: 'map' }, { detail, sortText: String(index) }));
}
