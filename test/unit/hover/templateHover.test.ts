import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hoverAt } from '../../../src/core/hover';
import { templateHoverProvider } from '../../../src/core/hover/templateHover';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

const YAML = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  EnvName:
    Type: String
    AllowedValues: [dev, prod]
    NoEcho: true
  VpcId:
    Type: AWS::EC2::VPC::Id
Conditions:
  IsProd: !Equals [!Ref EnvName, prod]
Mappings:
  Sizes:
    dev: {Count: "1"}
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        TagSpecifications:
          - ResourceType: instance
            Tags:
              - {Key: r, Value: !Sub "\${Queue.QueueName}"}
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            echo "\${Queue.QueueName}" > /etc/queue
Outputs:
  QueueUrl:
    Description: Where to send work
    Value: !Ref Queue
    Export:
      Name: !Sub "\${AWS::StackName}-QueueUrl"
`;

const template = parseTemplate(YAML, 'yaml');

/** The template provider's hover at `needle` (plus `delta`): its Markdown and the text it is about. */
function templateHover(needle: string, delta = 1, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = YAML.indexOf(needle, at + 1);
  const result = templateHoverProvider(template, at + delta);
  return { markdown: result?.sections[0].markdown ?? '', hovered: result ? YAML.slice(result.span.start, result.span.end) : undefined };
}

describe('template hover (finding 9)', () => {
  before(() => useGeneratedSchema());

  it('describes a section with its page', () => {
    const { markdown, hovered } = templateHover('Parameters:');
    assert.equal(hovered, 'Parameters');
    assert.match(markdown, /^\*\*Parameters\*\* \(template section\): /);
    assert.match(markdown, /UserGuide\/parameters-section-structure\.html\)$/);
    assert.match(templateHover('AWSTemplateFormatVersion').markdown, /`2010-09-09` is the only valid value/);
  });

  it('shows on a declaration what a reference to it shows', () => {
    assert.equal(templateHover('EnvName:').markdown, '**Parameter** `EnvName`: String\n\n**Allowed values:** `["dev","prod"]`');
    const reference = hoverAt(template, YAML.indexOf('!Ref EnvName') + 6)?.sections[0].markdown;
    assert.equal(reference, templateHover('EnvName:').markdown);
    assert.equal(templateHover('IsProd:').markdown, '**Condition** `IsProd`, declared in Conditions');
    assert.equal(templateHover('Sizes:').markdown, '**Mapping** `Sizes`, declared in Mappings');
    assert.equal(templateHover('QueueUrl:').markdown, '**Output** `QueueUrl`, declared in Outputs\n\nWhere to send work\n\n**Exported as:** a name computed with `Fn::Sub`');
  });

  it('documents parameter attributes and AWS-specific parameter types, from the parameters page', () => {
    const noEcho = templateHover('NoEcho');
    assert.equal(noEcho.hovered, 'NoEcho');
    assert.match(noEcho.markdown, /^\*\*NoEcho\*\* \(parameter attribute\): `true` shows the value as asterisks/);
    assert.match(noEcho.markdown, /parameters-section-structure\.html\)$/);
    assert.match(templateHover('AllowedValues').markdown, /^\*\*AllowedValues\*\* \(parameter attribute\)/);
    assert.match(templateHover('AWS::EC2::VPC::Id').markdown, /^`AWS::EC2::VPC::Id` \(parameter type\): An AWS-specific type: CloudFormation checks the value against/);
  });

  it('documents output fields and the export name', () => {
    assert.match(templateHover('Value: !Ref Queue').markdown, /^\*\*Value\*\* \(output field\): /);
    assert.match(templateHover('Name: !Sub').markdown, /^\*\*Export\.Name\*\* \(output field\): The export name, unique in the account and Region/);
  });

  it('says nothing on a resource property or a mapping key', () => {
    assert.equal(templateHover('ResourceType').hovered, undefined);
    assert.equal(templateHover('dev:').hovered, undefined);
  });
});

describe('hover on the attribute of ${Res.Attr} in a Sub string (finding 10)', () => {
  before(() => useGeneratedSchema());

  for (const [where, occurrence] of [['inline', 0], ['in a block scalar', 1]] as const) {
    it(`gives the attribute's documentation and range, ${where}`, () => {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = YAML.indexOf('${Queue.QueueName}', at + 1);
      const result = hoverAt(template, at + 10);
      assert.ok(result);
      assert.equal(YAML.slice(result.span.start, result.span.end), 'QueueName');
      assert.match(result.sections[0].markdown, /^\*\*Queue\.QueueName\*\*: String attribute of AWS::SQS::Queue/);
    });
  }
});

describe('hover on a name SAM generates', () => {
  it('says which declaration the transform generates it from', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Worker:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {Handler: a.b, Runtime: python3.13, CodeUri: s3://b/k, AutoPublishAlias: live}',
      'Outputs:',
      '  RoleArn: {Value: !GetAtt WorkerRole.Arn}',
      '',
    ].join('\n');
    const hover = hoverAt(parseTemplate(text, 'yaml'), text.indexOf('WorkerRole') + 2);
    assert.match(hover?.sections[0].markdown ?? '', /^\*\*WorkerRole\*\*: a resource the transform generates from .*`Worker`$/);
  });
});

