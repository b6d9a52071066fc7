import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outputsRule } from '../../../src/core/rules/outputs';
import { findingsOf } from './namesHelper';
import { parseTemplate } from '../../../src/core/template';

describe('Outputs', () => {
  it('needs a Value and an export Name, a string, unique', () => {
    const text = [
      'Outputs:',
      '  NoValue: {Description: x}',
      '  NoName: {Value: a, Export: {}}',
      '  ListName: {Value: a, Export: {Name: [a]}}',
      '  First: {Value: a, Export: {Name: !Sub "${AWS::StackName}-id"}}',
      '  Second: {Value: b, Export: {Name: !Sub "${AWS::StackName}-id"}}',
      '  Fine: {Value: c, Export: {Name: other}}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(outputsRule, text), [
      "E6002 Outputs/NoValue 'NoValue'",
      "E6002 Outputs/NoName/Export 'Export'",
      "E6102 Outputs/ListName/Export/Name '[a]'",
      "X6001 Outputs/Second/Export/Name '!Sub \"${AWS::StackName}-id\"'",
    ]);
  });

  it('a Description is a literal string: a function or a list is refused', () => {
    const text = [
      'Outputs:',
      '  Subbed: {Description: !Sub "Topic in ${AWS::Region}", Value: a}',
      '  Listed: {Description: [a, b], Value: a}',
      '  Plain: {Description: "Topic in us-east-1", Value: a}',
      '  Number: {Description: 12, Value: a}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(outputsRule, text), [
      'E6005 Outputs/Subbed/Description \'!Sub "Topic in ${AWS::Region}"\'',
      "E6005 Outputs/Listed/Description '[a, b]'",
    ]);
  });

  it('an export name twice is no clash when the two outputs have conditions that can never both hold', () => {
    const text = [
      'Conditions:',
      '  IsProd: !Equals [!Ref Env, prod]',
      '  IsDev: !Equals [!Ref Env, dev]',
      '  NotProd: !Not [!Condition IsProd]',
      '  InEast: !Equals [!Ref "AWS::Region", us-east-1]',
      'Outputs:',
      '  ProdId: {Condition: IsProd, Value: a, Export: {Name: app-id}}',
      '  OtherId: {Condition: NotProd, Value: b, Export: {Name: app-id}}',
      '  DevId: {Condition: IsDev, Value: c, Export: {Name: app-id}}',
      '  EastId: {Condition: InEast, Value: d, Export: {Name: app-id}}',
      '  AlwaysId: {Value: e, Export: {Name: app-id}}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(outputsRule, text), [
      "X6001 Outputs/DevId/Export/Name 'app-id'",
      "X6001 Outputs/EastId/Export/Name 'app-id'",
      "X6001 Outputs/AlwaysId/Export/Name 'app-id'",
    ]);
  });

  it('works in JSON and is silent on good outputs', () => {
    assert.deepEqual(findingsOf(outputsRule, '{"Outputs": {"O": {"Value": null}}}', 'json'), ["E6002 Outputs/O '\"O\"'"]);
    assert.deepEqual(findingsOf(outputsRule, '{"Outputs": {"O": {"Value": {"Ref": "AWS::Region"}, "Export": {"Name": "x"}}}}', 'json'), []);
  });
});

describe('X6002 export name characters', () => {
  const output = (name: string) => `Resources:\n  T:\n    Type: AWS::SNS::Topic\nOutputs:\n  A:\n    Value: !Ref T\n    Export:\n      Name: ${name}\n`;
  const messages = (text: string) => outputsRule.run(parseTemplate(text, 'yaml')).filter((found) => found.ruleId === 'X6002').map((found) => found.message);
  it('takes letters, digits, colons and hyphens, a Sub\'s variables left aside', () => {
    assert.deepEqual(messages(output("!Sub '${AWS::StackName}-Alerts:Arn'")), []);
    assert.deepEqual(messages(output("!Sub '${AWS::StackName}/AlertsTopicArn'")), [
      `Export name of output 'A' has '/': CloudFormation takes only letters, digits, colons and hyphens in an export name ("Output Name is malformed")`,
    ]);
    assert.deepEqual(messages(output('my_export name')).length, 1);
    assert.deepEqual(messages(output('!ImportValue Other')), []);
  });
});
