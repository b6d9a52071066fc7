import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
