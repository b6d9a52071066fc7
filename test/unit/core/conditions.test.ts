import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTemplate } from '../../../src/core';
import { conditionFormula, conditionsExclusive, reachableBranches, satisfiable } from '../../../src/core/conditions';

const TEMPLATE = parseTemplate(
  [
    'Parameters:',
    '  Env: {Type: String, AllowedValues: [prod, dev, test]}',
    'Conditions:',
    '  IsProd: !Equals [!Ref Env, prod]',
    '  IsDev: !Equals [dev, !Ref Env]',
    '  NotProd: !Not [!Condition IsProd]',
    '  NotProdLong: {"Fn::Not": [{"Fn::Equals": [{"Ref": "Env"}, "prod"]}]}',
    '  DevOrTest: !Or [!Condition IsDev, !Equals [!Ref Env, test]]',
    '  ProdInEast: !And [!Condition IsProd, !Equals [!Ref "AWS::Region", us-east-1]]',
    '  InWest: !Equals [!Ref "AWS::Region", us-west-2]',
    '  InEast: !Equals [!Ref "AWS::Region", us-east-1]',
    '  Unknown: !Equals [!Ref Env, !Ref Other]',
    '  AlsoUnknown: !Equals [!Ref Env, !Ref Other]',
    '  NotUnknown: !Not [!Equals [!Ref Env, !Ref Other]]',
    '  Loop: !Not [!Condition Loop]',
    '  Never: !Equals [a, b]',
    '  Always: !Equals ["1", 1]',
    '  Shadow: !Equals [!Ref Env, prod]',
    '  Generated: !Not [!Equals ["", !FindInMap [Settings, Account, Id]]]',
    '  HasRegion: !Equals [!FindInMap [Settings, !Ref "AWS::Region", Id], x]',
    'Mappings:',
    '  Settings:',
    '    Account: {Id: ""}',
    'Resources: {}',
    '',
  ].join('\n'),
  'yaml',
).root;

const exclusive = (first: string, second: string) => conditionsExclusive(TEMPLATE, first, second);

describe('conditions that can never both hold', () => {
  it('a condition and its Fn::Not, through a Condition reference or written out', () => {
    assert.equal(exclusive('IsProd', 'NotProd'), true);
    assert.equal(exclusive('NotProdLong', 'IsProd'), true);
    assert.equal(exclusive('Shadow', 'NotProd'), true);
  });

  it('Fn::Equals of the same Ref with different literals, either side', () => {
    assert.equal(exclusive('IsProd', 'IsDev'), true);
    assert.equal(exclusive('InWest', 'InEast'), true);
  });

  it('Fn::And and Fn::Or decided over every value the Ref can take', () => {
    assert.equal(exclusive('IsProd', 'DevOrTest'), true);
    assert.equal(exclusive('ProdInEast', 'InWest'), true);
    assert.equal(exclusive('ProdInEast', 'NotProd'), true);
    assert.equal(exclusive('ProdInEast', 'InEast'), false);
    assert.equal(exclusive('NotProd', 'DevOrTest'), false);
    assert.equal(exclusive('IsDev', 'DevOrTest'), false);
  });

  it('a constant false condition never holds; a constant true one holds with anything that can', () => {
    assert.equal(exclusive('Never', 'IsProd'), true);
    assert.equal(exclusive('Always', 'IsProd'), false);
    // A lookup of literal keys is the value the mapping holds; one keyed by the Region is not known.
    assert.equal(exclusive('Generated', 'IsProd'), true);
    assert.equal(exclusive('HasRegion', 'IsProd'), false);
  });

  it('may both hold when it cannot tell: Refs compared with Refs, cycles, undeclared names, the same condition', () => {
    assert.equal(exclusive('Unknown', 'IsProd'), false);
    assert.equal(exclusive('Loop', 'IsProd'), false);
    assert.equal(exclusive('Missing', 'IsProd'), false);
    assert.equal(exclusive('IsProd', 'IsProd'), false);
    assert.equal(exclusive('InWest', 'IsProd'), false);
  });

  it('one opaque comparison and its Fn::Not are still exclusive (the same fact)', () => {
    assert.equal(exclusive('AlsoUnknown', 'NotUnknown'), true);
  });

  it('reads a condition into a formula', () => {
    assert.deepEqual(conditionFormula(TEMPLATE, 'NotProd'), {
      kind: 'not',
      operand: { kind: 'equals', ref: 'Env', literal: 'prod' },
    });
    assert.deepEqual(conditionFormula(TEMPLATE, 'Missing'), { kind: 'opaque', key: 'Condition Missing' });
  });
});

