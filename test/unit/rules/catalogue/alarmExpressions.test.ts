/** CX3128: the Ids a metric math alarm's expressions and anomaly threshold name. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmUnknownQueryId, namedIds } from '../../../../src/core/rules/catalogue/governance/alarmExpressions';
import { findings, paths, resources } from './checkObjects';

const alarm = (expression: string, extra = '') =>
  resources(`  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      ComparisonOperator: GreaterThanUpperThreshold
      EvaluationPeriods: 1
${extra}      Metrics:
        - Id: latency
          ReturnData: true
          MetricStat: {Metric: {Namespace: AWS/ApplicationELB, MetricName: TargetResponseTime}, Period: 60, Stat: Average}
        - Id: band
          ReturnData: true
          Expression: ${expression}
`);

describe('CX3128 query Ids a metric math alarm names', () => {
  it('reads Ids from expressions: lower-case words, not functions, keywords, quoted text or exponents', () => {
    assert.deepEqual(namedIds('ANOMALY_DETECTION_BAND(latency, 2)'), ['latency']);
    assert.deepEqual(namedIds('IF((100-cpu) >= capacity, 1, 0) AND IF ((100-memory) >= capacity, 1, 0)'), ['cpu', 'capacity', 'memory']);
    assert.deepEqual(namedIds('serverError / (success + 1e-36)'), ['serverError', 'success']);
    assert.deepEqual(namedIds('SEARCH(\'{AWS/EC2,InstanceId} MetricName="CPUUtilization"\', \'Average\', 300)'), []);
    assert.deepEqual(namedIds('SELECT AVG(CPUUtilization) FROM SCHEMA("AWS/EC2", InstanceId)'), []);
  });

  it('reports an Id no query has, in an expression or as ThresholdMetricId', () => {
    assert.deepEqual(paths(alarmUnknownQueryId, alarm('ANOMALY_DETECTION_BAND(latency, 2)', '      ThresholdMetricId: band\n')), []);
    const [found] = findings(alarmUnknownQueryId, alarm('ANOMALY_DETECTION_BAND(latencyx, 2)'));
    assert.equal(found.message, "Expression 'ANOMALY_DETECTION_BAND(latencyx, 2)' (query 'band' of alarm 'Alarm') names 'latencyx', which no entry of its Metrics has as Id (latency, band): the expression has no data for it");
    assert.deepEqual(paths(alarmUnknownQueryId, alarm('ANOMALY_DETECTION_BAND(latency, 2)', '      ThresholdMetricId: bands\n')), ['Resources/Alarm/Properties/ThresholdMetricId']);
  });

  it('leaves alone expressions and Ids it cannot read', () => {
    assert.deepEqual(paths(alarmUnknownQueryId, alarm('!Sub "ANOMALY_DETECTION_BAND(${Metric}, 2)"')), []);
  });
});

describe('CX3129 composite alarm rule operators', () => {
  const composite = (rule: string) => resources(`  Composite:\n    Type: AWS::CloudWatch::CompositeAlarm\n    Properties:\n      AlarmRule: ${rule}\n`);
  it('reports &&, || and ! outside quoted names, and takes AND, OR and NOT', async () => {
    const { compositeRuleOperators } = await import('../../../../src/core/rules/catalogue/governance/alarmExpressions');
    assert.equal(findings(compositeRuleOperators, composite("'ALARM(a) && ALARM(b)'"))[0].message, "AlarmRule of composite alarm 'Composite' uses &&: CloudWatch combines alarms with AND, OR and NOT (write AND)");
    assert.deepEqual(paths(compositeRuleOperators, composite("'ALARM(a) || !OK(b)'")), ['Resources/Composite/Properties/AlarmRule']);
    assert.deepEqual(paths(compositeRuleOperators, composite('\'ALARM(a) AND NOT ALARM("deploy && release")\'')), []);
    assert.deepEqual(paths(compositeRuleOperators, composite('!Sub \'ALARM("${A.Arn}") OR ALARM("${B.Arn}")\'')), []);
  });
});

describe('CX3132 composite alarm rule naming an alarm without a state', () => {
  const composite = (rule: string) => resources(`  Composite:\n    Type: AWS::CloudWatch::CompositeAlarm\n    Properties:\n      AlarmRule: ${rule}\n`);
  it('finds a name, quoted or not, outside the state functions, and nothing inside them', async () => {
    const { bareAlarmName } = await import('../../../../src/core/rules/catalogue/governance/alarmExpressions');
    assert.equal(bareAlarmName('ALARM(HighLatency) AND HighErrors'), 'HighErrors');
    assert.equal(bareAlarmName('(ALARM(a) OR "b") AND NOT OK(c)'), '"b"');
    assert.equal(bareAlarmName('ALARM(CPUUtilizationTooHigh) AND NOT ALARM(DeploymentInProgress)'), undefined);
    assert.equal(bareAlarmName('AT_LEAST(2, ALARM, (a, b, c)) OR (INSUFFICIENT_DATA("x y") AND TRUE)'), undefined);
    assert.equal(bareAlarmName('alarm(a) and ok(b)'), undefined);
    // An unquoted variable may stand for a whole expression.
    assert.equal(bareAlarmName('${Inner} OR ALARM(a)'), undefined);
  });
  it('reports it on the rule, leaving rules with foreign operators to CX3129', async () => {
    const { compositeRuleBareAlarm } = await import('../../../../src/core/rules/catalogue/governance/alarmExpressions');
    assert.equal(
      findings(compositeRuleBareAlarm, composite("'ALARM(a) AND b'"))[0].message,
      "AlarmRule of composite alarm 'Composite' names b without a state: write ALARM(b) (or OK(…), INSUFFICIENT_DATA(…))",
    );
    assert.deepEqual(paths(compositeRuleBareAlarm, composite('!Sub \'ALARM("${A.Arn}") OR "${B.Arn}"\'')), ['Resources/Composite/Properties/AlarmRule']);
    assert.deepEqual(paths(compositeRuleBareAlarm, composite("'ALARM(a) && b'")), []);
    assert.deepEqual(paths(compositeRuleBareAlarm, composite('!Sub \'ALARM("${A.Arn}") OR OK("${B.Arn}")\'')), []);
  });
});
