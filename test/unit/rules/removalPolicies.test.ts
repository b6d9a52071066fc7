import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deletionPolicyRule } from '../../../src/core/rules/deletionPolicy';
import { updateReplacePolicyRule } from '../../../src/core/rules/updateReplacePolicy';
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
    assert.match(messagesOf(deletionPolicyRule, TEMPLATE)[0], /^DeletionPolicy Snapshot is only for types CloudFormation can snapshot \(.*AWS::RDS::DBInstance.*\), not AWS::S3::Bucket$/);
  });

  it('fixes the case', () => {
    assert.deepEqual(fixedText(deletionPolicyRule, TEMPLATE), [`Change to 'Retain': ${TEMPLATE.replace('DeletionPolicy: retain', 'DeletionPolicy: Retain')}`]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"V": {"Type": "AWS::EC2::Volume", "DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Keep"}}}';
    assert.deepEqual(findingsOf(deletionPolicyRule, text, 'json'), []);
    assert.deepEqual(findingsOf(updateReplacePolicyRule, text, 'json'), ["E3036 Resources/V/UpdateReplacePolicy '\"Keep\"'"]);
  });
});
