import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { functionShapesRule } from '../../../src/core/rules/functionShapes';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf } from './namesHelper';

const resourceWith = (properties: string[]) =>
  ['Resources:', '  R:', '    Type: AWS::SNS::Topic', '    Properties:', ...properties.map((line) => `      ${line}`), ''].join('\n');

describe('intrinsic function shapes', () => {
  it('accepts well-formed calls in short and long form', () => {
    const text = resourceWith([
      'A: !Join [",", [a, !Ref AWS::Region]]',
      'B: !Select [0, !GetAZs ""]',
      "C: !Select ['1', [a, b]]",
      'D: !Split [",", !Ref AWS::StackName]',
      'E: {"Fn::Sub": ["${X}", {X: a}]}',
      'F: !GetAtt R.TopicName',
      'G: !Cidr [10.0.0.0/16, 4, 8]',
      'H: !FindInMap [M, !Ref AWS::Region, k]',
      'I: !Base64 !Sub "${AWS::Region}"',
      'J: !ImportValue {"Fn::Sub": "${AWS::StackName}-x"}',
      'K: !If [C, a, !Ref AWS::NoValue]',
    ]);
    assert.deepEqual(findingsOf(functionShapesRule, text), []);
  });

  it('leaves an argument a macro (Fn::Transform) produces alone', () => {
    const text = resourceWith(['A: {"Fn::Sub": {"Fn::Transform": {Name: Script}}}', 'B: !Join {"Fn::Transform": {Name: Parts}}']);
    assert.deepEqual(findingsOf(functionShapesRule, text), []);
    assert.deepEqual(findingsOf(functionShapesRule, resourceWith(['A: {"Fn::Sub": {Other: x}}'])), ["E1019 Resources/R/Properties/A/Fn::Sub '\"Fn::Sub\"'"]);
  });

  it('reports arity on the function, and a wrong argument on the argument', () => {
    const text = resourceWith([
      'A: !Join [","]',
      'B: !Select [first, [a]]',
      'C: !Split [",", [a]]',
      'D: !If [C, a]',
      'E: !GetAtt R',
      'F: !Sub [a, b, c]',
      'G: !Ref [a]',
      'H: !FindInMap [M, k]',
      'I: !Cidr [10.0.0.0/16, 4]',
    ]);
    assert.deepEqual(findingsOf(functionShapesRule, text), [
      "E1022 Resources/R/Properties/A/Fn::Join '!Join'",
      "E1017 Resources/R/Properties/B/Fn::Select/0 'first'",
      "E1018 Resources/R/Properties/C/Fn::Split/1 '[a]'",
      "E1028 Resources/R/Properties/D/Fn::If '!If'",
      "E1010 Resources/R/Properties/E/Fn::GetAtt '!GetAtt'",
      "E1019 Resources/R/Properties/F/Fn::Sub '!Sub'",
      "E1020 Resources/R/Properties/G/Ref '!Ref'",
      "E1011 Resources/R/Properties/H/Fn::FindInMap '!FindInMap'",
      "E1024 Resources/R/Properties/I/Fn::Cidr '!Cidr'",
    ]);
  });

  it('reports an Fn::Cidr count outside 1 to 256 on the count', () => {
    const text = resourceWith(['A: !Cidr [10.0.0.0/16, 300, 4]', 'B: !Cidr [10.0.0.0/16, 0, 4]', "C: !Cidr [10.0.0.0/16, '256', 4]", 'D: !Cidr [10.0.0.0/16, !Ref Count, 4]']);
    assert.deepEqual(findingsOf(functionShapesRule, text), ["E1024 Resources/R/Properties/A/Fn::Cidr/1 '300'", "E1024 Resources/R/Properties/B/Fn::Cidr/1 '0'"]);
  });

  it('checks condition functions', () => {
    const text = [
      'Conditions:',
      '  A: !Equals [a]',
      '  B: !And [!Condition A]',
      '  C: !Not [!Condition A, !Condition B]',
      '  D: !Or [!Condition A, !Condition B]',
      '  E: !Equals [[a], b]',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(functionShapesRule, text), [
      "E8003 Conditions/A/Fn::Equals '!Equals'",
      "E8004 Conditions/B/Fn::And '!And'",
      "E8005 Conditions/C/Fn::Not '!Not'",
      "E8003 Conditions/E/Fn::Equals/0 '[a]'",
    ]);
  });

  it('wants the language extensions transform for Fn::Length, Fn::ToJsonString and Fn::ForEach', () => {
    const body = ['Resources:', '  R:', '    Type: AWS::SNS::Topic', '    Properties:', '      A: !Length [a, b]', '      B: {"Fn::ToJsonString": {a: b}}', ''];
    assert.deepEqual(findingsOf(functionShapesRule, body.join('\n')), [
      "E1030 Resources/R/Properties/A/Fn::Length '!Length'",
      "E1031 Resources/R/Properties/B/Fn::ToJsonString '\"Fn::ToJsonString\"'",
    ]);
    assert.deepEqual(findingsOf(functionShapesRule, ['Transform: AWS::LanguageExtensions', ...body].join('\n')), []);
  });

  it('takes a FindInMap DefaultValue with or without the language extensions transform, and only as a map', () => {
    const body = ['Mappings:', '  M: {a: {b: c}}', ...resourceWith(['DisplayName: !FindInMap [M, a, x, {DefaultValue: d}]']).split('\n')];
    assert.deepEqual(findingsOf(functionShapesRule, body.join('\n')), []);
    assert.deepEqual(findingsOf(functionShapesRule, ['Transform: AWS::LanguageExtensions', ...body].join('\n')), []);
    const notMap = ['Mappings:', '  M: {a: {b: c}}', ...resourceWith(['DisplayName: !FindInMap [M, a, b, d]']).split('\n')];
    assert.equal(functionShapesRule.run(parseTemplate(notMap.join('\n'), 'yaml')).length, 1);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"R": {"Type": "T", "Properties": {"A": {"Fn::Join": "x"}, "B": {"Fn::Select": [0, ["a"]]}}}}}';
    assert.deepEqual(findingsOf(functionShapesRule, text, 'json'), ["E1022 Resources/R/Properties/A/Fn::Join '\"Fn::Join\"'"]);
  });
});

