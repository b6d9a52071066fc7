import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { before, describe, it } from 'node:test';
import type { Schema } from '../../../src/core/schema';
import additions from '../../../src/core/schema/additions.json';
import { useGeneratedSchema } from './schemaHelper';

const require = createRequire(import.meta.url);

describe('generated schema index, checked against @aws-cdk/aws-service-spec', () => {
  let schema: Schema;
  let specTypes: string[];
  before(() => {
    schema = useGeneratedSchema();
    const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');
    specTypes = loadAwsServiceSpecSync()
      .all('resource')
      .map((resource: { cloudFormationType: string }) => resource.cloudFormationType)
      .sort();
  });

  it('holds every resource type of the package, and no other', () => {
    assert.equal(specTypes.length > 1500, true);
    assert.deepEqual([...schema.resourceTypeNames()].sort(), specTypes);
  });

  it('adds what AWS documented after the spec (additions.json), each with its page, none already in the spec', () => {
    for (const added of additions.types) {
      assert.match(added.source, /^https:\/\/docs\.aws\.amazon\.com\//);
      assert.equal(specTypes.includes(added.type), false, added.type);
    }
    for (const added of additions.properties) {
      assert.match(added.source, /^https:\/\/docs\.aws\.amazon\.com\//);
      const properties = added.definition ? schema.propertyType(added.type, added.definition)!.properties : schema.resourceType(added.type)!.properties;
      assert.equal(properties.get(added.property)!.typeText, added.spec.t, `${added.type} ${added.property}`);
    }
  });

  it('marks required properties: an Auto Scaling group needs MaxSize and MinSize', () => {
    const group = schema.resourceType('AWS::AutoScaling::AutoScalingGroup')!;
    assert.deepEqual(group.required, ['MaxSize', 'MinSize']);
    assert.equal(group.properties.get('MaxSize')!.typeText, 'string');
    assert.equal(group.properties.get('LaunchTemplate')!.typeText, 'LaunchTemplateSpecification');
  });

  it('keeps allowed values: a record set fails over PRIMARY or SECONDARY', () => {
    const failover = schema.resourceType('AWS::Route53::RecordSet')!.properties.get('Failover')!;
    assert.deepEqual(failover.allowedValues, ['PRIMARY', 'SECONDARY']);
  });

  it('keeps update behaviour: renaming a DB instance replaces it', () => {
    const instance = schema.resourceType('AWS::RDS::DBInstance')!;
    assert.equal(instance.properties.get('DBInstanceIdentifier')!.causesReplacement, 'yes');
    assert.equal(instance.properties.get('AllocatedStorage')!.causesReplacement, 'no');
  });

  it('lists GetAtt attributes, dotted ones included: a bucket has Arn', () => {
    const attributes = schema.resourceType('AWS::S3::Bucket')!.attributes;
    assert.deepEqual(
      ['Arn', 'DomainName', 'DualStackDomainName', 'RegionalDomainName', 'WebsiteURL'].filter((name) => attributes.has(name)),
      ['Arn', 'DomainName', 'DualStackDomainName', 'RegionalDomainName', 'WebsiteURL'],
    );
    assert.equal(attributes.get('Arn')!.typeText, 'string');
    assert.equal(schema.resourceType('AWS::RDS::DBInstance')!.attributes.has('Endpoint.Address'), true);
  });

  it('includes SAM types with their properties and the transform they need', () => {
    const fn = schema.resourceType('AWS::Serverless::Function')!;
    assert.equal(fn.transform, 'AWS::Serverless-2016-10-31');
    for (const name of ['Handler', 'Runtime', 'CodeUri', 'Events', 'Policies', 'AutoPublishAlias', 'DeploymentPreference']) {
      assert.equal(fn.properties.has(name), true, name);
    }
    assert.equal(fn.properties.get('Events')!.typeText, 'map<EventSource>');
  });

  it('resolves nested property types, and the built-in Tag', () => {
    const ebs = schema.propertyType('AWS::EC2::Instance', 'Ebs')!;
    assert.equal(ebs.properties.get('VolumeSize')!.typeText, 'integer');
    assert.deepEqual(schema.propertyType('AWS::SQS::Queue', 'Tag')!.required, ['Key', 'Value']);
  });
});
