import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedMappingRule } from '../../../src/core/rules/undefinedMapping';
import { findingsOf } from './namesHelper';
import { parseTemplate } from '../../../src/core/template';

const TEMPLATE = [
  'Mappings:',
  '  RegionMap:',
  '    us-east-1: {Ami: ami-1}',
  'Resources:',
  '  A:',
  '    Type: AWS::EC2::Instance',
  '    Properties:',
  '      ImageId: !FindInMap [RegionMap, !Ref AWS::Region, Ami]',
  '      KeyName: !FindInMap [RegionMapp, !Ref AWS::Region, Ami]',
  '      SubnetId: !FindInMap [RegionMap, us-east-1, Amy]',
  '      UserData: !FindInMap [RegionMap, eu-west-1, Ami]',
  '      Tenancy: !FindInMap [Nope, !Select [0, [a]], Ami]',
  '',
].join('\n');

describe('E1011 Fn::FindInMap to an undefined mapping or key', () => {
  it('reports unknown mapping names and literal keys', () => {
    assert.deepEqual(findingsOf(undefinedMappingRule, TEMPLATE), [
      "E1011 Resources/A/Properties/KeyName/Fn::FindInMap/0 'RegionMapp'",
      "E1011 Resources/A/Properties/SubnetId/Fn::FindInMap/2 'Amy'",
      "E1011 Resources/A/Properties/UserData/Fn::FindInMap/1 'eu-west-1'",
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"A": {"Type": "T", "Properties": {"P": {"Fn::FindInMap": ["M", "a", "b"]}}}}}';
    assert.deepEqual(findingsOf(undefinedMappingRule, text, 'json'), ["E1011 Resources/A/Properties/P/Fn::FindInMap/0 'M'"]);
  });

  it('leaves keys alone when a DefaultValue is given', () => {
    const text = 'Transform: AWS::LanguageExtensions\nMappings:\n  M: {a: {b: c}}\nResources:\n  A:\n    Type: T\n    Properties: {P: !FindInMap [M, x, y, {DefaultValue: z}]}\n';
    assert.deepEqual(findingsOf(undefinedMappingRule, text), []);
  });

  it('reports a second-level key no top-level key has, when the top-level key is a Ref (AWS::Region)', () => {
    const text = (key: string) =>
      `Mappings:\n  RegionAmi:\n    us-east-1: {Ami: ami-1}\n    eu-west-1: {Ami: ami-2, Extra: x}\nResources:\n  A:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: !FindInMap [RegionAmi, !Ref 'AWS::Region', ${key}]}\n`;
    assert.deepEqual(findingsOf(undefinedMappingRule, text('AmiId')), ["E1011 Resources/A/Properties/ImageId/Fn::FindInMap/2 'AmiId'"]);
    assert.deepEqual(findingsOf(undefinedMappingRule, text('Ami')), []);
    assert.deepEqual(findingsOf(undefinedMappingRule, text('Extra')), []);
    const included = "Mappings:\n  RegionAmi:\n    Fn::Transform: {Name: 'AWS::Include', Parameters: {Location: s3://b/map.yaml}}\nResources:\n  A:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: !FindInMap [RegionAmi, !Ref 'AWS::Region', AMI]}\n";
    assert.deepEqual(findingsOf(undefinedMappingRule, included), []);
  });
});


describe('E1011 top-level keys a parameter allows', () => {
  const template = (allowed: string, fallback = '') =>
    [
      'Parameters:',
      `  Env: {Type: String, AllowedValues: ${allowed}${fallback}}`,
      'Mappings:',
      '  Settings:',
      '    development: {Retention: 7}',
      '    prod: {Retention: 90}',
      'Resources:',
      '  Logs:',
      '    Type: AWS::Logs::LogGroup',
      '    Properties:',
      '      RetentionInDays: !FindInMap [Settings, !Ref Env, Retention]',
      '',
    ].join('\n');
  const messages = (text: string) => undefinedMappingRule.run(parseTemplate(text, 'yaml')).map((found) => `${found.severity} ${found.message}`);

  it('warns of allowed values no key holds, says when one is the Default, and is an error when none finds a key', () => {
    assert.deepEqual(messages(template('[development, prod]')), []);
    assert.deepEqual(messages(template('[dev, prod]', ', Default: dev')), [
      "warning Mapping 'Settings' has no top-level key 'dev', which parameter 'Env' allows (its Default is dev): a stack given one of them fails",
    ]);
    assert.deepEqual(messages(template('[dev, test]')), [
      "error Mapping 'Settings' has no top-level key 'dev', 'test', which parameter 'Env' allows: no value the parameter allows finds a key, so the stack cannot deploy",
    ]);
    assert.deepEqual(messages(template('[dev, prod]').replace('AllowedValues: [dev, prod]', 'Default: dev')), []);
  });
});
