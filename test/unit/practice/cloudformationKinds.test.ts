// Kinds about CloudFormation itself: each answer below is worked out by hand from the AWS pages the
// kinds cite (resource reference "Update requires", DeletionPolicy, UpdateReplacePolicy, DependsOn,
// CreationPolicy, parameters), not from the code under test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creationOrder } from '../../../src/core/practice/generate/kinds/creationOrder';
import { creationSignals } from '../../../src/core/practice/generate/kinds/creationSignals';
import { inPlaceProperty } from '../../../src/core/practice/generate/kinds/inPlaceProperty';
import { parameterNoEcho } from '../../../src/core/practice/generate/kinds/parameterNoEcho';
import { replacedData } from '../../../src/core/practice/generate/kinds/replacedData';
import { replacingProperty } from '../../../src/core/practice/generate/kinds/replacingProperty';
import { stackDeleteData } from '../../../src/core/practice/generate/kinds/stackDeleteData';
import { ask, askOne, rightTexts, whyOf, wrongTexts } from './ask';

const DATABASE = [
  'Resources:',
  '  Db:',
  '    Type: AWS::RDS::DBInstance',
  '    Properties:',
  '      Engine: postgres',
  '      MasterUsername: admin',
  '      DBInstanceClass: db.t3.micro',
  '      AllocatedStorage: "20"',
  '      MasterUserPassword: "{{resolve:secretsmanager:db:SecretString:password}}"',
];

describe('replacing-property', () => {
  it('asks which change replaces the database: MasterUsername (Update requires: Replacement); the others update in place', () => {
    const question = askOne(replacingProperty, ...DATABASE);
    assert.deepEqual(rightTexts(question), ['Change the value of `MasterUsername`']);
    assert.deepEqual(wrongTexts(question), ['Change the value of `AllocatedStorage`', 'Change the value of `DBInstanceClass`', 'Change the value of `MasterUserPassword`']);
    assert.match(whyOf(question, 'Change the value of `MasterUsername`'), /Update requires: Replacement.*`UpdateReplacePolicy` is not set, so it is `Delete`/);
  });

  it('says a custom name makes such an update fail', () => {
    const question = askOne(replacingProperty, ...DATABASE.slice(0, 5), '      DBInstanceIdentifier: orders', ...DATABASE.slice(6));
    const right = rightTexts(question)[0];
    assert.equal(right, 'Change the value of `DBInstanceIdentifier`');
    const named = askOne(replacingProperty, 'Resources:', '  Table:', '    Type: AWS::DynamoDB::Table', '    Properties:', '      TableName: t',
      '      KeySchema: [{AttributeName: id, KeyType: HASH}]', '      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]', '      BillingMode: PAY_PER_REQUEST');
    assert.deepEqual(rightTexts(named), ['Change the value of `TableName`']);
    assert.doesNotMatch(whyOf(named, 'Change the value of `TableName`'), /custom name/);
  });

  it('asks nothing about a resource with no replacing property set, or a SAM resource', () => {
    assert.deepEqual(ask(replacingProperty, 'Resources:', '  Q:', '    Type: AWS::SQS::Queue', '    Properties:', '      VisibilityTimeout: 30'), []);
    assert.deepEqual(ask(replacingProperty, 'Transform: AWS::Serverless-2016-10-31', 'Resources:', '  F:', '    Type: AWS::Serverless::Function', '    Properties:', '      FunctionName: f', '      Runtime: python3.12'), []);
  });
});

describe('in-place-property', () => {
  it('needs three replacing properties the template sets', () => {
    assert.deepEqual(ask(inPlaceProperty, ...DATABASE), []);
    const question = askOne(inPlaceProperty, ...DATABASE, '      DBName: orders', '      StorageEncrypted: true');
    assert.equal(rightTexts(question).length, 1);
    assert.ok(['Change the value of `DBInstanceClass`', 'Change the value of `AllocatedStorage`', 'Change the value of `MasterUserPassword`'].includes(rightTexts(question)[0]));
    assert.deepEqual(wrongTexts(question), ['Change the value of `DBName`', 'Change the value of `MasterUsername`', 'Change the value of `StorageEncrypted`']);
  });
});

