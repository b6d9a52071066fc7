import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { practisedTopicsByResource } from '../../../src/core/study/resourceLens';
import { parseTemplate } from '../../../src/core/template';
import { REPOSITORY, SERVICE_ROLE } from './resources';

const GROUP = '  Fleet:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "1"\n      MaxSize: "2"\n';

const lensTopics = (resources: string) => Object.fromEntries(practisedTopicsByResource(parseTemplate(`Resources:\n${resources}`, 'yaml')));

describe('topics in the code lens', () => {
  it('names only what a resource practises in the template, as study coverage counts it', () => {
    // The role's notes also name CodeCommit (T01) and pipelines (T02): not practised by a CodeDeploy role alone.
    assert.deepEqual(lensTopics(SERVICE_ROLE + GROUP), { Fleet: ['T07'] });
  });

  it("adds a topic the rest of the template practises to the resources that take part in it", () => {
    assert.deepEqual(lensTopics(SERVICE_ROLE + REPOSITORY), { DeployRole: ['T01'], Repo: ['T01'] });
  });
});
