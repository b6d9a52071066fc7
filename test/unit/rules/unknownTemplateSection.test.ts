import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownTemplateSectionRule } from '../../../src/core/rules/unknownTemplateSection';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

describe('E1001 unknown template section', () => {
  it('reports top-level keys that are not sections, and a wrong format version', () => {
    const text = yaml('AWSTemplateFormatVersion: "2010-09-10"', 'Parameter: {}', 'Hooks: {}', 'Resources:', '  B: {Type: AWS::S3::Bucket}');
    assert.deepEqual(findingsOf(unknownTemplateSectionRule, text), [
      "E1001 Parameter 'Parameter'",
      "E1001 Hooks 'Hooks'",
      `E1001 AWSTemplateFormatVersion '"2010-09-10"'`,
    ]);
    assert.deepEqual(messagesOf(unknownTemplateSectionRule, text), [
      "Unknown template section 'Parameter'. Did you mean 'Parameters'?",
      "Unknown template section 'Hooks'",
      "AWSTemplateFormatVersion must be '2010-09-09', the only version there is",
    ]);
  });

  it('knows Globals, and Hooks under the CodeDeploy blue/green transform', () => {
    const sam = yaml('Transform: AWS::Serverless-2016-10-31', 'Globals: {Function: {Timeout: 3}}', 'Resources: {}');
    const blueGreen = yaml('Transform: [AWS::CodeDeployBlueGreen]', 'Hooks: {}', 'Resources: {}');
    assert.deepEqual(findingsOf(unknownTemplateSectionRule, sam), []);
    assert.deepEqual(findingsOf(unknownTemplateSectionRule, blueGreen), []);
  });

  it('offers the suggestion, in JSON too', () => {
    const text = '{\n  "Output": {},\n  "Resources": {}\n}';
    assert.deepEqual(fixedText(unknownTemplateSectionRule, text, 'json'), [
      `Change to 'Outputs': ${text.replace('"Output"', '"Outputs"')}`,
      `Remove 'Output': {\n  "Resources": {}\n}`,
    ]);
  });
});
