import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setToday } from '../../../src/core/clock';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { itemsAt, labelsAt, sortedLabels } from './cursorHelper';

const YAML_GROUP = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MaxSize: '2'
`;

const JSON_GROUP = (inner: string) =>
  `{\n  "Resources": {\n    "Group": {\n      "Type": "AWS::AutoScaling::AutoScalingGroup",\n      "Properties": {\n        ${inner}\n      }\n    }\n  }\n}`;

describe('property completion', () => {
  before(() => useGeneratedSchema());

  it('offers the properties not yet present, required ones first (YAML)', () => {
    const items = itemsAt(YAML_GROUP + '      ‸', 'yaml');
    const labels = sortedLabels(items);
    assert.equal(labels[0], 'MinSize');
    assert.ok(!labels.includes('MaxSize'));
    assert.ok(labels.includes('LaunchTemplate') && labels.includes('HealthCheckType') && labels.includes('Tags'));
    assert.ok(labels.indexOf('MinSize') < labels.indexOf('AvailabilityZones'));
  });

  it('inserts a value skeleton by type, indented for the place (YAML)', () => {
    const items = itemsAt(YAML_GROUP + '      Lau‸', 'yaml');
    const byLabel = new Map(items.map((item) => [item.label, item]));
    assert.equal(byLabel.get('MinSize')?.insertText, 'MinSize: $1');
    assert.equal(byLabel.get('LaunchTemplate')?.insertText, 'LaunchTemplate:\n        $1');
    assert.equal(byLabel.get('Tags')?.insertText, 'Tags:\n        - $1');
    assert.equal(byLabel.get('CapacityRebalance')?.insertText, 'CapacityRebalance: ${1|true,false|}');
    assert.equal(byLabel.get('LaunchTemplate')?.keepIndentation, true);
    assert.equal(byLabel.get('LaunchTemplate')?.retrigger, true);
    const text = YAML_GROUP + '      Lau';
    assert.deepEqual(byLabel.get('MinSize')?.replace, { start: text.length - 3, end: text.length });
  });

  it('documents a property with its type, required, update behaviour and docs', () => {
    const minSize = itemsAt(YAML_GROUP + '      ‸', 'yaml').find((item) => item.label === 'MinSize');
    assert.equal(minSize?.detail, 'String · Required');
    assert.match(minSize?.documentation ?? '', /\*\*Update:\*\* Changing it does not replace the resource \(some changes interrupt it, a few are not supported: see its page\)\./);
    assert.match(minSize?.documentation ?? '', /minimum size of the group/);
    const name = itemsAt(YAML_GROUP + '      ‸', 'yaml').find((item) => item.label === 'AutoScalingGroupName');
    assert.match(name?.documentation ?? '', /\*\*Update:\*\* Changing this replaces the resource\./);
  });

  it('offers the properties of a nested type, and of list items', () => {
    const nested = labelsAt(YAML_GROUP + '      LaunchTemplate:\n        ‸', 'yaml').sort();
    assert.deepEqual(nested, ['LaunchTemplateId', 'LaunchTemplateName', 'Version']);
    const tagItem = itemsAt(YAML_GROUP + '      Tags:\n        - ‸', 'yaml');
    assert.deepEqual(sortedLabels(tagItem), ['Key', 'PropagateAtLaunch', 'Value']);
    assert.equal(tagItem.find((item) => item.label === 'PropagateAtLaunch')?.insertText, 'PropagateAtLaunch: ${1|true,false|}');
    const secondKey = labelsAt(YAML_GROUP + '      Tags:\n        - Key: a\n          ‸', 'yaml');
    assert.deepEqual(secondKey.sort(), ['PropagateAtLaunch', 'Value']);
  });

  it('indents list and map skeletons under a list item by the template’s unit', () => {
    const text = `Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - ‸`;
    const items = itemsAt(text, 'yaml');
    assert.equal(items.find((item) => item.label === 'AttributeName')?.insertText, 'AttributeName: $1');
    const gsi = itemsAt(`Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      GlobalSecondaryIndexes:\n        - ‸`, 'yaml');
    assert.equal(gsi.find((item) => item.label === 'KeySchema')?.insertText, 'KeySchema:\n            - $1');
  });

  it('writes JSON skeletons: "" for strings, [] for lists, {} for objects, with the comma a next key needs', () => {
    const items = itemsAt(JSON_GROUP('"‸"\n        "MaxSize": "2"'), 'json');
    const byLabel = new Map(items.map((item) => [item.label, item]));
    assert.equal(byLabel.get('MinSize')?.insertText, '"MinSize": "$1",');
    assert.equal(byLabel.get('Tags')?.insertText, '"Tags": [$1],');
    assert.equal(byLabel.get('LaunchTemplate')?.insertText, '"LaunchTemplate": {$1},');
    assert.equal(byLabel.get('MinSize')?.filterText, '"MinSize"');
    assert.equal(sortedLabels(items)[0], 'MinSize');
    assert.ok(!byLabel.has('MaxSize'));
  });

  it('adds the comma a previous JSON entry lacks', () => {
    const marked = JSON_GROUP('"MaxSize": "2"\n        "Min‸"');
    const item = itemsAt(marked, 'json').find((candidate) => candidate.label === 'MinSize');
    const afterMaxSize = marked.indexOf('"2"') + 3;
    assert.deepEqual(item?.additionalEdits, [{ span: { start: afterMaxSize, end: afterMaxSize }, newText: ',' }]);
    assert.equal(item?.insertText, '"MinSize": "$1"');
  });

  it('inserts only the name when the key already has its colon', () => {
    const item = itemsAt(YAML_GROUP + "      Mi‸: '1'", 'yaml').find((candidate) => candidate.label === 'MinSize');
    assert.equal(item?.insertText, 'MinSize');
  });
});

describe('property value completion', () => {
  before(() => useGeneratedSchema());

  it('offers the allowed values of a property first, then intrinsic functions', () => {
    const text = `Resources:\n  Record:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Failover: ‸`;
    const labels = sortedLabels(itemsAt(text, 'yaml'));
    assert.deepEqual(labels.slice(0, 2), ['PRIMARY', 'SECONDARY']);
    assert.ok(labels.includes('!Ref') && labels.includes('!Sub'));
  });

  it('quotes values in JSON', () => {
    const text = `{"Resources": {"Record": {"Type": "AWS::Route53::RecordSet", "Properties": {"Failover": "P‸"}}}}`;
    const primary = itemsAt(text, 'json').find((item) => item.label === 'PRIMARY');
    assert.equal(primary?.insertText, '"PRIMARY"');
    assert.equal(primary?.filterText, '"PRIMARY"');
  });

  it('looks through Fn::If branches and list items', () => {
    const bucket = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n';
    const branch = bucket + '      VersioningConfiguration: !If\n        - IsProd\n        - Status: ‸';
    assert.deepEqual(sortedLabels(itemsAt(branch, 'yaml')).slice(0, 2), ['Enabled', 'Suspended']);
    const group = 'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      TargetGroupARNs:\n        - !Ref ‸';
    assert.ok(labelsAt(group, 'yaml').includes('AWS::Region'));
  });

  it('offers true and false for a Boolean', () => {
    const labels = labelsAt(YAML_GROUP + '      CapacityRebalance: ‸', 'yaml');
    assert.deepEqual(labels.slice(0, 2), ['true', 'false']);
  });
});

describe('completion in a new template without AWSTemplateFormatVersion', () => {
  before(() => useGeneratedSchema());

  it('offers resource types and resource keys to the first resource, YAML and JSON, and nothing to a YAML that is no template', () => {
    assert.ok(labelsAt('Resources:\n  Bucket:\n    Type: ‸', 'yaml').includes('AWS::S3::Bucket'));
    assert.ok(labelsAt('Resources:\n  Bucket:\n    Ty‸', 'yaml').includes('Type'));
    assert.ok(labelsAt('{"Resources": {"Bucket": {"Type": "‸"}}}', 'json').includes('AWS::S3::Bucket'));
    assert.deepEqual(labelsAt('apiVersion: v1\nkind: Pod\nResources:\n  Bucket:\n    Type: ‸', 'yaml'), []);
    assert.deepEqual(labelsAt('version: 0.2\nphases:\n  build:\n    commands: ‸', 'yaml'), []);
  });
});

describe('completion in an unclosed JSON string', () => {
  before(() => useGeneratedSchema());

  it('replaces the word typed, not the brackets that follow on the line', () => {
    const text = '{"Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}, "Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "Buc‸}}}}}';
    const item = itemsAt(text, 'json').find((candidate) => candidate.label === 'Bucket')!;
    const start = text.lastIndexOf('"Buc');
    assert.deepEqual(item.replace, { start, end: start + 4 });
  });
});

describe('Lambda runtime completion', () => {
  before(() => {
    useGeneratedSchema();
    setToday('2026-12-06');
  });
  after(() => setToday(undefined));
  const FUNCTION = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
`;

  it('leaves out runtimes Lambda no longer creates functions on, and puts deprecated ones last, marked', () => {
    const items = itemsAt(`${FUNCTION}      Runtime: ‸`, 'yaml');
    const labels = sortedLabels(items);
    assert.ok(labels.includes('python3.13') && labels.includes('nodejs22.x'));
    for (const blocked of ['python2.7', 'go1.x', 'nodejs12.x', 'dotnetcore3.1']) assert.ok(!labels.includes(blocked), blocked);
    const deprecated = items.filter((item) => item.deprecated).map((item) => item.label);
    assert.ok(deprecated.length > 0);
    assert.ok(deprecated.every((label) => labels.indexOf(label) > labels.indexOf('python3.13')));
    const key = itemsAt(`${FUNCTION}      Runt‸`, 'yaml').find((item) => item.label === 'Runtime')!;
    assert.ok(!key.insertText.includes('go1.x') && key.insertText.includes('python3.13'));
  });
});

describe('Transform values and Metadata keys', () => {
  before(() => useGeneratedSchema());

  it('offers the transforms CloudFormation hosts, and the Metadata keys of the template and of a resource', () => {
    assert.deepEqual(labelsAt("AWSTemplateFormatVersion: '2010-09-09'\nTransform: ‸\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n", 'yaml').slice(0, 2), ['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);
    assert.ok(labelsAt('{"Transform": ["‸"], "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}', 'json').includes('AWS::CodeDeployBlueGreen'));
    assert.deepEqual(labelsAt("AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  ‸\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n", 'yaml'), ['AWS::CloudFormation::Interface', 'cfn-lint']);
    assert.deepEqual(labelsAt("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Web:\n    Type: AWS::EC2::Instance\n    Metadata:\n      AWS::CloudFormation::Init: {}\n      ‸\n", 'yaml'), ['AWS::CloudFormation::Authentication', 'cfn-lint']);
  });
});