describe('Fn::GetStackOutput', () => {
  it('takes StackName and OutputName, and optionally Region and RoleArn, in short and long form', () => {
    const good = resourceWith([
      'A: !GetStackOutput {StackName: network, OutputName: VpcId}',
      'B: {"Fn::GetStackOutput": {StackName: !Ref Net, OutputName: VpcId, Region: eu-west-1, RoleArn: !Sub "arn:aws:iam::${Peer}:role/read"}}',
    ]);
    assert.deepEqual(findingsOf(functionShapesRule, good), []);
    const bad = resourceWith(['A: !GetStackOutput {StackName: network}', 'B: !GetStackOutput network.VpcId', 'C: !GetStackOutput {StackName: a, OutputName: b, Account: c}']);
    assert.deepEqual(findingsOf(functionShapesRule, bad), [
      "E1033 Resources/R/Properties/A/Fn::GetStackOutput '!GetStackOutput'",
      "E1033 Resources/R/Properties/B/Fn::GetStackOutput '!GetStackOutput'",
      "E1033 Resources/R/Properties/C/Fn::GetStackOutput '!GetStackOutput'",
    ]);
  });

  it('E1001: an Fn:: key CloudFormation does not support, with the closest function', () => {
    const text = resourceWith(['A: {Fn::Get: [Dlq, Arn]}', 'B: !GetAtt Dlq.Arn', "C: {Fn::Transform: {Name: 'AWS::Include', Parameters: {Location: s3://b/k}}}"]);
    assert.deepEqual(findingsOf(functionShapesRule, text), ["E1001 Resources/R/Properties/A/Fn::Get 'Fn::Get'"]);
    const [found] = functionShapesRule.run(parseTemplate(text, 'yaml'));
    assert.equal(found.message, 'Fn::Get is no intrinsic function CloudFormation supports: it rejects the template. Did you mean Fn::GetAtt?');
  });

  it('reports Fn::Select past the end of a list written out, and Fn::If in the Conditions section', () => {
    const text = [
      'Conditions:',
      '  IsProd: !Equals [!Ref AWS::Region, us-east-1]',
      '  Odd: !If [IsProd, !Equals [a, a], !Equals [a, b]]',
      'Resources:',
      '  R:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      TopicName: !Select [2, [one, two]]',
      '      DisplayName: !Select [1, [one, two]]',
      '      Tags: [{Key: k, Value: !Select [5, !GetAZs ""]}]',
      '',
    ].join('\n');
    assert.deepEqual(functionShapesRule.run(parseTemplate(text, 'yaml')).map((found) => `${found.ruleId} ${found.path?.join('/')}: ${found.message}`), [
      'E1028 Conditions/Odd/Fn::If: Fn::If is not supported in the Conditions section (only in resource properties, Metadata, UpdatePolicy and Outputs): combine conditions with Fn::And, Fn::Or and Fn::Not',
      'E1017 Resources/R/Properties/TopicName/Fn::Select/0: Fn::Select picks item 2 of a list of 2 (items count from 0): the index is out of bounds and the stack fails',
    ]);
  });

  it('reports Fn::ImportValue in the Conditions section, not in resources or outputs', () => {
    const text = [
      'Conditions:',
      '  IsProd: !Equals [!ImportValue shared-stage, prod]',
      '  InEast: !Equals [!Ref AWS::Region, us-east-1]',
      'Resources:',
      '  R:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      TopicName: !ImportValue shared-topic-name',
      'Outputs:',
      '  O: {Value: !ImportValue shared-id}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(functionShapesRule, text), ["E1016 Conditions/IsProd/Fn::Equals/0/Fn::ImportValue '!ImportValue'"]);
  });
});
