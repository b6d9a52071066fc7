import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownResourceTypeRule } from '../../../src/core/rules/unknownResourceType';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Resources:',
  '  Good:',
  '    Type: AWS::S3::Bucket',
  '  Typo:',
  '    Type: AWS::EC2::Instanse',
  '  Made:',
  '    Type: AWS::Nothing::Here',
  '  Custom:',
  '    Type: Custom::Anything',
  '  Sam:',
  '    Type: AWS::Serverless::Function',
  '  Registry:',
  '    Type: MyOrg::Widget::Thing',
  '  Module:',
  '    Type: MyOrg::Network::Vpc::MODULE',
  '  Macro:',
  '    Type: Boto3::CodeCommit.put_file',
);

describe('E3006 unknown resource type', () => {
  it('reports unknown AWS types and malformed names on the type value; custom, SAM, registry and module types pass', () => {
    assert.deepEqual(findingsOf(unknownResourceTypeRule, TEMPLATE), [
      "E3006 Resources/Typo/Type 'AWS::EC2::Instanse'",
      "E3006 Resources/Made/Type 'AWS::Nothing::Here'",
      "E3006 Resources/Macro/Type 'Boto3::CodeCommit.put_file'",
    ]);
    assert.deepEqual(messagesOf(unknownResourceTypeRule, TEMPLATE), [
      "Unknown resource type 'AWS::EC2::Instanse'. Did you mean 'AWS::EC2::Instance'?",
      "Unknown resource type 'AWS::Nothing::Here'",
      "Unknown resource type 'Boto3::CodeCommit.put_file'",
    ]);
  });

  it('holds a custom type name to the characters and length CloudFormation takes', () => {
    const custom = (type: string) => yaml('Resources:', '  Lookup:', `    Type: ${type}`, '    Properties: {ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f}');
    assert.deepEqual(messagesOf(unknownResourceTypeRule, custom('Custom::Look.up')), ["Custom resource type 'Custom::Look.up' may hold only letters, digits and _@- after Custom::"]);
    assert.deepEqual(messagesOf(unknownResourceTypeRule, custom(`Custom::${'A'.repeat(53)}`)), [`Custom resource type 'Custom::${'A'.repeat(53)}' is 61 characters long: CloudFormation takes at most 60`]);
    for (const fine of ['Custom::Look_up-2@v1', `Custom::${'A'.repeat(52)}`]) assert.deepEqual(messagesOf(unknownResourceTypeRule, custom(fine)), [], fine);
  });

  it('offers the closest type as a fix', () => {
    assert.deepEqual(fixedText(unknownResourceTypeRule, TEMPLATE), [
      `Change to 'AWS::EC2::Instance': ${TEMPLATE.replace('AWS::EC2::Instanse', 'AWS::EC2::Instance')}`,
    ]);
  });

  it('works in JSON, keeping the quotes', () => {
    const text = '{"Resources": {"Q": {"Type": "aws::sqs::queue"}}}';
    assert.deepEqual(findingsOf(unknownResourceTypeRule, text, 'json'), ["E3006 Resources/Q/Type '\"aws::sqs::queue\"'"]);
    assert.deepEqual(fixedText(unknownResourceTypeRule, text, 'json'), [
      `Change to 'AWS::SQS::Queue': {"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}`,
    ]);
  });
});

describe('E3006 and the newer SAM types', () => {
  it('knows AWS::Serverless::WebSocketApi, which the SAM transform expands', () => {
    const text = yaml('Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Chat:', '    Type: AWS::Serverless::WebSocketApi', '    Properties: {Routes: {$default: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f}}}');
    assert.deepEqual(findingsOf(unknownResourceTypeRule, text), []);
  });
});
