import assert from 'node:assert/strict';
import { it } from 'node:test';
import { analyze, parseTemplate, type Rule } from '../../../src/core';

const everywhere: Rule = {
  id: 'W3005',
  description: 'reports each resource',
  run: () =>
    ['A', 'B'].map((id) => ({ ruleId: 'W3005', severity: 'warning' as const, message: id, span: { start: 0, end: 1 }, path: ['Resources', id] })),
};
const other: Rule = { ...everywhere, id: 'E3002', run: (template) => everywhere.run(template).map((found) => ({ ...found, ruleId: 'E3002' })) };

const messages = (text: string) => analyze(parseTemplate(text, 'yaml'), [everywhere, other]).findings.map((f) => `${f.ruleId} ${f.message}`);

it('honours cfn-lint ignore_checks at the top level, by id or prefix', () => {
  const base = 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n  B:\n    Type: AWS::SQS::Queue\n';
  assert.deepEqual(messages('Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [W3005]\n' + base), ['E3002 A', 'E3002 B']);
  assert.deepEqual(messages('Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [E]\n' + base), ['W3005 A', 'W3005 B']);
  assert.deepEqual(messages(base), ['W3005 A', 'W3005 B', 'E3002 A', 'E3002 B']);
});

it('honours ignore_checks on a resource for that resource only', () => {
  const text =
    'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Metadata:\n      cfn-lint:\n        config:\n          ignore_checks: [W3005]\n  B:\n    Type: AWS::SQS::Queue\n';
  assert.deepEqual(messages(text), ['W3005 B', 'E3002 A', 'E3002 B']);
});
