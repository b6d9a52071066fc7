import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { replacementDiff, samePlain } from '../../../src/core/graph';
import { setSchemaSource } from '../../../src/core/schema';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

const yaml = (...lines: string[]) => parseTemplate(lines.join('\n') + '\n', 'yaml');

const SAVED = yaml(
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: exam-data',
  '      Tags: [{Key: team, Value: a}]',
  '  Database:',
  '    Type: AWS::RDS::DBInstance',
  '    Properties:',
  '      DBInstanceIdentifier: exam-db',
  '      MultiAZ: false',
  '      AllocatedStorage: "20"',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      VisibilityTimeout: 30',
  '      RedrivePolicy: {maxReceiveCount: 3, deadLetterTargetArn: arn}',
);

describe('replacementDiff', () => {
  before(() => useGeneratedSchema());

  it('finds nothing when only properties that update in place change, or map keys move', () => {
    const current = yaml(
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      Tags: [{Value: b, Key: team}]',
      '      BucketName: "exam-data"',
      '  Database:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      DBInstanceIdentifier: exam-db',
      '      MultiAZ: false',
      '      AllocatedStorage: "50"',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      RedrivePolicy: {deadLetterTargetArn: arn, maxReceiveCount: 3}',
      '      VisibilityTimeout: 60',
    );
    assert.deepEqual(replacementDiff(SAVED, current), []);
  });

  it('marks changed, added and removed properties that require replacement, or may', () => {
    const current = yaml(
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: jobs',
      '      VisibilityTimeout: 30',
      '      RedrivePolicy: {maxReceiveCount: 3, deadLetterTargetArn: arn}',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      Tags: [{Key: team, Value: a}]',
      '  Database:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      MultiAZ: true',
      '      DBInstanceIdentifier: !Sub "${AWS::StackName}-db"',
      '      AllocatedStorage: "20"',
    );
    assert.deepEqual(replacementDiff(SAVED, current), [
      { logicalId: 'Queue', reason: 'properties', effect: 'replaces', properties: [{ path: 'QueueName', effect: 'replaces' }] },
      { logicalId: 'Bucket', reason: 'properties', effect: 'replaces', properties: [{ path: 'BucketName', effect: 'replaces' }] },
      {
        logicalId: 'Database',
        reason: 'properties',
        effect: 'replaces',
        properties: [
          { path: 'MultiAZ', effect: 'may replace' },
          { path: 'DBInstanceIdentifier', effect: 'replaces' },
        ],
      },
    ]);
  });

  it("says 'may replace' when every replacing change only may", () => {
    const current = yaml(
      'Resources:',
      '  Database:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      DBInstanceIdentifier: exam-db',
      '      MultiAZ: true',
      '      AllocatedStorage: "20"',
    );
    assert.deepEqual(replacementDiff(SAVED, current), [
      { logicalId: 'Database', reason: 'properties', effect: 'may replace', properties: [{ path: 'MultiAZ', effect: 'may replace' }] },
    ]);
  });

  it('looks into changed objects whose own update is in place', () => {
    const fleet = (capacityType: string) =>
      yaml(
        'Resources:',
        '  Fleet:',
        '    Type: AWS::EC2::EC2Fleet',
        '    Properties:',
        '      TargetCapacitySpecification:',
        `        DefaultTargetCapacityType: ${capacityType}`,
        '        TotalTargetCapacity: 2',
      );
    assert.deepEqual(replacementDiff(fleet('spot'), fleet('on-demand')), [
      {
        logicalId: 'Fleet',
        reason: 'properties',
        effect: 'replaces',
        properties: [{ path: 'TargetCapacitySpecification.DefaultTargetCapacityType', effect: 'replaces' }],
      },
    ]);
  });

  it('reports a changed type, and new logical IDs with the saved one they seem renamed from', () => {
    const current = yaml(
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::BucketPolicy',
      '  ExamDatabase:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      DBInstanceIdentifier: exam-db',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      VisibilityTimeout: 30',
      '      RedrivePolicy: {maxReceiveCount: 3, deadLetterTargetArn: arn}',
    );
    assert.deepEqual(replacementDiff(SAVED, current), [
      { logicalId: 'Bucket', reason: 'type', effect: 'blocked', properties: [], previousType: 'AWS::S3::Bucket' },
      { logicalId: 'ExamDatabase', reason: 'added', effect: 'creates', properties: [], renamedFrom: 'Database' },
      { logicalId: 'Topic', reason: 'added', effect: 'creates', properties: [] },
    ]);
  });

  it('compares nothing when the saved file is not a template', () => {
    assert.deepEqual(replacementDiff(yaml('just: text'), SAVED), []);
  });

  it('without the schema, still reports type changes and new logical IDs', () => {
    setSchemaSource(undefined);
    try {
      const current = yaml('Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', '      BucketName: other', '  Extra:', '    Type: AWS::SNS::Topic');
      assert.deepEqual(replacementDiff(SAVED, current), [{ logicalId: 'Extra', reason: 'added', effect: 'creates', properties: [] }]);
    } finally {
      useGeneratedSchema();
    }
  });
});

describe('samePlain', () => {
  it('ignores the order of map keys, not of list items', () => {
    assert.equal(samePlain({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }), true);
    assert.equal(samePlain([1, 2], [2, 1]), false);
    assert.equal(samePlain({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(samePlain('20', 20), false);
  });
});
