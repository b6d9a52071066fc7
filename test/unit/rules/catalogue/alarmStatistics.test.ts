/** CX3133: a load balancer response-code count read with a statistic that is always 1. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmCountStatistic } from '../../../../src/core/rules/catalogue/governance/alarmStatistics';
import { findings, paths, resources } from './checkObjects';

const alarm = (metric: string, statistic: string, namespace = 'AWS/ApplicationELB') =>
  resources(`  Errors:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: ${namespace}\n      MetricName: ${metric}\n      Statistic: ${statistic}\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 5\n      ComparisonOperator: GreaterThanThreshold\n`);

describe('CX3133 response-code counts read with Average, Minimum or Maximum', () => {
  it('reports them with a fix to Sum, and leaves Sum and other metrics alone', () => {
    const [found] = findings(alarmCountStatistic, alarm('HTTPCode_Target_5XX_Count', 'Average'));
    assert.equal(found.message, "Alarm 'Errors' reads HTTPCode_Target_5XX_Count with Average, which is 1 whenever the metric is reported: use Sum to count the responses");
    assert.equal(found.fixes?.[0].title, 'Use the Sum statistic');
    assert.deepEqual(paths(alarmCountStatistic, alarm('HTTPCode_ELB_5XX_Count', 'Maximum')), ['Resources/Errors/Properties/Statistic']);
    assert.deepEqual(paths(alarmCountStatistic, alarm('HTTPCode_Target_5XX_Count', 'Sum')), []);
    assert.deepEqual(paths(alarmCountStatistic, alarm('TargetResponseTime', 'Average')), []);
    assert.deepEqual(paths(alarmCountStatistic, alarm('HTTPCode_Target_5XX_Count', 'Average', 'Custom/App')), []);
  });

  it('reads the MetricStat of metric math queries', () => {
    const text = resources(`  Errors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanThreshold
      Metrics:
        - Id: errors
          ReturnData: true
          MetricStat: {Metric: {Namespace: AWS/ApplicationELB, MetricName: HTTPCode_Target_4XX_Count}, Period: 60, Stat: Minimum}
`);
    assert.deepEqual(paths(alarmCountStatistic, text), ['Resources/Errors/Properties/Metrics/0/MetricStat/Stat']);
  });
});

describe('CX3111 fix for a response-code count', () => {
  it('inserts Sum, not Average', async () => {
    const { alarmStatistic } = await import('../../../../src/core/rules/catalogue/governance/alarms');
    const text = resources(`  Errors:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: AWS/ApplicationELB\n      MetricName: HTTPCode_Target_5XX_Count\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 5\n      ComparisonOperator: GreaterThanThreshold\n`);
    assert.equal(findings(alarmStatistic, text)[0].fixes?.[0].title, 'Use the Sum statistic');
  });
});
