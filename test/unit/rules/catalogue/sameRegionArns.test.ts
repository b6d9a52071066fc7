/** CX2224: ARNs that must be of the stack's Region, read from literals and Fn::Sub. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

const custom = (token: string) => `Parameters:
  DrRegion:
    Type: String
  FunctionName:
    Type: String
Resources:
  Check:
    Type: Custom::Check
    Properties:
      ServiceToken: ${token}
`;
const AT = ['Resources/Check/Properties/ServiceToken'];

describe('CX2224 ARNs of another Region than the stack', () => {
  it('reports a literal Region and a Region parameter in the ARN', () => {
    assert.deepEqual(paths('CX2224', custom('arn:aws:lambda:eu-west-1:123456789012:function:check')), AT);
    assert.deepEqual(paths('CX2224', custom('!Sub arn:${AWS::Partition}:lambda:${DrRegion}:${AWS::AccountId}:function:${FunctionName}')), AT);
    assert.deepEqual(paths('CX2224', custom("!Sub ['arn:aws:sns:us-west-2:${AWS::AccountId}:checks', {}]")), AT);
  });
  it("is silent on the stack's own Region, a resource's attribute, a Sub variable and text that is no ARN", () => {
    assert.deepEqual(paths('CX2224', custom('!Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}')), []);
    assert.deepEqual(paths('CX2224', custom('!GetAtt Fn.Arn')), []);
    assert.deepEqual(paths('CX2224', custom("!Sub ['arn:aws:lambda:${Where}:${AWS::AccountId}:function:check', {Where: !Ref AWS::Region}]")), []);
    assert.deepEqual(paths('CX2224', custom('!Ref FunctionName')), []);
    assert.deepEqual(paths('CX2224', custom('arn:aws:lambda:region:account-id:function:check')), []);
  });
});
