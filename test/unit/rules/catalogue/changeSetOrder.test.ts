/** CX0225: a change set executed no later than it is created, in the same stage. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeSetExecutedEarly } from '../../../../src/core/rules/catalogue/pipeline/changeSetOrder';
import { paths, resources } from './checkObjects';

const action = (name: string, mode: string, runOrder: string, stack = 'app', changeSet = 'release') =>
  `            - Name: ${name}\n              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CloudFormation, Version: '1'}\n              Configuration: {ActionMode: ${mode}, StackName: ${stack}, ChangeSetName: ${changeSet}}\n${runOrder ? `              RunOrder: ${runOrder}\n` : ''}`;
const pipeline = (stages: string) =>
  resources(`  Pipeline:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      RoleArn: arn:aws:iam::123456789012:role/p\n      Stages:\n${stages}`);
const stage = (name: string, actions: string) => `        - Name: ${name}\n          Actions:\n${actions}`;

describe('CX0225 change set executed in the same step as it is created', () => {
  it('reports an execution at the same or a lower RunOrder (1 when left out) than the creation of its stack’s change set', () => {
    assert.deepEqual(paths(changeSetExecutedEarly, pipeline(stage('Release', action('Create', 'CHANGE_SET_REPLACE', '') + action('Execute', 'CHANGE_SET_EXECUTE', '')))), [
      'Resources/Pipeline/Properties/Stages/0/Actions/1',
    ]);
    assert.equal(paths(changeSetExecutedEarly, pipeline(stage('Release', action('Execute', 'CHANGE_SET_EXECUTE', '1') + action('Create', 'CHANGE_SET_REPLACE', '2')))).length, 1);
  });

  it('accepts a later RunOrder, another stage, and another stack', () => {
    assert.deepEqual(paths(changeSetExecutedEarly, pipeline(stage('Release', action('Create', 'CHANGE_SET_REPLACE', '1') + action('Execute', 'CHANGE_SET_EXECUTE', '3')))), []);
    assert.deepEqual(paths(changeSetExecutedEarly, pipeline(stage('Plan', action('Create', 'CHANGE_SET_REPLACE', '')) + stage('Apply', action('Execute', 'CHANGE_SET_EXECUTE', '')))), []);
    assert.deepEqual(paths(changeSetExecutedEarly, pipeline(stage('Release', action('Create', 'CHANGE_SET_REPLACE', '') + action('Execute', 'CHANGE_SET_EXECUTE', '', 'other')))), []);
    // Executing change set A (created in an earlier stage) before creating change set B of the same stack.
    assert.deepEqual(
      paths(changeSetExecutedEarly, pipeline(stage('Release', action('ExecuteA', 'CHANGE_SET_EXECUTE', '1', 'app', 'a') + action('CreateB', 'CHANGE_SET_REPLACE', '2', 'app', 'b')))),
      [],
    );
  });
});
