import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parameterDefaultsRule } from '../../../src/core/rules/parameterDefaults';
import { logicalIdsRule } from '../../../src/core/rules/logicalIds';
import { parameterTypesRule } from '../../../src/core/rules/parameterTypes';
import { findingsOf } from './namesHelper';
import { parseTemplate } from '../../../src/core/template';

describe('E2002 parameter types', () => {
  it('accepts documented types and reports others', () => {
    const text = [
      'Parameters:',
      '  A: {Type: String}',
      '  B: {Type: List<AWS::EC2::Subnet::Id>}',
      '  C: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"}',
      '  D: {Type: Boolean}',
      '  E: {Type: "AWS::SSM::Parameter::Value<Test>"}',
      '  F: {Type: AWS::EC2::VPC::Id}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(parameterTypesRule, text), ["E2002 Parameters/D/Type 'Boolean'", 'W2002 Parameters/E/Type \'"AWS::SSM::Parameter::Value<Test>"\'']);
  });

  it('reports a SecureString parameter type, alone or in a list, as unsupported', () => {
    const text = 'Parameters:\n  P:\n    Type: AWS::SSM::Parameter::Value<SecureString>\n  Q:\n    Type: AWS::SSM::Parameter::Value<List<SecureString>>\n  R:\n    Type: AWS::SSM::Parameter::Value<String>\n';
    assert.deepEqual(findingsOf(parameterTypesRule, text), [
      "E2002 Parameters/P/Type 'AWS::SSM::Parameter::Value<SecureString>'",
      "E2002 Parameters/Q/Type 'AWS::SSM::Parameter::Value<List<SecureString>>'",
    ]);
  });

  it('works in JSON', () => {
    assert.deepEqual(findingsOf(parameterTypesRule, '{"Parameters": {"P": {"Type": "Integer"}}}', 'json'), ["E2002 Parameters/P/Type '\"Integer\"'"]);
  });
});

describe('E2015 parameter defaults', () => {
  it('checks the Default against the parameter’s own constraints', () => {
    const text = [
      'Parameters:',
      '  Pattern: {Type: String, Default: abc, AllowedPattern: "[0-9]+"}',
      '  Values: {Type: String, Default: c, AllowedValues: [a, b]}',
      '  YesNo: {Type: String, Default: No, AllowedValues: [Yes, No]}',
      '  Short: {Type: String, Default: ab, MinLength: 3}',
      '  Long: {Type: String, Default: abcd, MaxLength: 3}',
      '  NotNumber: {Type: Number, Default: ten}',
      '  Low: {Type: Number, Default: 1, MinValue: 2}',
      '  High: {Type: Number, Default: 9, MaxValue: 8}',
      '  Good: {Type: Number, Default: 5, MinValue: 1, MaxValue: 10, AllowedValues: [5, 6]}',
      '  List: {Type: CommaDelimitedList, Default: "a,b", AllowedValues: [a]}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(parameterDefaultsRule, text), [
      "E2015 Parameters/Pattern/Default 'abc'",
      "E2015 Parameters/Values/Default 'c'",
      "E2015 Parameters/Short/Default 'ab'",
      "E2015 Parameters/Long/Default 'abcd'",
      "E2015 Parameters/NotNumber/Default 'ten'",
      "E2015 Parameters/Low/Default '1'",
      "E2015 Parameters/High/Default '9'",
    ]);
  });

  it('judges a number written otherwise than it prints (4.0) both ways: wrong only if both fail', () => {
    const text = [
      'Parameters:',
      '  Version: {Type: String, Default: 4.0, AllowedPattern: "^\\d+\\.\\d+$"}',
      "  Engine: {Type: String, Default: 5.0, AllowedValues: ['4.0', '5.0']}",
      "  Wrong: {Type: String, Default: 6.0, AllowedValues: ['4.0', '5.0']}",
      "  Listed: {Type: String, Default: '8.0', AllowedValues: [5.7, 8.0]}",
      "  Other: {Type: String, Default: '8.1', AllowedValues: [5.7, 8.0]}",
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(parameterDefaultsRule, text), ["E2015 Parameters/Wrong/Default '6.0'", "E2015 Parameters/Other/Default ''8.1''"]);
  });

  it('reads a plain YAML boolean as "true" or "false", on the Default and the AllowedValues side', () => {
    const text = [
      'Parameters:',
      '  Quoted: {Type: String, Default: True, AllowedValues: ["true", "false"]}',
      '  Plain: {Type: String, Default: "false", AllowedValues: [True, False]}',
      '  YesNo: {Type: String, Default: No, AllowedValues: ["true", "false"]}',
      '  Text: {Type: String, Default: "True", AllowedValues: ["true", "false"]}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(parameterDefaultsRule, text), ["E2015 Parameters/Text/Default '\"True\"'"]);
  });

  it('works in JSON', () => {
    const text = '{"Parameters": {"P": {"Type": "String", "Default": "x", "AllowedValues": ["y"]}}}';
    assert.deepEqual(findingsOf(parameterDefaultsRule, text, 'json'), ["E2015 Parameters/P/Default '\"x\"'"]);
  });
});

describe('E2003 parameter names', () => {
  it('wants letters and digits only', () => {
    assert.deepEqual(findingsOf(logicalIdsRule, 'Parameters:\n  Good1: {Type: String}\n  bad-name: {Type: String}\n'), ["E2003 Parameters/bad-name 'bad-name'"]);
    assert.deepEqual(findingsOf(logicalIdsRule, '{"Parameters": {"a_b": {"Type": "String"}}}', 'json'), ["E2003 Parameters/a_b '\"a_b\"'"]);
  });
});

describe('E2015 AllowedPattern in linear time', () => {
  it('judges a catastrophic pattern against a long Default at once, and skips a pattern RE2 cannot read', () => {
    const text = [
      'Parameters:',
      `  Nested: {Type: String, Default: ${'a'.repeat(40)}b, AllowedPattern: "(a+)+"}`,
      `  Matching: {Type: String, Default: ${'a'.repeat(40)}, AllowedPattern: "(a+)+"}`,
      '  Lookahead: {Type: String, Default: abc, AllowedPattern: "(?=x)abc"}',
      '',
    ].join('\n');
    // On JavaScript's backtracking engine the first takes hours (it doubles per character).
    assert.deepEqual(findingsOf(parameterDefaultsRule, text), [`E2015 Parameters/Nested/Default '${'a'.repeat(40)}b'`]);
  });
});

describe('E2015 defaults of AWS-specific parameter types', () => {
  const defaults = (type: string, value: string) =>
    parameterDefaultsRule.run(parseTemplate(`Parameters:\n  P:\n    Type: ${type}\n    Default: '${value}'\nResources:\n  T:\n    Type: AWS::SNS::Topic\n`, 'yaml')).map((found) => found.message);
  it('takes IDs of the type\'s shape and an empty Default, and refuses a Systems Manager path or a name', () => {
    assert.deepEqual(defaults('AWS::EC2::Image::Id', 'ami-0123456789abcdef0'), []);
    assert.deepEqual(defaults('AWS::EC2::Subnet::Id', 'subnet-12345678'), []);
    assert.deepEqual(defaults('AWS::EC2::VPC::Id', ''), []);
    assert.match(defaults('AWS::EC2::Image::Id', '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64')[0], /is not an AMI ID .* AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>/);
    assert.equal(defaults('AWS::EC2::SecurityGroup::Id', 'web-sg').length, 1);
    assert.deepEqual(defaults('AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'), []);
  });
});
