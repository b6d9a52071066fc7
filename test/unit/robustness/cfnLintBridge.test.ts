import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finding, parseTemplate } from '../../../src/core';
import { mergeFindings } from '../../../src/server/cfnLint/merge';
import { findingsFromCfnLint } from '../../../src/server/cfnLint/output';

const TEMPLATE = parseTemplate('Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "x"\n', 'yaml');

const match = (id: string, level: string, line: number, column: number, path: (string | number)[]) => ({
  Rule: { Id: id },
  Level: level,
  Message: `${id} message`,
  Location: { Start: { LineNumber: line, ColumnNumber: column }, End: { LineNumber: line, ColumnNumber: column + 3 }, Path: path },
  Filename: 'template.yaml',
});

describe('cfn-lint JSON output', () => {
  it('becomes findings at the 1-based line and column it names, with its severity and path', () => {
    const stdout = JSON.stringify([match('E3012', 'Error', 5, 16, ['Resources', 'Group', 'Properties', 'MinSize']), match('I3011', 'Informational', 1, 1, [])]);
    const [typeError, info] = findingsFromCfnLint(stdout, TEMPLATE);
    assert.deepEqual(typeError, {
      ruleId: 'E3012',
      severity: 'error',
      message: 'cfn-lint: E3012 message',
      span: { start: TEMPLATE.text.indexOf('"x"'), end: TEMPLATE.text.indexOf('"x"') + 3 },
      path: ['Resources', 'Group', 'Properties', 'MinSize'],
    });
    assert.equal(info.severity, 'info');
  });

  it('treats empty output as no findings and rejects output that is not its JSON list', () => {
    assert.deepEqual(findingsFromCfnLint('', TEMPLATE), []);
    assert.throws(() => findingsFromCfnLint('Traceback (most recent call last):', TEMPLATE));
    assert.throws(() => findingsFromCfnLint('{"Rule": 1}', TEMPLATE));
  });
});

describe('merging cfn-lint findings with ours', () => {
  const minSize = TEMPLATE.text.indexOf('"x"');
  const ours = [finding('E3012', 'error', 'ours', { start: minSize, end: minSize + 3 }, ['Resources', 'Group', 'Properties', 'MinSize'])];

  it('drops a cfn-lint finding with our rule id on the same line, or at the same path', () => {
    const sameLine = finding('E3012', 'error', 'cfn-lint: same line', { start: minSize - 4, end: minSize });
    const samePath = finding('E3012', 'error', 'cfn-lint: same path', { start: 0, end: 1 }, ['Resources', 'Group', 'Properties', 'MinSize']);
    assert.deepEqual(mergeFindings(ours, [sameLine, samePath], TEMPLATE.lines), ours);
  });

  it('keeps cfn-lint findings of other rules or elsewhere, once each', () => {
    const otherRule = finding('W1001', 'warning', 'cfn-lint: other rule', { start: minSize, end: minSize + 3 });
    const elsewhere = finding('E3012', 'error', 'cfn-lint: elsewhere', { start: 0, end: 1 }, ['Resources', 'Group', 'Type']);
    assert.deepEqual(mergeFindings(ours, [otherRule, elsewhere, otherRule], TEMPLATE.lines), [...ours, otherRule, elsewhere]);
  });
});
