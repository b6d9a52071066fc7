import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedValuesRule } from '../../../src/core/rules/allowedValues';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Resources:',
  '  Primary:',
  '    Type: AWS::Route53::RecordSet',
  '    Properties: {Name: a., Type: A, Failover: primary}',
  '  Secondary:',
  '    Type: AWS::Route53::RecordSet',
  '    Properties: {Name: a., Type: A, Failover: SECONDARY}',
  '  Third:',
  '    Type: AWS::Route53::RecordSet',
  '    Properties: {Name: a., Type: A, Failover: !Ref Role}',
);

describe('E3030 allowed values', () => {
  it('reports values the schema does not list, on the value', () => {
    assert.deepEqual(findingsOf(allowedValuesRule, TEMPLATE), ["E3030 Resources/Primary/Properties/Failover 'primary'"]);
    assert.deepEqual(messagesOf(allowedValuesRule, TEMPLATE), ["Failover must be one of PRIMARY, SECONDARY, not 'primary' (did you mean 'PRIMARY'?)"]);
  });

  it('says when YAML read the word written as a boolean (ON, yes, off)', () => {
    const text = (status: string) => yaml('Resources:', '  Fs:', '    Type: AWS::EFS::FileSystem', `    Properties: {BackupPolicy: {Status: ${status}}}`);
    assert.deepEqual(messagesOf(allowedValuesRule, text('ON')), ["Status must be one of DISABLED, ENABLED, not 'true' (written ON, which YAML reads as the boolean true)"]);
    assert.deepEqual(messagesOf(allowedValuesRule, text('true')), ["Status must be one of DISABLED, ENABLED, not 'true'"]);
  });

  it('fixes the case', () => {
    assert.deepEqual(fixedText(allowedValuesRule, TEMPLATE), [`Change to 'PRIMARY': ${TEMPLATE.replace('Failover: primary', 'Failover: PRIMARY')}`]);
  });

  it("is an error for a parameter's Default, a warning for its other allowed values (the stack deploys with the Default)", () => {
    const text = (defaultValue: string) =>
      yaml(
        'Parameters:',
        `  Versioning: {Type: String, Default: ${defaultValue}, AllowedValues: [Enabled, Suspended, 'Off']}`,
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties: {VersioningConfiguration: {Status: !Ref Versioning}}',
      );
    const severities = (template: string) => allowedValuesRule.run(parseTemplate(template, 'yaml')).map((found) => `${found.severity} ${found.message}`);
    assert.deepEqual(severities(text('Enabled')), [
      "warning Status must be one of Enabled, Suspended, not 'Off' (the value comes from one of the AllowedValues of parameter 'Versioning': a stack given that value fails)",
    ]);
    assert.deepEqual(severities(text("'Off'")), ["error Status must be one of Enabled, Suspended, not 'Off' (the value comes from the Default of parameter 'Versioning')"]);
    // Without a Default, a choice that fails is a warning while another deploys, an error when none does.
    const noDefault = (allowed: string) =>
      yaml('Parameters:', `  Versioning: {Type: String, AllowedValues: [${allowed}]}`, 'Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties: {VersioningConfiguration: {Status: !Ref Versioning}}');
    assert.deepEqual(severities(noDefault("Enabled, 'Off'")).map((line) => line.split(' ')[0]), ['warning']);
    assert.deepEqual(severities(noDefault("'On', 'Off'")).map((line) => line.split(' ')[0]), ['error', 'error']);
    // Several failing choices of one parameter are said once.
    const many = text('Enabled').replace("AllowedValues: [Enabled, Suspended, 'Off']", "AllowedValues: [Enabled, Suspended, 'Off', 'On']");
    assert.deepEqual(severities(many), [
      "warning Status must be one of Enabled, Suspended, not 'Off' or 'On' (each is one of the AllowedValues of parameter 'Versioning': a stack given that value fails)",
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"R": {"Type": "AWS::Route53::RecordSet", "Properties": {"Name": "a.", "Type": "A", "Failover": "BOTH"}}}}';
    assert.deepEqual(findingsOf(allowedValuesRule, text, 'json'), ["E3030 Resources/R/Properties/Failover '\"BOTH\"'"]);
  });
});
