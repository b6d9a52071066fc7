import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import type { Rule } from '../../../src/core/rules/rule';
import { RulePlan } from '../../../src/core/rulePlan';
import { parseTemplate } from '../../../src/core/template';

/** A rule that records each template it is run on and finds nothing. */
function countingRule(onlyWith?: string[]): Rule & { runs: number } {
  const rule = { id: 'T0001', description: 'counts its runs', runs: 0, run: () => (rule.runs++, []), ...(onlyWith ? { onlyWith } : {}) };
  return rule;
}

const template = (type: string) => parseTemplate(`Resources:\n  R:\n    Type: ${type}\n`, 'yaml');

describe('rules gated by resource type (Rule.onlyWith)', () => {
  it('run only on templates that declare one of their types', () => {
    const gated = countingRule(['AWS::ECS::Service', 'AWS::AutoScaling::AutoScalingGroup']);
    const ungated = countingRule();
    analyze(template('AWS::S3::Bucket'), [gated, ungated]);
    assert.deepEqual([gated.runs, ungated.runs], [0, 1]);
    analyze(template('AWS::AutoScaling::AutoScalingGroup'), [gated, ungated]);
    assert.deepEqual([gated.runs, ungated.runs], [1, 2]);
  });

  it('are chosen in the rules\' order, each once, however many of its types the template declares', () => {
    const rule = (id: string, onlyWith?: string[]): Rule => ({ id, description: id, run: () => [], ...(onlyWith ? { onlyWith } : {}) });
    const rules = [rule('A', ['T1', 'T2']), rule('B'), rule('C', ['T3']), rule('D', ['T2']), rule('E')];
    const plan = new RulePlan(rules);
    assert.deepEqual(plan.rulesFor(['T2', 'T1']).map((chosen) => chosen.id), ['A', 'B', 'D', 'E']);
    assert.deepEqual(plan.rulesFor(['T3', 'T9']).map((chosen) => chosen.id), ['B', 'C', 'E']);
    assert.deepEqual(plan.rulesFor([]).map((chosen) => chosen.id), ['B', 'E']);
  });
});
