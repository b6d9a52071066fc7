import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownPropertyRule } from '../../../src/core/rules/unknownProperty';
import { parseTemplate } from '../../../src/core/template';
import { gatedRun } from './gatedRun';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Conditions:',
  '  IsProd: !Equals [!Ref AWS::StackName, prod]',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketNam: logs',
  '      VersioningConfiguration:',
  '        Status: Enabled',
  '        Mode: fast',
  '      LifecycleConfiguration: !If',
  '        - IsProd',
  '        - Rules: []',
  '          Extra: 1',
  '        - !Ref AWS::NoValue',
  '  Custom:',
  '    Type: Custom::Thing',
  '    Properties:',
  '      ServiceToken: arn',
  '      Anything: goes',
  '  Spliced:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      Fn::Transform: {Name: AddProps}',
  '      Whatever: 1',
  '  Unknown:',
  '    Type: AWS::Nope::Nope',
  '    Properties: {Foo: 1}',
);

describe('E3002 unknown property', () => {
  it('reports unknown keys on the key, at every depth and inside Fn::If branches', () => {
    assert.deepEqual(findingsOf(unknownPropertyRule, TEMPLATE), [
      "E3002 Resources/Bucket/Properties/BucketNam 'BucketNam'",
      "E3002 Resources/Bucket/Properties/VersioningConfiguration/Mode 'Mode'",
      "E3002 Resources/Bucket/Properties/LifecycleConfiguration/Fn::If/1/Extra 'Extra'",
    ]);
    assert.deepEqual(messagesOf(unknownPropertyRule, TEMPLATE), [
      "Unknown property 'BucketNam' in AWS::S3::Bucket. Did you mean 'BucketName'?",
      "Unknown property 'Mode' in VersioningConfiguration (AWS::S3::Bucket)",
      "Unknown property 'Extra' in LifecycleConfiguration (AWS::S3::Bucket)",
    ]);
  });

  it('offers the suggestion, and removing the key', () => {
    const fixes = fixedText(unknownPropertyRule, yaml('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties:', '      BucketNam: logs', '      Tags: []'));
    assert.deepEqual(fixes, [
      `Change to 'BucketName': ${yaml('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties:', '      BucketName: logs', '      Tags: []')}`,
      `Remove 'BucketNam': ${yaml('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags: []')}`,
    ]);
  });

  it('works in JSON: spans keep the quotes, removal takes the comma', () => {
    const text = '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [], "bucketName": "x"}}}}';
    assert.deepEqual(findingsOf(unknownPropertyRule, text, 'json'), ["E3002 Resources/B/Properties/bucketName '\"bucketName\"'"]);
    assert.deepEqual(fixedText(unknownPropertyRule, text, 'json'), [
      `Change to 'BucketName': ${text.replace('"bucketName"', '"BucketName"')}`,
      `Remove 'bucketName': {"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": []}}}}`,
    ]);
  });

  it('warns, not errs, on a read-only property of the registry schema, which CloudFormation does not reject', () => {
    const text = yaml('Resources:', '  Group:', '    Type: AWS::Redshift::ClusterSubnetGroup', '    Properties:', '      Description: d', '      SubnetIds: [subnet-12345678]', '      ClusterSubnetGroupName: x', '      Bogus: 1');
    assert.deepEqual(findingsOf(unknownPropertyRule, text), ["E3002 Resources/Group/Properties/ClusterSubnetGroupName 'ClusterSubnetGroupName'", "E3002 Resources/Group/Properties/Bogus 'Bogus'"]);
    assert.deepEqual(messagesOf(unknownPropertyRule, text), [
      "'ClusterSubnetGroupName' is read-only for AWS::Redshift::ClusterSubnetGroup (an attribute Fn::GetAtt returns): CloudFormation does not reject it as a property but may ignore it",
      "Unknown property 'Bogus' in AWS::Redshift::ClusterSubnetGroup",
    ]);
    assert.deepEqual(gatedRun(unknownPropertyRule, parseTemplate(text, 'yaml')).map((found) => found.severity), ['warning', 'error']);
  });

  it('takes a property the registry declares though the specification\'s index lacks it (GeoProximityLocation)', () => {
    const text = yaml('Resources:', '  R:', '    Type: AWS::Route53::RecordSet', '    Properties:', '      HostedZoneId: Z123', '      Name: www.example.com', '      Type: A', '      SetIdentifier: east', '      GeoProximityLocation: {AWSRegion: us-east-1, Bias: 10}', '      Bogus: 1');
    assert.deepEqual(findingsOf(unknownPropertyRule, text), ["E3002 Resources/R/Properties/Bogus 'Bogus'"]);
  });

  it('stays silent on SAM types, whose spec lags behind SAM', () => {
    const text = yaml('Transform: AWS::Serverless-2016-10-31', 'Resources:', '  F:', '    Type: AWS::Serverless::Function', '    Properties:', '      SnapStart: {ApplyOn: PublishedVersions}');
    assert.deepEqual(findingsOf(unknownPropertyRule, text), []);
  });
});
