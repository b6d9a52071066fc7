/** CX1218: an alarm that scales in and treats missing data as breaching. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function template(policy: string[], treat = 'breaching'): string {
  return [
    'Resources:',
    '  Policy:',
    '    Type: AWS::AutoScaling::ScalingPolicy',
    '    Properties:',
    '      AutoScalingGroupName: web',
    ...policy.map((line) => `      ${line}`),
    '  Alarm:',
    '    Type: AWS::CloudWatch::Alarm',
    '    Properties:',
    '      Namespace: AWS/EC2',
    '      MetricName: CPUUtilization',
    '      Statistic: Average',
    '      Period: 60',
    '      EvaluationPeriods: 5',
    '      Threshold: 30',
    '      ComparisonOperator: LessThanThreshold',
    `      TreatMissingData: ${treat}`,
    '      AlarmActions: [!Ref Policy]',
    '',
  ].join('\n');
}

const simple = (adjustment: string, type = 'ChangeInCapacity') => [`AdjustmentType: ${type}`, `ScalingAdjustment: ${adjustment}`];
const step = (...adjustments: string[]) => ['PolicyType: StepScaling', 'AdjustmentType: ChangeInCapacity', 'StepAdjustments:', ...adjustments.map((value) => `  - {MetricIntervalUpperBound: 0, ScalingAdjustment: ${value}}`)];

describe('CX1218 scale-in on missing data', () => {
  it('reports a breaching alarm whose simple or step policy only removes capacity', () => {
    assert.deepEqual(paths('CX1218', template(simple('-1'))), ['Resources/Alarm/Properties/TreatMissingData']);
    assert.deepEqual(paths('CX1218', template(step('-1', '-2'))), ['Resources/Alarm/Properties/TreatMissingData']);
  });

  it('accepts other missing-data treatments, scale-out policies, exact capacities and adjustments it cannot read', () => {
    assert.deepEqual(paths('CX1218', template(simple('-1'), 'notBreaching')), []);
    assert.deepEqual(paths('CX1218', template(simple('2'))), []);
    assert.deepEqual(paths('CX1218', template(step('-1', '1'))), []);
    assert.deepEqual(paths('CX1218', template(simple('1', 'ExactCapacity'))), []);
    assert.deepEqual(paths('CX1218', template(simple('!Ref Step'))), []);
    assert.deepEqual(paths('CX1218', template(simple('-1')).replace('Namespace: AWS/EC2', 'Namespace: AWS/DynamoDB')), []);
  });
});