describe('update-replace-data', () => {
  it('deletes the old database when UpdateReplacePolicy is left out, whatever DeletionPolicy says', () => {
    const question = askOne(replacedData, DATABASE[0], DATABASE[1], DATABASE[2], '    DeletionPolicy: Retain', ...DATABASE.slice(3));
    assert.deepEqual(rightTexts(question), ['CloudFormation creates the new resource, then deletes the old one and its data']);
    assert.match(question.stem, /changes `MasterUsername`.*\(the resource has `DeletionPolicy: Retain`\)/);
    assert.match(whyOf(question, rightTexts(question)[0]), /no `UpdateReplacePolicy`, so `Delete` applies\. `DeletionPolicy` plays no part/);
  });

  it('snapshots or keeps the old one as UpdateReplacePolicy says; only the name property is changed on a named resource', () => {
    const snapshot = askOne(replacedData, DATABASE[0], DATABASE[1], DATABASE[2], '    UpdateReplacePolicy: Snapshot', ...DATABASE.slice(3), '      DBInstanceIdentifier: orders');
    assert.deepEqual(rightTexts(snapshot), ['CloudFormation creates the new resource, snapshots the old one, then deletes it']);
    assert.match(snapshot.stem, /changes `DBInstanceIdentifier`/);
    const retain = askOne(replacedData, DATABASE[0], DATABASE[1], DATABASE[2], '    UpdateReplacePolicy: Retain', ...DATABASE.slice(3));
    assert.deepEqual(rightTexts(retain), ['CloudFormation creates the new resource and leaves the old one, with its data, in the account outside the stack']);
  });
});

/** An Aurora cluster and a member instance (DBClusterIdentifier set), with `attributes` on the instance. */
const AURORA = (...attributes: string[]) => [
  'Resources:',
  '  Cluster:',
  '    Type: AWS::RDS::DBCluster',
  '    Properties: {Engine: aurora-mysql, MasterUsername: admin, ManageMasterUserPassword: true}',
  '  Writer:',
  '    Type: AWS::RDS::DBInstance',
  ...attributes,
  '    Properties: {Engine: aurora-mysql, DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large, DBInstanceIdentifier: writer}',
];

describe('data questions leave out Aurora cluster instances, whose data is the cluster\'s (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html)', () => {
  it('stack-delete-data asks about the cluster only, whatever the instance\'s DeletionPolicy', () => {
    assert.deepEqual(ask(stackDeleteData, ...AURORA()).map((question) => question.path[1]), ['Cluster']);
    assert.deepEqual(rightTexts(askOne(stackDeleteData, ...AURORA('    DeletionPolicy: Delete'))), ['CloudFormation takes a final snapshot, then deletes it']);
  });

  it('update-replace-data asks nothing about a cluster instance (the same instance outside a cluster is asked about)', () => {
    assert.deepEqual(ask(replacedData, ...AURORA()), []);
    const standalone = AURORA().map((line) => line.replace('DBClusterIdentifier: !Ref Cluster, ', ''));
    assert.deepEqual(ask(replacedData, ...standalone).map((question) => question.path[1]), ['Writer']);
  });
});

describe('stack-delete-data', () => {
  const bucket = (...attributes: string[]) => ['Resources:', '  Logs:', '    Type: AWS::S3::Bucket', ...attributes];

  it('knows the defaults: Snapshot for a DB instance outside a cluster, Delete for a bucket (which fails while it holds objects)', () => {
    assert.deepEqual(rightTexts(askOne(stackDeleteData, ...DATABASE)), ['CloudFormation takes a final snapshot, then deletes it']);
    const logs = askOne(stackDeleteData, ...bucket());
    assert.deepEqual(rightTexts(logs), ['CloudFormation deletes the bucket if it is empty; while it still holds objects the deletion fails']);
    assert.ok(wrongTexts(logs).includes('CloudFormation empties the bucket, then deletes it'));
  });

  it('follows a written policy, and leaves out read replicas, protected and conditional resources', () => {
    assert.deepEqual(rightTexts(askOne(stackDeleteData, ...bucket('    DeletionPolicy: RetainExceptOnCreate'))), ['CloudFormation removes it from the stack but leaves it, with its data, in the account']);
    assert.deepEqual(rightTexts(askOne(stackDeleteData, DATABASE[0], DATABASE[1], DATABASE[2], '    DeletionPolicy: Delete', ...DATABASE.slice(3))), ['CloudFormation deletes it together with its data, keeping no final snapshot']);
    assert.deepEqual(ask(stackDeleteData, ...DATABASE, '      SourceDBInstanceIdentifier: main'), []);
    assert.deepEqual(ask(stackDeleteData, ...DATABASE, '      DeletionProtection: true'), []);
    assert.deepEqual(ask(stackDeleteData, 'Conditions:', '  C: !Equals [a, a]', ...bucket('    Condition: C')), []);
  });
});

