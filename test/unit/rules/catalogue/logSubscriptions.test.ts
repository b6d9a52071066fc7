/** CX3134: a subscription filter to a Lambda function CloudWatch Logs may not invoke, or not yet. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logSubscriptionLambdaPermission } from '../../../../src/core/rules/catalogue/governance/logSubscriptions';
import { findings, paths, resources } from './checkObjects';

const FUNCTION = `  Fn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/r, Code: {ZipFile: x}}
`;
const filter = (extra = '') => `  Filter:
    Type: AWS::Logs::SubscriptionFilter
${extra}    Properties:
      LogGroupName: /app/web
      FilterPattern: ERROR
      DestinationArn: !GetAtt Fn.Arn
`;
const permission = (principal: string) => `  Invoke:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: ${principal}}
`;

describe('CX3134 subscription filter to a Lambda function', () => {
  it('reports a function no permission lets CloudWatch Logs invoke', () => {
    assert.deepEqual(
      findings(logSubscriptionLambdaPermission, resources(FUNCTION + filter())).map((found) => found.message),
      ["Subscription filter 'Filter' sends to function 'Fn', but no AWS::Lambda::Permission lets logs.amazonaws.com invoke it: CloudWatch Logs cannot create the filter"],
    );
    // A permission for another service does not count.
    assert.deepEqual(paths(logSubscriptionLambdaPermission, resources(FUNCTION + filter() + permission('s3.amazonaws.com'))), ['Resources/Filter/Properties/DestinationArn']);
  });

  it('asks for the dependency on a permission, global or regional, with a fix', () => {
    for (const principal of ['logs.amazonaws.com', 'logs.eu-west-1.amazonaws.com']) {
      const found = findings(logSubscriptionLambdaPermission, resources(FUNCTION + filter() + permission(principal)));
      assert.equal(found.length, 1);
      assert.equal(found[0].fixes?.[0].title, 'Create the filter after Invoke');
    }
    assert.deepEqual(paths(logSubscriptionLambdaPermission, resources(FUNCTION + filter('    DependsOn: Invoke\n') + permission('logs.amazonaws.com'))), []);
  });

  it('leaves a principal it cannot read, and destinations that are not functions of the template', () => {
    assert.deepEqual(paths(logSubscriptionLambdaPermission, resources(FUNCTION + filter() + permission("!Sub 'logs.${AWS::Region}.amazonaws.com'"))), []);
    const stream = `  Stream:\n    Type: AWS::Kinesis::Stream\n    Properties: {ShardCount: 1}\n`;
    assert.deepEqual(paths(logSubscriptionLambdaPermission, resources(stream + filter().replace('Fn.Arn', 'Stream.Arn'))), []);
  });
});
