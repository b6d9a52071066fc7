import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import type { Rule } from '../../../src/core/rules/rule';
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
});
