import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deletionPolicyRule } from '../../../src/core/rules/deletionPolicy';
import { updateReplacePolicyRule } from '../../../src/core/rules/updateReplacePolicy';
import { parseTemplate } from '../../../src/core/template';
import { gatedRun } from './gatedRun';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Resources:',
  '  Db:',
  '    Type: AWS::RDS::DBInstance',
  '    DeletionPolicy: Snapshot',
  '    UpdateReplacePolicy: Snapshot',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    DeletionPolicy: Snapshot',
  '    UpdateReplacePolicy: RetainExceptOnCreate',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    DeletionPolicy: retain',
  '    UpdateReplacePolicy: !Ref Policy',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '    DeletionPolicy: [Retain]',
  '    UpdateReplacePolicy: Retain',
);

describe('E3035 DeletionPolicy and E3036 UpdateReplacePolicy', () => {
  it('knows which types can be snapshotted, and that RetainExceptOnCreate is for deletion only', () => {
    assert.deepEqual(findingsOf(deletionPolicyRule, TEMPLATE), [
      "E3035 Resources/Bucket/DeletionPolicy 'Snapshot'",
      "E3035 Resources/Queue/DeletionPolicy 'retain'",
      "E3035 Resources/Topic/DeletionPolicy 'DeletionPolicy'",
    ]);
    assert.deepEqual(findingsOf(updateReplacePolicyRule, TEMPLATE), ["E3036 Resources/Bucket/UpdateReplacePolicy 'RetainExceptOnCreate'"]);
    assert.deepEqual(messagesOf(deletionPolicyRule, TEMPLATE).slice(1), [
      "DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate, not 'retain'",
      'DeletionPolicy takes one of Delete, Retain, RetainExceptOnCreate, not a list',
    ]);
    assert.match(messagesOf(deletionPolicyRule, TEMPLATE)[0], /^DeletionPolicy Snapshot does nothing on AWS::S3::Bucket: CloudFormation takes snapshots only of .*AWS::RDS::DBInstance.*, and on other types reads Snapshot as Delete/);
  });

  it('warns, not errs, on Snapshot where the type has none: CloudFormation accepts it and deletes', () => {
    const text = yaml('Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    DeletionPolicy: Snapshot', '    UpdateReplacePolicy: Snapshot');
    assert.deepEqual(
      [deletionPolicyRule, updateReplacePolicyRule].flatMap((rule) => gatedRun(rule, parseTemplate(text, 'yaml'))).map((found) => `${found.ruleId} ${found.severity}`),
      ['E3035 warning', 'E3036 warning'],
    );
    assert.deepEqual(fixedText(updateReplacePolicyRule, text), [`Change to 'Retain': ${text.replace('UpdateReplacePolicy: Snapshot', 'UpdateReplacePolicy: Retain')}`]);
  });

  it('fixes the case', () => {
    assert.deepEqual(fixedText(deletionPolicyRule, TEMPLATE), [
      `Change to 'Retain': ${TEMPLATE.replace('DeletionPolicy: Snapshot\n    UpdateReplacePolicy: RetainExceptOnCreate', 'DeletionPolicy: Retain\n    UpdateReplacePolicy: RetainExceptOnCreate')}`,
      `Change to 'Retain': ${TEMPLATE.replace('DeletionPolicy: retain', 'DeletionPolicy: Retain')}`,
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"V": {"Type": "AWS::EC2::Volume", "DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Keep"}}}';
    assert.deepEqual(findingsOf(deletionPolicyRule, text, 'json'), []);
    assert.deepEqual(findingsOf(updateReplacePolicyRule, text, 'json'), ["E3036 Resources/V/UpdateReplacePolicy '\"Keep\"'"]);
  });
});

describe('a DeletionPolicy from a parameter (AWS::LanguageExtensions)', () => {
  it('warns when the parameter allows Snapshot on a type CloudFormation cannot snapshot', () => {
    const text = (type: string) =>
      `Transform: AWS::LanguageExtensions\nParameters:\n  KeepData:\n    Type: String\n    Default: Snapshot\n    AllowedValues: [Snapshot, Retain, Delete]\nResources:\n  Data:\n    Type: ${type}\n    DeletionPolicy: !Ref KeepData\n`;
    assert.deepEqual(findingsOf(deletionPolicyRule, text('AWS::DynamoDB::Table')).map((line) => line.split(' ').slice(0, 2).join(' ')), ['E3035 Resources/Data/DeletionPolicy']);
    assert.deepEqual(findingsOf(deletionPolicyRule, text('AWS::RDS::DBInstance')), []);
  });
});
