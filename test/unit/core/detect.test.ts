import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, formatOf, parseTemplate, type TemplateFormat } from '../../../src/core';

const isTemplate = (text: string, format: TemplateFormat = 'yaml') => parseTemplate(text, format).isTemplate;

describe('template detection', () => {
  it('knows a template by its format version', () => {
    assert.equal(isTemplate('AWSTemplateFormatVersion: "2010-09-09"\n'), true);
  });
  it('knows a template by typed resources', () => {
    assert.equal(isTemplate('Resources:\n  Thing:\n    Type: AWS::IoT::Thing\n    Properties: {ThingName: sensor}\n'), true);
    assert.equal(isTemplate('Resources:\n  Thing:\n    Type: AWS::IoT::Thing\n    Properties: {AttributePayload: {Attributes: {serial: a1}}}\n'), true);
    assert.equal(isTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'), true);
    assert.equal(isTemplate('{"Resources": {"C": {"Type": "Custom::Thing"}}}', 'json'), true);
    assert.equal(isTemplate('Resources:\n  Wait:\n    Type: AwsCommunity::Time::Sleep\n    Properties: { Seconds: 60 }\n'), true);
  });
  it('knows a SAM template by its transform', () => {
    assert.equal(isTemplate('Transform: AWS::Serverless-2016-10-31\n'), true);
    assert.equal(isTemplate('Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n'), true);
    assert.equal(isTemplate("Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Topics:\n    - Name\n    - [a, b]\n    - '${Name}Topic': {Type: AWS::SNS::Topic}\n"), true);
  });
  it('is not fooled by a package.json that carries a SAM transform key', () => {
    assert.equal(isTemplate('{"dependencies": {"aws-cdk-lib": "2.0.0"}, "Transform": "AWS::Serverless-2016-10-31"}', 'json'), false);
    assert.equal(isTemplate('Transform: AWS::Serverless-2016-10-31\nGlobals: {}\nextra: 1\n'), true);
  });
  it('stays silent on files that are not templates', () => {
    const kubernetes = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n';
    const packageJson = '{"name": "x", "version": "1.0.0", "scripts": {"test": "node t"}}';
    const workflow = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
    const brokenNonTemplate = 'key: [unclosed\n';
    // A Serverless Framework file holds a Resources section of its own; a key written twice does not make it a template.
    const iotProvisioning =
      '{"Parameters": {"ThingName": {"Type": "String"}}, "Resources": {"thing": {"Type": "AWS::IoT::Thing", "Properties": {"ThingName": {"Ref": "ThingName"}, "ThingGroups": ["g"]}, "OverrideSettings": {"ThingGroups": "DO_NOTHING"}}}}';
    // The register-thing example of the AWS IoT guide: attributes straight under AttributePayload.
    const iotRegisterThing =
      '{"Parameters": {"SerialNumber": {"Type": "String"}}, "Resources": {"thing": {"Type": "AWS::IoT::Thing", "Properties": {"AttributePayload": {"serialNumber": {"Ref": "SerialNumber"}}}}, "policy": {"Type": "AWS::IoT::Policy", "Properties": {"PolicyDocument": "{}"}}}}';
    const serverlessFramework = 'service: app\nprovider: {name: aws}\nresources:\nresources:\n  Resources:\n    T:\n      Type: AWS::SNS::Topic\n';
    for (const [text, format] of [[kubernetes, 'yaml'], [packageJson, 'json'], [workflow, 'yaml'], [brokenNonTemplate, 'yaml'], [serverlessFramework, 'yaml'], [iotProvisioning, 'json'], [iotRegisterThing, 'json']] as const) {
      const template = parseTemplate(text, format);
      assert.equal(template.isTemplate, false, text);
      assert.deepEqual(analyze(template).findings, []);
    }
  });
  it('still knows a template that is too broken to parse into a map', () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n  - oops\n';
    const template = parseTemplate(text, 'yaml');
    assert.equal(template.isTemplate, true);
    assert.ok(analyze(template).findings.length > 0);
  });
  it('leaves a Jinja or ERB source that fails on its own tags alone, but not a template broken elsewhere', () => {
    const jinja = "{% from 'vpc.macros' import subnets %}\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n";
    const expression = "Parameters:\n  Email:\n    Type: String\n    Default: {{ MainAccount['Email'] }}\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
    const erb = 'Resources:\n<% buckets.each do |name| %>\n  Bucket:\n    Type: AWS::S3::Bucket\n<% end %>\n';
    for (const text of [jinja, expression, erb]) {
      const template = parseTemplate(text, 'yaml');
      assert.equal(template.isTemplate, false, text);
      assert.deepEqual(analyze(template).findings, []);
    }
    // A cloud-init Jinja script in UserData is text of a template that is broken at another line.
    const broken = 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      UserData: |\n        {% if v1.region == "us-east-1" %}\n  - oops\n';
    assert.equal(parseTemplate(broken, 'yaml').isTemplate, true);
  });
  it('reports a template too large to analyse, without parsing it', () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n' + '#'.repeat(6_000_000) + '\n';
    const template = parseTemplate(text, 'yaml');
    assert.equal(template.root, undefined);
    assert.match(analyze(template).findings[0].message, /too large to analyse/);
  });
});

describe('formatOf', () => {
  it('reads a JSON template opened as YAML as JSON, so its edits stay JSON; flow-style YAML stays YAML', () => {
    assert.equal(formatOf('yaml', 'app.template', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}'), 'json');
    assert.equal(formatOf('yaml', 'app.yaml', '{Resources: {Q: {Type: AWS::SQS::Queue}}}'), 'yaml');
    assert.equal(formatOf('yaml', 'app.yaml', 'Resources:\n  Q: {"Type": "AWS::SQS::Queue"}\n'), 'yaml');
    assert.equal(formatOf('json', 'app.json', '{}'), 'json');
  });
});

describe('JSON with a // comment and a trailing comma', () => {
  it('stays a template with its JSON errors: read as YAML the comment would swallow the Resources key', () => {
    const template = parseTemplate('{\n  // a comment\n  "Resources": {\n    "Q": {"Type": "AWS::SQS::Queue",},\n  },\n}\n', 'json');
    assert.equal(template.isTemplate, true);
    assert.equal(template.parseFindings[0].message, 'JSON templates cannot contain comments');
  });
});
