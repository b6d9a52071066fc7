/** Edge cases of the T30 schedule and event-source checks and the T29 remediation rule name: values the template cannot fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remediationRuleByArn } from '../../../../src/core/rules/catalogue/governance/configRules';
import { eventSourceWithoutPrefix } from '../../../../src/core/rules/catalogue/governance/eventSources';
import { scheduleCronExpression, scheduleRateExpression } from '../../../../src/core/rules/catalogue/governance/schedules';
import { cronProblem, rateProblem, sixFieldCron } from '../../../../src/core/rules/catalogue/support/schedules';
import { fixed, only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';

describe('support/schedules: reading cron and rate expressions', () => {
  it('reads the six AWS cron fields and the ? rule, and nothing that is not cron(…)', () => {
    assert.deepEqual(cronProblem('cron(0 5 * * ? *)'), undefined);
    assert.deepEqual(cronProblem('cron(0 5 * * *)'), { kind: 'field-count', count: 5 });
    assert.deepEqual(cronProblem(' cron( 0 5 * * ? * 2030 ) '), { kind: 'field-count', count: 7 });
    assert.deepEqual(cronProblem('cron(0 6 1 * MON *)'), { kind: 'both-days' });
    assert.deepEqual(cronProblem('cron(0 6 1 * MON *)', { days: false }), undefined);
    assert.deepEqual(cronProblem('rate(5 minutes)'), undefined);
    assert.deepEqual(cronProblem('0 5 * * *'), undefined);
  });

  it('reads rate units, values and agreement, and leaves placeholders and other forms alone', () => {
    assert.deepEqual(rateProblem('rate(1 minute)'), undefined);
    assert.deepEqual(rateProblem('rate(10 days)'), undefined);
    assert.deepEqual(rateProblem('rate(1 minutes)'), { kind: 'agreement', unit: 'minutes', expected: 'minute' });
    assert.deepEqual(rateProblem('rate(5 hour)'), { kind: 'agreement', unit: 'hour', expected: 'hours' });
    assert.deepEqual(rateProblem('rate(1 minutes)', { agreement: false }), undefined);
    assert.deepEqual(rateProblem('rate(2 weeks)'), { kind: 'unit', unit: 'weeks' });
    assert.deepEqual(rateProblem('rate(0 minutes)'), { kind: 'value', value: '0' });
    assert.deepEqual(rateProblem('rate(${Minutes} minutes)'), undefined);
    assert.deepEqual(rateProblem('cron(0 5 * * ? *)'), undefined);
  });

  it('turns only an every-day five-field cron into six fields', () => {
    assert.equal(sixFieldCron('cron(0 5 * * *)'), 'cron(0 5 * * ? *)');
    assert.equal(sixFieldCron('cron(0 5 1 * *)'), 'cron(0 5 1 * ? *)');
    assert.equal(sixFieldCron('cron(0 5 * * 1)'), undefined, 'Unix and AWS number the days of the week differently');
    assert.equal(sixFieldCron('cron(0 5 * * ? *)'), undefined);
  });
});

const rule = (expression: string) => resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: ${expression}\n      Targets: [{ Id: t, Arn: !Ref QueueArn }]\n`, '  QueueArn:\n    Type: String\n  Period:\n    Type: String\n    AllowedValues: [rate(1 hours), rate(2 hour)]\n  Free:\n    Type: String\n  Nightly:\n    Type: String\n');

describe('CX3019 rate expressions', () => {
  it('fixes the unit of a literal', () => {
    const text = rule('rate(1 minutes)');
    const found = only(findings(scheduleRateExpression, text));
    assert.equal(found.severity, 'error');
    assert.deepEqual(findings(scheduleRateExpression, fixed(text, found)), []);
  });

  it('reports a parameter only when every allowed value is wrong, and leaves free parameters and Fn::Sub alone', () => {
    assert.deepEqual(paths(scheduleRateExpression, rule('!Ref Period')), ['Resources/Rule/Properties/ScheduleExpression']);
    assert.deepEqual(paths(scheduleRateExpression, rule('!Ref Free')), []);
    assert.deepEqual(paths(scheduleRateExpression, rule("!Sub 'rate(${Free} minutes)'")), []);
  });

  it('reads both branches of Fn::If and treats AWS::NoValue as absent', () => {
    assert.deepEqual(paths(scheduleRateExpression, rule('!If [Nightly, rate(1 day), rate(2 day)]')), []);
    assert.deepEqual(paths(scheduleRateExpression, rule('!If [Nightly, rate(1 days), !Ref AWS::NoValue]')), ['Resources/Rule/Properties/ScheduleExpression']);
  });

  it('reads SAM Schedule events for agreement, ScheduleV2 (EventBridge Scheduler) ones for the unit only', () => {
    const sam = (type: string, key: string) =>
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: i.h\n      InlineCode: x\n      Events:\n        Tick:\n          Type: ${type}\n          Properties:\n            ${key}: rate(1 minutes)\n`;
    assert.deepEqual(paths(scheduleRateExpression, sam('Schedule', 'Schedule')), ['Resources/Fn/Properties/Events/Tick/Properties/Schedule']);
    assert.deepEqual(paths(scheduleRateExpression, sam('ScheduleV2', 'ScheduleExpression')), []);
    const weeks = sam('ScheduleV2', 'ScheduleExpression').replace('rate(1 minutes)', 'rate(2 weeks)');
    assert.deepEqual(paths(scheduleRateExpression, weeks), ['Resources/Fn/Properties/Events/Tick/Properties/ScheduleExpression']);
  });
});

describe('CX3020 cron expressions', () => {
  it('offers six fields for an every-day Unix cron, and no fix when the days of the week would shift', () => {
    const text = rule('cron(0 5 * * *)');
    const found = only(findings(scheduleCronExpression, text));
    assert.deepEqual(findings(scheduleCronExpression, fixed(text, found)), []);
    assert.equal(only(findings(scheduleCronExpression, rule('cron(0 5 * * 1)'))).fixes, undefined);
  });

  it('checks only the six fields of a Scheduler schedule and skips at() and rate()', () => {
    const schedule = (expression: string) =>
      resources(`  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      ScheduleExpression: ${expression}\n      FlexibleTimeWindow: { Mode: "OFF" }\n      Target: { Arn: !Ref QueueArn, RoleArn: !Ref QueueArn }\n`, '  QueueArn:\n    Type: String\n');
    assert.deepEqual(paths(scheduleCronExpression, schedule('cron(0 18 ? * MON-FRI)')), ['Resources/Schedule/Properties/ScheduleExpression']);
    assert.deepEqual(paths(scheduleCronExpression, schedule('cron(0 6 1 * MON *)')), []);
    assert.deepEqual(paths(scheduleCronExpression, schedule('at(2030-01-01T10:00:00)')), []);
  });

  it('says fields separated by commas are the fault, not the day fields', () => {
    const found = only(findings(scheduleCronExpression, rule("'cron(5, 0, 1, *, ?, *)'")));
    assert.match(found.message, /separates its fields with commas: the six fields are separated by spaces/);
    assert.deepEqual(paths(scheduleCronExpression, rule("'cron(0 8,20 ? * MON-FRI *)'")), []);
  });

  it('leaves unknown values alone', () => {
    assert.deepEqual(paths(scheduleCronExpression, rule('!Ref Free')), []);
    assert.deepEqual(paths(scheduleCronExpression, rule("!Sub 'cron(0 ${Free} * * ? *)'")), []);
    assert.deepEqual(paths(scheduleCronExpression, rule('!If [Nightly, cron(0 5 * * ? *), !Ref AWS::NoValue]')), []);
  });
});

describe('CX3021 AWS service source without aws.', () => {
  const pattern = (body: string) => resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern:\n${body}      Targets: [{ Id: t, Arn: !Ref QueueArn }]\n`, '  QueueArn:\n    Type: String\n');

  it('fixes the source', () => {
    const text = pattern('        source: [codepipeline]\n        detail-type: [CodePipeline Pipeline Execution State Change]\n');
    const found = only(findings(eventSourceWithoutPrefix, text));
    assert.equal(found.severity, 'warning');
    assert.deepEqual(findings(eventSourceWithoutPrefix, fixed(text, found)), []);
  });

  it('needs a detail-type of that service (or one delivered by CloudTrail), so custom events stay silent', () => {
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [codepipeline]\n')), []);
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [ec2]\n        detail-type: [Order Placed]\n')), []);
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [com.example.ec2]\n        detail-type: [EC2 Instance State-change Notification]\n')), []);
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [s3]\n        detail-type: [AWS API Call via CloudTrail]\n')), ['Resources/Rule/Properties/EventPattern/source']);
  });

  it('stays silent when aws. is there too, for Lambda destinations (source "lambda") and for computed values', () => {
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [ec2, aws.ec2]\n        detail-type: [EC2 Instance State-change Notification]\n')), []);
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [lambda]\n        detail-type: [Lambda Function Invocation Result - Failure]\n')), []);
    assert.deepEqual(paths(eventSourceWithoutPrefix, pattern('        source: [!Ref QueueArn]\n        detail-type: [ECS Task State Change]\n')), []);
    assert.deepEqual(paths(eventSourceWithoutPrefix, resources('  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: !If [Prod, {source: [ecs], detail-type: [ECS Task State Change]}, !Ref AWS::NoValue]\n')), []);
  });
});

describe('CX2919 remediation rule given by ARN', () => {
  const remediation = (value: string) =>
    resources(`  Rule:\n    Type: AWS::Config::ConfigRule\n    Properties:\n      Source: { Owner: AWS, SourceIdentifier: S3_BUCKET_VERSIONING_ENABLED }\n  Fix:\n    Type: AWS::Config::RemediationConfiguration\n    Properties:\n      ConfigRuleName: ${value}\n      TargetType: SSM_DOCUMENT\n      TargetId: AWS-ConfigureS3BucketVersioning\n`, '  RuleName:\n    Type: String\n');

  it('fixes Fn::GetAtt Arn and ConfigRuleId with a Ref', () => {
    for (const value of ['!GetAtt Rule.Arn', '!GetAtt [Rule, ConfigRuleId]']) {
      const text = remediation(value);
      assert.deepEqual(findings(remediationRuleByArn, fixed(text, only(findings(remediationRuleByArn, text)))), []);
    }
  });

  it('reports an ARN written out, and leaves names, parameters and imports alone', () => {
    assert.equal(findings(remediationRuleByArn, remediation("!Sub 'arn:${AWS::Partition}:config:${AWS::Region}:${AWS::AccountId}:config-rule/config-rule-abc'")).length, 1);
    for (const value of ['!Ref Rule', '!Ref RuleName', 's3-versioning', "!ImportValue shared-rule-name", '!If [Own, !Ref Rule, !Ref AWS::NoValue]']) {
      assert.deepEqual(paths(remediationRuleByArn, remediation(value)), [], value);
    }
  });
});
