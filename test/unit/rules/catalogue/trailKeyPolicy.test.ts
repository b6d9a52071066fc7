/** CX3323: a trail's key must let CloudTrail generate data keys. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trailKeyPolicyWithoutCloudTrail } from '../../../../src/core/rules/catalogue/governance/trailKeyPolicy';
import { paths, resources } from './checkObjects';

const trail = (keyProperties: string, keyRef = '!Ref TrailKey') =>
  resources(
    `  TrailKey:\n    Type: AWS::KMS::Key\n${keyProperties}  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      KMSKeyId: ${keyRef}\n`,
  );
const policy = (principal: string, action: string) =>
  `    Properties:\n      KeyPolicy:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: ${principal}\n            Action: ${action}\n            Resource: "*"\n`;

describe('CX3323 trail key without a statement for CloudTrail', () => {
  it('reports a key without a key policy, and one whose policy names only the account', () => {
    assert.deepEqual(paths(trailKeyPolicyWithoutCloudTrail, trail('')), ['Resources/Trail/Properties/KMSKeyId']);
    assert.deepEqual(paths(trailKeyPolicyWithoutCloudTrail, trail(policy('{AWS: arn:aws:iam::123456789012:root}', 'kms:*'), '!GetAtt TrailKey.Arn')), [
      'Resources/Trail/Properties/KMSKeyId',
    ]);
  });

  it('accepts the CloudTrail service (or everyone) with kms:GenerateDataKey*, and leaves computed policies and keys from elsewhere alone', () => {
    assert.deepEqual(paths(trailKeyPolicyWithoutCloudTrail, trail(policy('{Service: cloudtrail.amazonaws.com}', 'kms:GenerateDataKey*'))), []);
    assert.deepEqual(paths(trailKeyPolicyWithoutCloudTrail, trail(policy('"*"', 'kms:*'))), []);
    assert.deepEqual(paths(trailKeyPolicyWithoutCloudTrail, trail('    Properties:\n      KeyPolicy: !Ref PolicyParameter\n')), []);
    assert.deepEqual(paths(trailKeyPolicyWithoutCloudTrail, trail('', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab')), []);
  });
});
