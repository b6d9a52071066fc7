import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedConditionRule } from '../../../src/core/rules/undefinedCondition';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf, fixedText } from './namesHelper';

const TEMPLATE = [
  'Parameters:',
  '  Env: {Type: String}',
  'Conditions:',
  '  IsProd: !Equals [!Ref Env, prod]',
  '  Both: !And [!Condition IsProd, {Condition: IsTest}]',
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Condition: IsProdd',
  '    Properties:',
  '      DelaySeconds: !If [IsStaging, 1, 0]',
  'Outputs:',
  '  Out:',
  '    Condition: Nope',
  '    Value: !If [IsProd, a, b]',
  '',
].join('\n');

describe('E8002 undefined condition', () => {
  it("reports each place a condition is named, with cfn-lint's id for that place", () => {
    assert.deepEqual(findingsOf(undefinedConditionRule, TEMPLATE), [
      "E8002 Conditions/Both/Fn::And/1/Condition 'IsTest'",
      "E3015 Resources/Queue/Condition 'IsProdd'",
      "E1028 Resources/Queue/Properties/DelaySeconds/Fn::If/0 'IsStaging'",
      "E8002 Outputs/Out/Condition 'Nope'",
    ]);
  });

  it('suggests the close condition name', () => {
    assert.deepEqual(fixedText(undefinedConditionRule, TEMPLATE), [`Change to 'IsProd': ${TEMPLATE.replace('Condition: IsProdd', 'Condition: IsProd')}`]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Condition": "Missing"}}}';
    assert.deepEqual(findingsOf(undefinedConditionRule, text, 'json'), ["E3015 Resources/Q/Condition 'Missing'"]);
  });

  it('says so when the name is empty, as a warning (generated templates write it and deploy)', () => {
    const template = parseTemplate("Conditions:\n  A: !Equals [a, a]\nResources:\n  Q: {Type: AWS::SQS::Queue, Condition: ''}\n", 'yaml');
    assert.deepEqual(
      undefinedConditionRule.run(template).map((found) => `${found.ruleId} ${found.severity} ${found.message}`),
      ['E3015 warning The condition name is empty: name a condition declared in the Conditions section, or leave the Condition out'],
    );
  });

  it('is silent when conditions are declared', () => {
    const text = 'Conditions:\n  A: !Equals [a, a]\n  B: !Not [!Condition A]\nResources:\n  Q: {Type: T, Condition: B}\n';
    assert.deepEqual(findingsOf(undefinedConditionRule, text), []);
  });
});
