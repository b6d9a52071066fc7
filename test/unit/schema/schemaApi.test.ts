import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { describeValueType, documentationUrlOf, parseValueType, resolveResourcePath, Schema, type SchemaSource } from '../../../src/core/schema';
import { SCHEMA_DIR, useGeneratedSchema } from './schemaHelper';
import { nodeSchemaSource } from '../../../src/server/schemaSource';

const useGeneratedSchemaSource = () => nodeSchemaSource(SCHEMA_DIR);

describe('Schema API', () => {
  let schema: Schema;
  before(() => {
    schema = useGeneratedSchema();
  });

  it('parses compact types', () => {
    assert.deepEqual(parseValueType('list<map<string>>'), {
      kind: 'list',
      element: { kind: 'map', element: { kind: 'primitive', name: 'string' } },
    });
    assert.deepEqual(parseValueType('string|list<A|B>'), {
      kind: 'union',
      types: [
        { kind: 'primitive', name: 'string' },
        { kind: 'list', element: { kind: 'union', types: [{ kind: 'object', name: 'A' }, { kind: 'object', name: 'B' }] } },
      ],
    });
    assert.equal(describeValueType(parseValueType('list<Tag>')), 'List of Tag');
  });

  it('resolves a path inside Properties, through lists and Fn::If branches', () => {
    const version = resolveResourcePath(schema, 'AWS::AutoScaling::AutoScalingGroup', ['Properties', 'LaunchTemplate', 'Version']);
    assert.equal(version?.property?.name, 'Version');
    assert.equal(version?.type.kind, 'primitive');
    const ebs = resolveResourcePath(schema, 'AWS::EC2::Instance', ['Properties', 'BlockDeviceMappings', 0, 'Fn::If', 1, 'Ebs']);
    assert.equal(ebs?.object?.name, 'AWS::EC2::Instance.Ebs');
    assert.equal(resolveResourcePath(schema, 'AWS::EC2::Instance', ['Properties'])?.object?.name, 'AWS::EC2::Instance');
  });

  it('gives nothing outside Properties or for unknown names', () => {
    assert.equal(resolveResourcePath(schema, 'AWS::AutoScaling::AutoScalingGroup', ['UpdatePolicy', 'AutoScalingRollingUpdate']), undefined);
    assert.equal(resolveResourcePath(schema, 'AWS::S3::Bucket', ['Properties', 'Nope']), undefined);
    assert.equal(resolveResourcePath(schema, 'AWS::Nope::Thing', ['Properties']), undefined);
  });

  it('reads one chunk per service, once, and its registry constraints once', () => {
    const reads: string[] = [];
    const counting: SchemaSource = { read: (name) => (reads.push(name), useGeneratedSchemaSource().read(name)) };
    const lazy = new Schema(counting);
    lazy.resourceType('AWS::EC2::Instance');
    lazy.resourceType('AWS::EC2::VPC');
    lazy.propertyType('AWS::EC2::Instance', 'Ebs');
    assert.deepEqual(reads, ['index', 'aws-ec2', 'registry/index', 'registry/aws-ec2']);
  });

  it('is empty, not failing, without an index', () => {
    const empty = new Schema({ read: () => undefined });
    assert.deepEqual(empty.resourceTypeNames(), []);
    assert.equal(empty.resourceType('AWS::S3::Bucket'), undefined);
  });

  it('links AWS documentation pages', () => {
    assert.equal(schema.resourceType('AWS::S3::Bucket')?.documentationUrl, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html');
    assert.equal(documentationUrlOf('AWS::EC2::Instance', 'Ebs'), 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-ebs.html');
  });
});
