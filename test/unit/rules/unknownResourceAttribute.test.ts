import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownResourceAttributeRule } from '../../../src/core/rules/unknownResourceAttribute';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Description: logs',
  '    DependOn: Other',
  '    DeletionPolicy: Retain',
  '  Custom:',
  '    Type: Custom::Thing',
  '    Version: "1.0"',
  '    Properties: {ServiceToken: arn}',
  '  Fn:',
  '    Type: AWS::Serverless::Function',
  '    Connectors: {}',
);

describe('E3001 unknown resource attribute', () => {
  it('reports keys a resource cannot have, on the key', () => {
    assert.deepEqual(findingsOf(unknownResourceAttributeRule, TEMPLATE), [
      "W3001 Resources/Bucket/Description 'Description'",
      "E3001 Resources/Bucket/DependOn 'DependOn'",
      "E3001 Resources/Fn/Connectors 'Connectors'",
    ]);
    assert.deepEqual(messagesOf(unknownResourceAttributeRule, TEMPLATE).slice(0, 2), [
      "Unknown resource attribute 'Description': CloudFormation accepts it on a resource but does nothing with it (a Description property, where the type has one, goes under Properties)",
      "Unknown resource attribute 'DependOn'. Did you mean 'DependsOn'?",
    ]);
  });

  it('accepts SAM’s attributes in SAM templates', () => {
    assert.deepEqual(findingsOf(unknownResourceAttributeRule, `Transform: AWS::Serverless-2016-10-31\n${TEMPLATE}`).length, 2);
  });

  it('warns, not errs, on a SAM resource type, whose unknown keys the transform drops', () => {
    const text = yaml('Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Description: orders', '    Properties: {}', '  B:', '    Type: AWS::S3::Bucket', '    Notes: logs');
    assert.deepEqual(findingsOf(unknownResourceAttributeRule, text), ["W3001 Resources/Fn/Description 'Description'", "E3001 Resources/B/Notes 'Notes'"]);
    assert.deepEqual(messagesOf(unknownResourceAttributeRule, text)[0], "Unknown resource attribute 'Description': the SAM transform drops it, so it has no effect");
  });

  it('warns on a conformance pack\'s Controls on a Config rule, and errs on it elsewhere', () => {
    const rule = yaml('Resources:', '  R:', '    Type: AWS::Config::ConfigRule', "    Controls: ['3562']", '    Properties:', '      Source: { Owner: AWS, SourceIdentifier: S3_BUCKET_VERSIONING_ENABLED }');
    assert.deepEqual(findingsOf(unknownResourceAttributeRule, rule), ["W3001 Resources/R/Controls 'Controls'"]);
    assert.match(messagesOf(unknownResourceAttributeRule, rule)[0], /an attribute of AWS Config conformance packs/);
    const bucket = yaml('Resources:', '  B:', '    Type: AWS::S3::Bucket', "    Controls: ['3562']");
    assert.deepEqual(findingsOf(unknownResourceAttributeRule, bucket), ["E3001 Resources/B/Controls 'Controls'"]);
  });

  it('offers the suggestion and removal', () => {
    const text = yaml('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Propertes: {}');
    assert.deepEqual(fixedText(unknownResourceAttributeRule, text), [
      `Change to 'Properties': ${text.replace('Propertes', 'Properties')}`,
      `Remove 'Propertes': ${yaml('Resources:', '  B:', '    Type: AWS::S3::Bucket')}`,
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Condtion": "IsProd"}}}';
    assert.deepEqual(findingsOf(unknownResourceAttributeRule, text, 'json'), ["E3001 Resources/B/Condtion '\"Condtion\"'"]);
    assert.deepEqual(fixedText(unknownResourceAttributeRule, text, 'json'), [
      `Change to 'Condition': ${text.replace('Condtion', 'Condition')}`,
      `Remove 'Condtion': {"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`,
    ]);
  });
});
