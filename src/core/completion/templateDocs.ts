/**
 * What each template section, parameter attribute and output field does, in our words from the template
 * anatomy pages of the CloudFormation user guide: for completion and hover.
 */
import { isDocumentedParameterType, isListParameterType, isSsmValueType } from '../parameterTypes';

const USER_GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';

export const PARAMETERS_URL = `${USER_GUIDE}/parameters-section-structure.html`;
export const OUTPUTS_URL = `${USER_GUIDE}/outputs-section-structure.html`;

export interface TemplateDoc {
  text: string;
  url: string;
}

const section = (text: string, page: string): TemplateDoc => ({ text, url: page.startsWith('https:') ? page : `${USER_GUIDE}/${page}` });

/** The top-level sections of a template. */
export const SECTION_DOCS: Readonly<Record<string, TemplateDoc>> = {
  AWSTemplateFormatVersion: section('The template format version. Optional; `2010-09-09` is the only valid value.', 'format-version-structure.html'),
  Description: section('A literal text that describes the template, shown in the console (at most 1,024 bytes).', 'template-description-structure.html'),
  Metadata: section(
    'Details about the template. `AWS::CloudFormation::Interface` groups, orders and labels the parameters in the console.',
    'metadata-section-structure.html',
  ),
  Parameters: section('Values given when the stack is created or updated, read with `Ref` (and `${Name}` in `Fn::Sub`).', 'parameters-section-structure.html'),
  Rules: section('Assertions on parameter values that CloudFormation checks before it creates or updates any resource.', 'rules-section-structure.html'),
  Mappings: section('Fixed lookup tables (a value per Region, per environment) read with `Fn::FindInMap`.', 'mappings-section-structure.html'),
  Conditions: section(
    'Named true/false expressions over parameters and pseudo parameters; a resource or output `Condition`, or `Fn::If`, uses them.',
    'conditions-section-structure.html',
  ),
  Transform: section(
    'Macros CloudFormation runs on the template before processing it: `AWS::Serverless-2016-10-31` (SAM), `AWS::LanguageExtensions`, `AWS::SecretsManager-2024-09-16`, `AWS::CodeDeployBlueGreen`, `AWS::Include`.',
    'transform-section-structure.html',
  ),
  Resources: section('The resources the stack creates, each under a logical ID with its `Type` and `Properties`. The one required section.', 'resources-section-structure.html'),
  Outputs: section('Values the stack returns (console, `describe-stacks`) and may export to other stacks of the account and Region.', 'outputs-section-structure.html'),
  Hooks: section(
    'With `Transform: AWS::CodeDeployBlueGreen`: an `AWS::CodeDeploy::BlueGreen` hook makes a stack update that changes an ECS task definition or task set a CodeDeploy blue/green deployment.',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green.html',
  ),
  Globals: section(
    'SAM only: properties shared by every serverless function, API, HTTP API, simple table, state machine or capacity provider of the template.',
    'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html',
  ),
};

/** The attributes of a parameter; the parameters page documents them all. */
export const PARAMETER_ATTRIBUTE_DOCS: Readonly<Record<string, string>> = {
  Type: 'The kind of value, and the one required attribute: `String`, `Number`, `List<Number>`, `CommaDelimitedList`, an AWS-specific type checked against the account (`AWS::EC2::VPC::Id`), or an SSM parameter type read from Parameter Store.',
  Default: "The value used when none is given. It must satisfy the parameter's own constraints.",
  Description: 'Text of up to 4,000 characters shown beside the parameter in the console.',
  AllowedValues: 'The list of the only values the parameter accepts (each item, for a `CommaDelimitedList`).',
  AllowedPattern: 'A regular expression a `String` value must match as a whole (each item, for a `CommaDelimitedList`).',
  ConstraintDescription: 'The message shown when a value breaks a constraint, instead of the bare rule (such as the pattern).',
  MinLength: 'The fewest characters a `String` value may have.',
  MaxLength: 'The most characters a `String` value may have.',
  MinValue: 'The smallest `Number` value allowed.',
  MaxValue: 'The largest `Number` value allowed.',
  NoEcho:
    '`true` shows the value as asterisks wherever CloudFormation describes the stack (console, CLI, API). It does not mask what the template itself writes out (Outputs, Metadata); for a secret, a dynamic reference to Secrets Manager or Parameter Store is safer.',
};

/** The fields of an output, and `Export.Name`. */
export const OUTPUT_FIELD_DOCS: Readonly<Record<string, string>> = {
  Value: 'What the output returns: a literal or a function such as `Ref`, `Fn::GetAtt` or `Fn::Sub`. Required.',
  Description: 'A literal text describing the output (at most 1,024 bytes).',
  Export: 'Exports the value to the other stacks of the account and Region, which read it with `Fn::ImportValue`; an export another stack imports cannot be changed or removed.',
  'Export.Name': 'The export name, unique in the account and Region; often `!Sub "${AWS::StackName}-…"` so that each stack gets its own.',
  Condition: 'Declares the output only when the named condition is true.',
};

/** A parameter `Type` value: what CloudFormation does with such a value. */
export function parameterTypeDoc(type: string): string | undefined {
  if (!isDocumentedParameterType(type)) return undefined;
  if (isSsmValueType(type)) return 'The value given is the name of a Systems Manager parameter: CloudFormation reads its current value from Parameter Store at each create and update.';
  if (type === 'AWS::SSM::Parameter::Name') return 'The name of a Systems Manager parameter; CloudFormation checks that it exists, not its value.';
  const list = isListParameterType(type);
  if (type.startsWith('AWS::') || type.startsWith('List<AWS::')) {
    return `An AWS-specific type: CloudFormation checks ${list ? 'each value' : 'the value'} against what exists in the account and Region before it creates the stack, and the console lists the valid values for most such types (not for AMI IDs).`;
  }
  if (type === 'Number') return 'An integer or float; `Ref` returns it as a string.';
  if (list) return '`Ref` returns a list of values (given as one comma-separated string).';
  return 'A literal string.';
}
