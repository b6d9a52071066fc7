/** CX3130 for EC2 and Lambda metrics: dimension names they are never published with, and ARNs where a name is published. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmMetricDimensions } from '../../../../src/core/rules/catalogue/governance/metricDimensions';
import { paths, resources } from './checkObjects';

const alarm = (namespace: string, metric: string, name: string, value: string) =>
  resources(
    `  Fn:\n    Type: AWS::Lambda::Function\n  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: ${namespace}\n      MetricName: ${metric}\n      Dimensions:\n        - Name: ${name}\n          Value: ${value}\n      Statistic: Sum\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n`,
  );

describe('CX3130 EC2 and Lambda alarm dimensions', () => {
  it('reports an EC2 dimension name the namespace never uses, and an ARN given for a function name', () => {
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/EC2', 'CPUUtilization', 'AutoScalingGroup', 'web')), ['Resources/Alarm/Properties/Dimensions/0/Name']);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/Lambda', 'Errors', 'FunctionName', '!GetAtt Fn.Arn')), ['Resources/Alarm/Properties/Dimensions/0/Value']);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/Lambda', 'Errors', 'FunctionName', 'arn:aws:lambda:us-east-1:123456789012:function:f')), [
      'Resources/Alarm/Properties/Dimensions/0/Value',
    ]);
  });

  it('accepts the documented names, a Ref of the function, and leaves metrics it has no list for alone', () => {
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/EC2', 'CPUUtilization', 'AutoScalingGroupName', 'web')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/Lambda', 'Errors', 'FunctionName', '!Ref Fn')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/Lambda', 'Errors', 'Resource', 'f:live')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/Lambda', 'PolledEventCount', 'EventSourceMappingUUID', 'abc')), []);
  });
});