describe('Fn::If branches some deployment takes', () => {
  const reachable = reachableBranches(TEMPLATE);
  const taken = (...steps: [string, boolean][]) => reachable(steps.map(([condition, holds]) => ({ condition, holds })));

  it('a parameter with AllowedValues takes one of them: testing each in turn leaves no fallback', () => {
    assert.equal(taken(['IsProd', false], ['IsDev', false]), true);
    assert.equal(taken(['IsProd', false], ['IsDev', false], ['DevOrTest', false]), false);
    assert.equal(taken(['IsProd', true], ['IsDev', true]), false);
    assert.equal(taken(['IsProd', false], ['NotProd', true]), true);
    assert.equal(taken(['IsProd', true], ['NotProd', true]), false);
  });

  it('a pseudo parameter or an opaque comparison can take any value: every branch stays', () => {
    assert.equal(taken(['InWest', false], ['InEast', false]), true);
    assert.equal(taken(['Unknown', false], ['NotUnknown', false]), false);
    assert.equal(taken(['Unknown', false], ['AlsoUnknown', false]), true);
    assert.equal(taken(['Never', true]), false);
    assert.equal(taken(['Always', false]), false);
  });

  it('inside a resource created under a condition, only the branches that condition allows', () => {
    const underProd = reachableBranches(TEMPLATE, 'IsProd');
    assert.equal(underProd([{ condition: 'IsDev', holds: true }]), false);
    assert.equal(underProd([{ condition: 'IsDev', holds: false }]), true);
  });

  it('AllowedValues bound what a Ref can equal; without them it can equal anything', () => {
    assert.equal(satisfiable({ kind: 'equals', ref: 'P', literal: 'x' }, new Map([['P', ['y', 'z']]])), false);
    assert.equal(satisfiable({ kind: 'not', operand: { kind: 'equals', ref: 'P', literal: 'x' } }, new Map([['P', ['x']]])), false);
    assert.equal(satisfiable({ kind: 'not', operand: { kind: 'equals', ref: 'P', literal: 'x' } }, new Map()), true);
  });
});

describe('conditions that name each other many times', () => {
  it('reads a chain that names the next condition twice at each step once per condition', () => {
    const depth = 40;
    const lines = ['Parameters:', ...Array.from({ length: depth }, (_, i) => `  P${i}: {Type: String}`), 'Conditions:'];
    for (let i = 0; i < depth; i++) lines.push(`  A${i}: !Equals [!Ref P${i}, on]`);
    for (let i = 0; i < depth - 1; i++) lines.push(`  C${i}: !Or [!And [!Condition A${i}, !Condition C${i + 1}], !And [!Not [!Condition A${i}], !Not [!Condition C${i + 1}]]]`);
    lines.push(`  C${depth - 1}: !Condition A${depth - 1}`, '  NotC0: !Not [!Condition C0]', 'Resources: {}', '');
    const root = parseTemplate(lines.join('\n'), 'yaml').root;
    // 40 parameters are too many deployments to try: a clash is then not claimed.
    assert.equal(conditionsExclusive(root, 'C0', 'C1'), true);
    assert.equal(conditionsExclusive(root, 'C38', 'A38'), false);
    assert.equal(conditionsExclusive(root, 'C0', 'NotC0'), true);
  });
});
