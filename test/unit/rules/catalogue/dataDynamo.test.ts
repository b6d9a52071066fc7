/** T24 catalogue checks (DynamoDB) on key schemas, billing modes and global tables written in many ways. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import { dynamoCapacityBillingMode } from '../../../../src/core/rules/catalogue/data/dynamoCapacityBillingMode';
import { dynamoGlobalTableStream } from '../../../../src/core/rules/catalogue/data/dynamoGlobalTableStream';
import { dynamoKeyNotDefined } from '../../../../src/core/rules/catalogue/data/dynamoKeyNotDefined';
import { dynamoPointInTimeRecovery } from '../../../../src/core/rules/catalogue/data/dynamoPointInTimeRecovery';
import { dynamoRetainPolicy } from '../../../../src/core/rules/catalogue/data/dynamoRetainPolicy';
import { dynamoUnusedAttribute } from '../../../../src/core/rules/catalogue/data/dynamoUnusedAttribute';
import { fixed, run } from '../exam/helpers';

const paths = (check: Parameters<typeof catalogueRule>[0], text: string) => run(catalogueRule(check), text).map((found) => found.path?.join('/'));

const table = (properties: string, attributes = '') => `Resources:
  Table:
    Type: AWS::DynamoDB::Table
${attributes}    Properties:
${properties}`;

const keys = `      AttributeDefinitions:
        - {AttributeName: pk, AttributeType: S}
        - {AttributeName: sk, AttributeType: S}
      KeySchema:
        - {AttributeName: pk, KeyType: HASH}
        - {AttributeName: sk, KeyType: RANGE}
`;

describe('CX2410 / CX2411 AttributeDefinitions against the keys', () => {
  it('counts keys of conditional indexes as unknown, never as unused', () => {
    const conditional = `${keys}      GlobalSecondaryIndexes:
        - !If [WithIndex, {IndexName: by-sk, KeySchema: [{AttributeName: sk, KeyType: HASH}], Projection: {ProjectionType: ALL}}, !Ref AWS::NoValue]
`;
    const onlyTable = keys.replace('        - {AttributeName: sk, KeyType: RANGE}\n', '');
    assert.deepEqual(paths(dynamoUnusedAttribute, table(onlyTable)), ['Resources/Table/Properties/AttributeDefinitions/1/AttributeName']);
    assert.deepEqual(paths(dynamoUnusedAttribute, table(conditional.replace('        - {AttributeName: sk, KeyType: RANGE}\n', ''))), []);
    assert.deepEqual(paths(dynamoKeyNotDefined, table(keys)), []);
  });

  it('skips definitions computed by a transform or a parameter', () => {
    const computed = '      AttributeDefinitions: !Ref Definitions\n      KeySchema:\n        - {AttributeName: pk, KeyType: HASH}\n';
    assert.deepEqual(paths(dynamoKeyNotDefined, table(computed)), []);
    const json = '{"Resources": {"T": {"Type": "AWS::DynamoDB::Table", "Properties": {"AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}}}}';
    assert.deepEqual(paths(dynamoKeyNotDefined, json), ['Resources/T/Properties/KeySchema/0/AttributeName']);
  });
});

describe('CX2414 capacity against BillingMode', () => {
  it('allows zero capacity on demand, needs capacity when provisioned by default, skips computed modes', () => {
    const zero = `${keys}      BillingMode: PAY_PER_REQUEST\n      ProvisionedThroughput: {ReadCapacityUnits: 0, WriteCapacityUnits: "0"}\n`;
    assert.deepEqual(paths(dynamoCapacityBillingMode, table(zero)), []);
    assert.deepEqual(paths(dynamoCapacityBillingMode, table(keys)), ['Resources/Table']);
    assert.deepEqual(paths(dynamoCapacityBillingMode, table(`${keys}      BillingMode: !Ref Mode\n`)), []);
    const mode = `Parameters:\n  Mode:\n    Type: String\n    AllowedValues: [PROVISIONED]\n${table(`${keys}      BillingMode: !Ref Mode\n`)}`;
    assert.deepEqual(paths(dynamoCapacityBillingMode, mode), ['Resources/Table/Properties/BillingMode']);
  });
});

describe('CX2415 global table stream', () => {
  it('counts only unconditional replicas and skips strong consistency', () => {
    const global = (replicas: string, extra = '') => `Resources:
  G:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      BillingMode: PAY_PER_REQUEST
${extra}      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
      KeySchema: [{AttributeName: pk, KeyType: HASH}]
      Replicas:
${replicas}`;
    const two = '        - Region: us-east-1\n        - Region: us-west-2\n';
    assert.deepEqual(paths(dynamoGlobalTableStream, global(two)), ['Resources/G/Properties/Replicas']);
    assert.deepEqual(paths(dynamoGlobalTableStream, global('        - Region: us-east-1\n        - !If [Dr, {Region: us-west-2}, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(dynamoGlobalTableStream, global(two, '      MultiRegionConsistency: STRONG\n')), []);
  });
  it('cites the StreamSpecification page, where its quote is', () => {
    assert.equal(
      dynamoGlobalTableStream.rejection?.url,
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-streamspecification.html',
    );
  });
});

describe('CX2418 / CX2419 quick fixes', () => {
  it('turns on point-in-time recovery and adds both Retain policies, and the findings go away', () => {
    const text = table(`      TableName: orders\n${keys}      BillingMode: PAY_PER_REQUEST\n`);
    const [pitr] = run(catalogueRule(dynamoPointInTimeRecovery), text);
    assert.deepEqual(run(catalogueRule(dynamoPointInTimeRecovery), fixed(text, pitr)), []);
    const [retain] = run(catalogueRule(dynamoRetainPolicy), text);
    assert.equal(retain.message, "DynamoDB table 'Table' has no DeletionPolicy or UpdateReplacePolicy Retain: deleting the stack, or an update that replaces the table, deletes its items");
    assert.deepEqual(run(catalogueRule(dynamoRetainPolicy), fixed(text, retain)), []);
  });

  it('names only the missing policy and leaves a conditional policy to the author', () => {
    const deletionOnly = table(keys, '    DeletionPolicy: Retain\n');
    assert.match(run(catalogueRule(dynamoRetainPolicy), deletionOnly)[0].message, /has no UpdateReplacePolicy Retain: an update that replaces the table/);
    assert.deepEqual(paths(dynamoRetainPolicy, table(keys, '    DeletionPolicy: !If [Prod, Retain, Delete]\n    UpdateReplacePolicy: Retain\n')), []);
  });
});

describe('CX2418 global tables', () => {
  const table = (...replicas: string[]) => `Resources:
  Sessions:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
      StreamSpecification: { StreamViewType: NEW_AND_OLD_IMAGES }
      Replicas:
${replicas.map((replica) => `        - ${replica}`).join('\n')}
`;
  const messages = (text: string) => run(catalogueRule(dynamoPointInTimeRecovery), text).map((found) => found.message);
  const on = '{ Region: us-east-1, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }';

  it('names the replicas that leave point-in-time recovery off, each being set on its own', () => {
    assert.deepEqual(messages(table(on, '{ Region: us-west-2, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }')), []);
    assert.deepEqual(messages(table(on, '{ Region: us-west-2 }')), [
      "Global table 'Sessions' has no point-in-time recovery on its replica in us-west-2: each replica sets PointInTimeRecoverySpecification itself, and one without it cannot be restored to a moment before a bad write or delete",
    ]);
    assert.deepEqual(messages(table('{ Region: us-east-1 }', '{ Region: us-west-2 }')), [
      "Global table 'Sessions' has no point-in-time recovery on any replica: each replica sets PointInTimeRecoverySpecification itself, and one without it cannot be restored to a moment before a bad write or delete",
    ]);
  });

  it("words a replica's Region given by Ref", () => {
    const [stackRegion] = messages(table(on, "{ Region: !Ref 'AWS::Region' }"));
    assert.match(stackRegion, /on its replica in the stack's own Region:/);
    const [named] = messages(table(on, '{ Region: !Ref DrRegion }'));
    assert.match(named, /on its replica in the Region DrRegion names:/);
  });
});
