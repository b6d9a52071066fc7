import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { impossibleEqualsRule } from '../../../src/core/rules/impossibleEquals';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf } from './namesHelper';

const template = (...conditions: string[]) =>
  [
    'Parameters:',
    '  Env: {Type: String, AllowedValues: [dev, prod], Default: dev}',
    '  Size: {Type: Number, AllowedValues: [1, 2.5]}',
    '  Free: {Type: String, Default: dev}',
    "  Stage: {Type: 'AWS::SSM::Parameter::Value<String>', AllowedValues: [/app/stage], Default: /app/stage}",
    'Conditions:',
    ...conditions.map((line) => `  ${line}`),
    'Resources:',
    '  Topic: {Type: AWS::SNS::Topic}',
    '',
  ].join('\n');

describe('W8003 Fn::Equals of a parameter with a value it does not allow', () => {
  it('reports a literal outside AllowedValues, on either side and under Fn::Not, naming the letter-case slip', () => {
    const text = template('IsProd: !Equals [!Ref Env, Prod]', 'NotTest: !Not [!Equals [test, !Ref Env]]', 'Big: !Equals [!Ref Size, 3]');
    assert.deepEqual(findingsOf(impossibleEqualsRule, text), [
      "W8003 Conditions/IsProd/Fn::Equals/1 'Prod'",
      "W8003 Conditions/NotTest/Fn::Not/0/Fn::Equals/0 'test'",
      "W8003 Conditions/Big/Fn::Equals/1 '3'",
    ]);
    const [first] = impossibleEqualsRule.run(parseTemplate(text, 'yaml'));
    assert.equal(
      first.message,
      "Parameter 'Env' can never be 'Prod' (its AllowedValues are 'dev', 'prod'), so this Fn::Equals is false in every stack (letter case counts: 'prod' is allowed, not 'Prod')",
    );
  });

  it('accepts allowed values, numbers written another way, parameters without AllowedValues and pseudo parameters', () => {
    const text = template(
      'IsProd: !Equals [!Ref Env, prod]',
      "Half: !Equals [!Ref Size, '2.50']",
      'Other: !Equals [!Ref Free, anything]',
      'East: !Equals [!Ref AWS::Region, us-east-1]',
      'Two: !Equals [!Ref Env, !Ref Free]',
      'Stored: !Equals [!Ref Stage, prod]',
    );
    assert.deepEqual(findingsOf(impossibleEqualsRule, text), []);
  });
});
