/** CX3324: a Lambda task with no retrier or catcher for Lambda's transient service errors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function machine(type: string, resource: string, handlers: string[] = []): string {
  return [
    'Resources:',
    '  Work:',
    '    Type: AWS::Lambda::Function',
    '  Flow:',
    `    Type: ${type}`,
    '    Properties:',
    '      Definition:',
    '        StartAt: Call',
    '        States:',
    '          Call:',
    '            Type: Task',
    `            Resource: ${resource}`,
    ...handlers.map((line) => `            ${line}`),
    '            End: true',
    '',
  ].join('\n');
}

const FLOW = 'AWS::StepFunctions::StateMachine';
const AT = 'Resources/Flow/Properties/Definition/States/Call/Resource';

describe('CX3324 Lambda task without transient-error handling', () => {
  it('reports the optimized integration, a function ARN and a substituted function of the template, in CloudFormation and SAM', () => {
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:states:::lambda:invoke')), [AT]);
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:lambda:us-east-1:111122223333:function:work')), [AT]);
    assert.deepEqual(paths('CX3324', machine(FLOW, "'${Work.Arn}'")), [AT]);
    assert.deepEqual(paths('CX3324', machine('AWS::Serverless::StateMachine', 'arn:aws:states:::lambda:invoke')), [AT]);
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:states:::lambda:invoke', ['Retry: [{ErrorEquals: [Lambda.TooManyRequestsException]}]'])), [AT]);
  });

  it('accepts a retrier or catcher that takes them in, and tasks of other services', () => {
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:states:::lambda:invoke', ['Retry: [{ErrorEquals: [Lambda.ServiceException, Lambda.SdkClientException]}]'])), []);
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:states:::lambda:invoke', ['Catch: [{ErrorEquals: [States.ALL], Next: Call}]'])), []);
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:states:::lambda:invoke', ['Retry: [{ErrorEquals: [States.TaskFailed]}]'])), []);
    assert.deepEqual(paths('CX3324', machine(FLOW, 'arn:aws:states:::sns:publish')), []);
  });
});
