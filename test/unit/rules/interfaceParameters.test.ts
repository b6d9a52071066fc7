import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core';
import { interfaceParametersRule } from '../../../src/core/rules/interfaceParameters';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf, fixedText } from './namesHelper';

const TEXT = [
  'Metadata:',
  '  AWS::CloudFormation::Interface:',
  '    ParameterGroups:',
  '      - Label: {default: Environment}',
  '        Parameters: [EnvName, Stage]',
  '    ParameterLabels:',
  '      EnvNam: {default: Environment name}',
  'Parameters:',
  '  EnvName:',
  '    Type: String',
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '',
].join('\n');

describe('parameters of the console interface metadata that are not declared (W4001)', () => {
  it('are reported in groups and label keys, on the name', () => {
    assert.deepEqual(findingsOf(interfaceParametersRule, TEXT), [
      "W4001 Metadata/AWS::CloudFormation::Interface/ParameterGroups/0/Parameters/1 'Stage'",
      "W4001 Metadata/AWS::CloudFormation::Interface/ParameterLabels/EnvNam 'EnvNam'",
    ]);
  });

  it('say where, as a warning, and offer the close declared name', () => {
    const found = interfaceParametersRule.run(parseTemplate(TEXT, 'yaml'));
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /^Parameter 'Stage' in the AWS::CloudFormation::Interface ParameterGroups is not declared: parameters must already be defined/);
    assert.match(found[1].message, /ParameterLabels.*Did you mean 'EnvName'\?$/);
    assert.ok(fixedText(interfaceParametersRule, TEXT).some((fixed) => fixed.includes('\n      EnvName: {default')));
  });

  it('are none when every named parameter is declared, in YAML and JSON', () => {
    assert.deepEqual(findingsOf(interfaceParametersRule, TEXT.replace('EnvNam:', 'EnvName:').replace(', Stage]', ']')), []);
    const json = '{"Metadata": {"AWS::CloudFormation::Interface": {"ParameterLabels": {"Env": {"default": "E"}}}}, "Parameters": {"Env": {"Type": "String"}}, "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}';
    assert.deepEqual(findingsOf(interfaceParametersRule, json, 'json'), []);
  });

  it('is part of the analysis', () => {
    assert.deepEqual(analyze(parseTemplate(TEXT, 'yaml')).findings.filter((found) => found.ruleId === 'W4001').length, 2);
  });
});
