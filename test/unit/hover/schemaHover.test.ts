import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { schemaHoverProvider } from '../../../src/core/hover/schemaHover';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
    Default: dev
    Description: Where the stack runs
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-data'
      VersioningConfiguration:
        Status: Enabled
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MaxSize: !Ref Env
      MinSize: '0'
Outputs:
  Arn:
    Value: !GetAtt Bucket.Arn
  Region:
    Value: !Ref AWS::Region
`;

function hoverOn(needle: string, format: 'yaml' | 'json' = 'yaml', text = YAML, delta = 1) {
  const template = parseTemplate(text, format);
  const offset = text.indexOf(needle) + delta;
  const result = schemaHoverProvider(template, offset);
  return { markdown: result?.sections.map((section) => section.markdown).join('\n') ?? '', hovered: result ? text.slice(result.span.start, result.span.end) : undefined };
}

describe('schema hover', () => {
  before(() => useGeneratedSchema());

  it('describes a property that replaces the resource when changed', () => {
    const { markdown, hovered } = hoverOn('BucketName');
    assert.equal(hovered, 'BucketName');
    assert.match(markdown, /^\*\*BucketName\*\*: String · Optional/);
    assert.match(markdown, /\*\*Update:\*\* Changing this replaces the resource\./);
    assert.match(markdown, /\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/TemplateReference\/aws-resource-s3-bucket\.html\)/);
  });

  it('describes a nested property that updates in place, with its allowed values, default and page', () => {
    const { markdown, hovered } = hoverOn('Status');
    assert.equal(hovered, 'Status');
    assert.match(markdown, /^\*\*Status\*\*: String · Required/);
    assert.match(markdown, /\*\*Update:\*\* Changing it does not replace the resource \(some changes interrupt it, a few are not supported: see its page\)\./);
    assert.match(markdown, /\*\*Allowed values:\*\* `Enabled`, `Suspended`/);
    assert.match(markdown, /aws-properties-s3-bucket-versioningconfiguration\.html/);
  });

  it('describes a resource type with its page', () => {
    const { markdown, hovered } = hoverOn('AWS::S3::Bucket');
    assert.equal(hovered, 'AWS::S3::Bucket');
    assert.match(markdown, /^\*\*AWS::S3::Bucket\*\*\n\n.*Amazon S3 bucket/);
    assert.match(markdown, /aws-resource-s3-bucket\.html\)$/);
  });

  it('describes what a Ref names, a GetAtt attribute, a pseudo parameter and a function', () => {
    const parameter = hoverOn('!Ref Env', 'yaml', YAML, 6);
    assert.equal(parameter.hovered, 'Env');
    assert.equal(parameter.markdown, '**Parameter** `Env`: String\n\nWhere the stack runs\n\n**Default:** `"dev"`');
    const attribute = hoverOn('Bucket.Arn', 'yaml', YAML, 8);
    assert.equal(attribute.hovered, 'Arn');
    assert.match(attribute.markdown, /^\*\*Bucket\.Arn\*\*: String attribute of AWS::S3::Bucket/);
    const resource = hoverOn('Bucket.Arn', 'yaml', YAML, 2);
    assert.equal(resource.hovered, 'Bucket');
    assert.match(resource.markdown, /^\*\*Resource\*\* `Bucket`: AWS::S3::Bucket/);
    const region = hoverOn('AWS::Region');
    assert.match(region.markdown, /^\*\*AWS::Region\*\* \(pseudo parameter\): The Region the stack is created in/);
    const sub = hoverOn('!Sub');
    assert.equal(sub.hovered, '!Sub');
    assert.match(sub.markdown, /^\*\*Fn::Sub\*\* \(short form `!Sub`\): /);
    assert.match(sub.markdown, /intrinsic-function-reference-sub\.html\)$/);
  });

  it('works on JSON keys', () => {
    const json = '{"Resources": {"Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"AutoScalingGroupName": "g", "MinSize": "1"}}}}';
    const name = hoverOn('AutoScalingGroupName', 'json', json);
    assert.match(name.markdown, /\*\*Update:\*\* Changing this replaces the resource\./);
    const minSize = hoverOn('MinSize', 'json', json);
    assert.match(minSize.markdown, /^\*\*MinSize\*\*: String · Required\n\n\*\*Update:\*\* Changing it does not replace the resource \(some changes interrupt it, a few are not supported: see its page\)\./);
  });

  it('describes a resource attribute with its page', () => {
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n';
    const { markdown, hovered } = hoverOn('DeletionPolicy', 'yaml', text);
    assert.equal(hovered, 'DeletionPolicy');
    assert.match(markdown, /^\*\*DeletionPolicy\*\* \(resource attribute\): What happens to the physical resource/);
    assert.match(markdown, /UserGuide\/aws-attribute-deletionpolicy\.html\)$/);
  });

  it('says nothing about keys the schema does not know', () => {
    assert.equal(hoverOn('Outputs').hovered, undefined);
  });
});

describe('schema hover shows the registry constraints', () => {
  before(() => useGeneratedSchema());

  it('gives ranges, lengths and patterns, and the registry allowed values', () => {
    const text = 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 30\n      Handler: index.handler\n      Architectures: [arm64]\n';
    assert.match(hoverOn('Timeout', 'yaml', text).markdown, /\*\*Constraints:\*\* 1 to 900/);
    assert.match(hoverOn('Handler', 'yaml', text).markdown, /\*\*Constraints:\*\* 0 to 128 characters · matches `\^\[\^\\s\]\+\$`/);
    assert.match(hoverOn('Architectures', 'yaml', text).markdown, /\*\*Allowed values:\*\* `x86_64`, `arm64`/);
  });
});
