import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, finding, parseTemplate, type Finding, type Rule } from '../../../src/core';
import { ALL_RULES } from '../../../src/core/rules';
import { oneFindingPerProblem } from '../../../src/core/oneFindingPerProblem';

const SECURE_STRING = [
  'Resources:',
  '  DbPassword:',
  '    Type: AWS::SSM::Parameter',
  '    Properties:',
  '      Type: SecureString',
  '      Value: hunter2',
  '',
].join('\n');

const span = { start: 10, end: 20 };
const explanation = { text: 'why', url: 'https://docs.aws.amazon.com/x.html', topics: ['T21'] };
const schema = (severity: Finding['severity']): Finding => ({ ...finding('E3030', severity, 'schema says no', span), fixes: [{ title: 'fix', edits: [] }] });
const exam = (severity: Finding['severity']): Finding => ({ ...finding('CX4003', severity, 'exam says no', span), explanation });

describe('one finding per problem', () => {
  it('keeps the more severe of an exam finding and a schema finding on the same span, with the explanation and both fixes', () => {
    assert.deepEqual(oneFindingPerProblem([schema('error'), exam('warning')]), [{ ...schema('error'), explanation }]);
    assert.deepEqual(oneFindingPerProblem([schema('warning'), exam('error')]), [{ ...exam('error'), fixes: schema('warning').fixes }]);
  });

  it('keeps the exam finding on a tie: its message names the resource', () => {
    assert.deepEqual(oneFindingPerProblem([schema('error'), exam('error')]).map((found) => found.message), ['exam says no']);
  });

  it('leaves findings on other spans, and two findings of non-exam rules, alone', () => {
    const elsewhere = { ...exam('warning'), span: { start: 30, end: 40 } };
    const lint = finding('E3012', 'error', 'type', span);
    assert.deepEqual(oneFindingPerProblem([schema('error'), elsewhere]), [schema('error'), elsewhere]);
    assert.deepEqual(oneFindingPerProblem([schema('error'), lint]), [schema('error'), lint]);
  });

  it('an SSM SecureString parameter gives exactly one error, with its exam explanation, even beside an allowed-values rule', () => {
    const template = parseTemplate(SECURE_STRING, 'yaml');
    const typeSpan = { start: SECURE_STRING.indexOf('SecureString'), end: SECURE_STRING.indexOf('SecureString') + 'SecureString'.length };
    // What the allowed-values rule reports once the registry constraints list String and StringList.
    const allowedValues: Rule = {
      id: 'E3030',
      description: 'stand-in',
      run: () => [finding('E3030', 'error', '`Type` must be one of String, StringList, not \'SecureString\'', typeSpan)],
    };
    for (const rules of [ALL_RULES, [...ALL_RULES, allowedValues]]) {
      const { findings } = analyze(template, rules);
      assert.deepEqual(findings.map((found) => [found.ruleId, found.severity, found.span]), [['CX4003', 'error', typeSpan]]);
      assert.match(findings[0].explanation?.text ?? '', /\{\{resolve:ssm-secure:/);
    }
  });
});
