import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTemplate } from '../../../src/core';
import { circularDependenciesRule } from '../../../src/core/rules/circularDependencies';
import { findingsOf } from './namesHelper';

describe('E3004 circular dependencies', () => {
  it('reports every member of a cycle on its key, and a resource that refers to itself', () => {
    const text = [
      'Resources:',
      '  A:',
      '    Type: T',
      '    Properties: {X: !GetAtt B.Arn}',
      '  B:',
      '    Type: T',
      '    Properties: {X: !Sub "${C}"}',
      '  C:',
      '    Type: T',
      '    DependsOn: A',
      '  Self:',
      '    Type: T',
      '    Properties: {X: !Ref Self}',
      '  Fine:',
      '    Type: T',
      '    Properties: {X: !Ref A}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(circularDependenciesRule, text), [
      "E3004 Resources/A 'A'",
      "E3004 Resources/B 'B'",
      "E3004 Resources/C 'C'",
      "E3004 Resources/Self 'Self'",
    ]);
  });

  it('works in JSON and is silent without a cycle', () => {
    const cyclic = '{"Resources": {"A": {"Type": "T", "DependsOn": "B"}, "B": {"Type": "T", "DependsOn": "A"}}}';
    assert.deepEqual(findingsOf(circularDependenciesRule, cyclic, 'json'), ["E3004 Resources/A '\"A\"'", "E3004 Resources/B '\"B\"'"]);
    const chain = '{"Resources": {"A": {"Type": "T", "DependsOn": "B"}, "B": {"Type": "T"}}}';
    assert.deepEqual(findingsOf(circularDependenciesRule, chain, 'json'), []);
  });

  it('names at most five other members of a long cycle, so messages stay short', () => {
    // 3,000 queues each depending on the one before, the first on the last.
    const lines = ['Resources:'];
    for (let i = 0; i < 3000; i++) lines.push(`  Q${i}:`, '    Type: AWS::SQS::Queue', `    DependsOn: Q${(i + 2999) % 3000}`);
    const findings = circularDependenciesRule.run(parseTemplate(`${lines.join('\n')}\n`, 'yaml'));
    assert.equal(findings.length, 3000);
    const q0 = findings.find((found) => found.path?.[1] === 'Q0');
    const q2999 = findings.find((found) => found.path?.[1] === 'Q2999');
    assert.equal(q0?.message, "Circular dependency: 'Q0' depends on 'Q2999', 'Q2998', 'Q2997', 'Q2996', 'Q2995' and 2994 more, which depend on it");
    assert.equal(q2999?.message, "Circular dependency: 'Q2999' depends on 'Q0', 'Q2998', 'Q2997', 'Q2996', 'Q2995' and 2994 more, which depend on it");
  });
});
