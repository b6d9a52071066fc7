import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertTemplate, parseTemplate, toPlain } from '../../../src/core';

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
  "Resources": {
    "Queue": {
      "Type": "AWS::SQS::Queue",
      "Condition": "IsProd",
      "Properties": {
        "QueueName": {"Fn::Sub": "\${AWS::StackName}-jobs"},
        "DelaySeconds": 5,
        "Tags": [{"Key": "on", "Value": "yes"}]
      }
    },
    "Topic": {
      "Type": "AWS::SNS::Topic",
      "Properties": {"DisplayName": {"Fn::Base64": {"Fn::Sub": "x-\${Queue}"}}, "Subscription": []}
    }
  },
  "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}}}
}
`;

describe('JSON ⇄ YAML conversion', () => {
  it('writes YAML with short-form tags and keeps values YAML 1.1 would misread quoted', () => {
    const yaml = convertTemplate(parseTemplate(JSON_TEMPLATE, 'json'))!;
    assert.equal(yaml.format, 'yaml');
    assert.equal(
      yaml.text,
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Conditions:',
        '  IsProd: !Equals [!Ref Env, prod]',
        'Resources:',
        '  Queue:',
        '    Type: AWS::SQS::Queue',
        '    Condition: IsProd',
        '    Properties:',
        '      QueueName: !Sub ${AWS::StackName}-jobs',
        '      DelaySeconds: 5',
        '      Tags:',
        '        - Key: "on"',
        '          Value: "yes"',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties:',
        '      DisplayName:',
        '        Fn::Base64: !Sub x-${Queue}',
        '      Subscription: []',
        'Outputs:',
        '  Arn:',
        '    Value: !GetAtt [Queue, Arn]',
        '',
      ].join('\n'),
    );
  });

  it('round-trips to the same model both ways', () => {
    const json = parseTemplate(JSON_TEMPLATE, 'json');
    const yaml = parseTemplate(convertTemplate(json)!.text, 'yaml');
    assert.deepEqual(yaml.parseFindings, []);
    assert.deepEqual(toPlain(yaml.root), toPlain(json.root));
    const back = parseTemplate(convertTemplate(yaml)!.text, 'json');
    assert.deepEqual(toPlain(back.root), toPlain(json.root));
  });

  it('refuses to convert a template with parse errors rather than drop what it could not read', () => {
    assert.equal(convertTemplate(parseTemplate('Resources: [\n', 'yaml')), undefined);
  });

  it('refuses to convert a template with a key written twice, which would lose one copy', () => {
    const text = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}, "Q": {"Type": "AWS::SNS::Topic"}}}';
    assert.equal(convertTemplate(parseTemplate(text, 'json')), undefined);
  });
});
