import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { ALL_RULES } from '../../../src/core/rules';
import type { Rule } from '../../../src/core/rules/rule';
import { RulePlan } from '../../../src/core/rulePlan';
import { formatOf, parseTemplate } from '../../../src/core/template';

/** A rule that records each template it is run on and finds nothing. */
function countingRule(onlyWith?: string[], needsText?: string[]): Rule & { runs: number } {
  const rule = { id: 'T0001', description: 'counts its runs', runs: 0, run: () => (rule.runs++, []), ...(onlyWith ? { onlyWith } : {}), ...(needsText ? { needsText } : {}) };
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

/** Every template file under a folder of the repository. */
function templatesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json|template)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('rules gated by words of the text (Rule.needsText)', () => {
  const yaml = (extra: string) => parseTemplate(`Resources:\n  R:\n    Type: AWS::SNS::Topic\n${extra}`, 'yaml');

  it('run only on a text that has one of their words', () => {
    const gated = countingRule(undefined, ['DependsOn', 'FindInMap']);
    analyze(yaml(''), [gated]);
    assert.equal(gated.runs, 0);
    analyze(yaml('    DependsOn: Other\n'), [gated]);
    analyze(yaml('    Properties:\n      TopicName: !FindInMap [M, a, b]\n'), [gated]);
    assert.equal(gated.runs, 2);
  });

  it('run on a text whose escapes or joined lines may spell a word', () => {
    const gated = countingRule(undefined, ['DependsOn']);
    analyze(yaml('    "Depends\\u004fn": Other\n'), [gated]);
    analyze(yaml('    Properties:\n      TopicName: "a\\\n        b"\n'), [gated]);
    assert.equal(gated.runs, 2);
    analyze(yaml('    Properties:\n      TopicName: "a\\tb"\n'), [gated]);
    assert.equal(gated.runs, 2);
  });
});

describe('the rules\' type and word gates', () => {
  it('hide no finding: every fixture and lab sample finds the same as with every rule run on it', () => {
    const root = join(import.meta.dirname, '../../..');
    const ungated: Rule[] = ALL_RULES.map(({ onlyWith: _types, needsText: _words, ...rule }) => rule);
    const files = [...templatesUnder(join(root, 'test/fixtures')), ...templatesUnder(join(root, 'samples'))];
    assert.ok(files.length > 500, `${files.length} templates`);
    const differing = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const findings = (rules?: readonly Rule[]) => analyze(parseTemplate(text, formatOf(undefined, file, text)), rules).findings.map((found) => `${found.ruleId} ${found.span.start} ${found.message}`);
      return findings().join('\n') !== findings(ungated).join('\n');
    });
    assert.deepEqual(differing, []);
  });
});
