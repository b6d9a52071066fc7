/** CX0923: a CreationPolicy on a type CloudFormation does not wait on. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creationPolicyUnsupportedType } from '../../../../src/core/rules/catalogue/autoscaling/creationPolicyTypes';
import { paths, resources } from './checkObjects';

const withPolicy = (type: string) => resources(`  Thing:\n    Type: ${type}\n    CreationPolicy:\n      ResourceSignal: {Count: 1, Timeout: PT10M}\n`);

describe('CX0923 CreationPolicy on an unsupported type', () => {
  it('reports it on a launch template or a nested stack, not on the four types that take it or on custom types', () => {
    assert.deepEqual(paths(creationPolicyUnsupportedType, withPolicy('AWS::EC2::LaunchTemplate')), ['Resources/Thing/CreationPolicy']);
    assert.deepEqual(paths(creationPolicyUnsupportedType, withPolicy('AWS::CloudFormation::Stack')), ['Resources/Thing/CreationPolicy']);
    for (const type of ['AWS::AutoScaling::AutoScalingGroup', 'AWS::EC2::Instance', 'AWS::CloudFormation::WaitCondition', 'Custom::Thing']) {
      assert.deepEqual(paths(creationPolicyUnsupportedType, withPolicy(type)), [], type);
    }
  });
});
