/** CX3322: a Choice state moves on only through its Choices and Default. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stateMachineChoiceTransition } from '../../../../src/core/rules/catalogue/governance/stateMachineErrors';
import { findings, paths, resources } from './checkObjects';

const machine = (choice: string) =>
  resources(
    `  Flow:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::123456789012:role/flow\n      Definition:\n        StartAt: Pick\n        States:\n          Pick:\n            Type: Choice\n            Choices:\n              - Variable: $.ok\n                BooleanEquals: true\n                Next: Done\n            Default: Done\n${choice}          Done:\n            Type: Succeed\n`,
  );

describe('CX3322 Choice state with End or Next', () => {
  it('reports End and Next on a Choice state, at the field', () => {
    assert.deepEqual(paths(stateMachineChoiceTransition, machine('            End: true\n            Next: Done\n')), [
      'Resources/Flow/Properties/Definition/States/Pick/End',
      'Resources/Flow/Properties/Definition/States/Pick/Next',
    ]);
  });

  it('reads a definition written as a JSON string, at the whole definition', () => {
    const definition = JSON.stringify({ StartAt: 'Pick', States: { Pick: { Type: 'Choice', Choices: [], Default: 'Done', Next: 'Done' }, Done: { Type: 'Succeed' } } });
    const text = resources(`  Flow:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::123456789012:role/flow\n      DefinitionString: '${definition}'\n`);
    const found = findings(stateMachineChoiceTransition, text);
    assert.deepEqual(found.map((hit) => hit.path?.join('/')), ['Resources/Flow/Properties/DefinitionString']);
    assert.match(found[0].message, /Choice state 'Pick' of state machine 'Flow' has Next/);
  });

  it('leaves a Choice state with only Choices and Default, and End on other states, alone', () => {
    assert.deepEqual(paths(stateMachineChoiceTransition, machine('')), []);
  });
});