describe('creation-order', () => {
  it('answers with a resource the asked one refers to; the others do not precede it', () => {
    const questions = ask(creationOrder, 'Resources:', '  Key:', '    Type: AWS::KMS::Key', '  Topic:', '    Type: AWS::SNS::Topic',
      '    Properties:', '      KmsMasterKeyId: !Ref Key', '  Queue:', '    Type: AWS::SQS::Queue', '  Other:', '    Type: AWS::SQS::Queue', '  Third:', '    Type: AWS::SQS::Queue', '  Alarm:',
      '    Type: AWS::CloudWatch::Alarm', '    DependsOn: Topic', '    Properties:', '      AlarmActions: []');
    assert.deepEqual(questions.map((question) => [question.path[1], rightTexts(question)]), [['Topic', ['`Key`']], ['Alarm', ['`Topic`']]]);
    const [topic] = questions;
    assert.deepEqual(wrongTexts(topic), ['`Alarm`', '`Other`', '`Queue`']);
    assert.deepEqual(wrongTexts(questions[1]), ['`Other`', '`Queue`', '`Third`']);
    assert.match(whyOf(topic, '`Alarm`'), /`Alarm` depends on `Topic`.*created after it/);
    assert.match(whyOf(topic, '`Queue`'), /does not depend on `Queue`.*in parallel/);
  });
});

describe('creation-signals', () => {
  it('counts 1 signal within 5 minutes when Count and Timeout are left out', () => {
    const question = askOne(creationSignals, 'Resources:', '  Web:', '    Type: AWS::EC2::Instance', '    CreationPolicy:', '      ResourceSignal: {}',
      '    Properties:', '      ImageId: ami-12345678');
    assert.deepEqual(rightTexts(question), ['1 success signal (cfn-signal) within 5 min']);
  });

  it('reads Count and Timeout, and leaves groups with an AutoScalingCreationPolicy alone', () => {
    const group = ['Resources:', '  G:', '    Type: AWS::AutoScaling::AutoScalingGroup', '    CreationPolicy:', '      ResourceSignal:', '        Count: 3', '        Timeout: PT1H',
      '    Properties:', '      MinSize: "3"', '      MaxSize: "6"'];
    assert.deepEqual(rightTexts(askOne(creationSignals, ...group)), ['3 success signals (cfn-signal) within 1 h']);
    assert.deepEqual(ask(creationSignals, ...group.slice(0, 4), '      AutoScalingCreationPolicy: {MinSuccessfulInstancesPercent: 50}', ...group.slice(4)), []);
  });
});

describe('parameter-no-echo', () => {
  it('shows asterisks only for NoEcho parameters, and asks only about secret-looking names', () => {
    const questions = ask(parameterNoEcho, 'Parameters:', '  DbPassword: {Type: String, NoEcho: true}', '  ApiToken: {Type: String}', '  KeyName: {Type: String}', 'Resources:',
      '  Q:', '    Type: AWS::SQS::Queue');
    assert.deepEqual(questions.map((question) => [question.path, rightTexts(question)]), [
      [['Parameters', 'DbPassword'], ['Asterisks (*****) instead of the value']],
      [['Parameters', 'ApiToken'], ['The value as it was typed']],
    ]);
  });
});
