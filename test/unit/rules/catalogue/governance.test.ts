/** Edge cases of the governance catalogue checks (T29–T33): computed values, JSON strings, quick fixes. */
import assert from 'node:assert/strict';
import { roleArnGivenName } from '../../../../src/core/rules/catalogue/governance/roleArns';
import { describe, it } from 'node:test';
import { alarmPeriodValue } from '../../../../src/core/rules/catalogue/governance/alarmPeriods';
import { alarmEvaluationRange, alarmReturnData, alarmStatistic, alarmWithoutActions, compositeAlarmOrder } from '../../../../src/core/rules/catalogue/governance/alarms';
import { configRuleBeforeRecorder, configRuleLambdaPermission } from '../../../../src/core/rules/catalogue/governance/configOrdering';
import { trailBeforeDestinationPolicy } from '../../../../src/core/rules/catalogue/governance/trailPolicies';
import { canaryDeprecatedRuntime, isDeprecatedCanaryRuntime } from '../../../../src/core/rules/catalogue/governance/canaryRuntimes';
import { remediationParameterValue } from '../../../../src/core/rules/catalogue/governance/configRules';
import { eventPatternUnknownField, eventRuleTrigger, eventTargetInput } from '../../../../src/core/rules/catalogue/governance/eventRules';
import { deadLetterRetention } from '../../../../src/core/rules/catalogue/governance/deadLetterRetention';
import { eventLambdaPermission, eventResourcePolicy, eventTargetDeadLetter } from '../../../../src/core/rules/catalogue/governance/eventTargets';
import { fifoQueueName } from '../../../../src/core/rules/catalogue/governance/fifoQueueNames';
import { passRoleOnEveryRole, serviceRoleTrust } from '../../../../src/core/rules/catalogue/governance/leastPrivilege';
import { logFilterBeforeGroup } from '../../../../src/core/rules/catalogue/governance/logGroups';
import { stateMachineUnknownState } from '../../../../src/core/rules/catalogue/governance/stateMachines';
import { stateMachineLogDestination } from '../../../../src/core/rules/catalogue/governance/stateMachineLogging';
import { fixed, only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';
import { check as checkById, findingPaths } from './helpers';
import { eventDetailValueNeverSent } from '../../../../src/core/rules/catalogue/governance/eventDetailValues';
import { alarmLoadBalancerNamespace } from '../../../../src/core/rules/catalogue/governance/alarmNamespaces';
import { openResourcePolicy } from '../../../../src/core/rules/catalogue/governance/openResourcePolicies';

describe('T29 Config rules and remediation', () => {
  it('leaves Parameters written as a JSON string alone', () => {
    const text = resources('  Fix:\n    Type: AWS::Config::RemediationConfiguration\n    Properties:\n      ConfigRuleName: r\n      TargetType: SSM_DOCUMENT\n      TargetId: AWS-X\n      Parameters: \'{"A": {}}\'\n');
    assert.deepEqual(paths(remediationParameterValue, text), []);
  });

  it('adds DependsOn on the recorder, and the fix removes the finding', () => {
    const text = resources(`  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: !Ref RecorderRoleArn
  Rule:
    Type: AWS::Config::ConfigRule
    Properties:
      Source: { Owner: AWS, SourceIdentifier: REQUIRED_TAGS }
      InputParameters: { tag1Key: purpose }
`);
    const found = only(findings(configRuleBeforeRecorder, text));
    assert.deepEqual(findings(configRuleBeforeRecorder, fixed(text, found)), []);
  });

  it('holds the delivery channel to the recorder too, and leaves one that waits for it alone', () => {
    const channel = (dependsOn: string) => resources(`  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: !Ref RecorderRoleArn
  Channel:
    Type: AWS::Config::DeliveryChannel${dependsOn}
    Properties:
      S3BucketName: config-bucket
`);
    const found = only(findings(configRuleBeforeRecorder, channel('')));
    assert.equal(found.message, "Delivery channel 'Channel' does not depend on the configuration recorder 'Recorder': CloudFormation may create it first, and it fails without a recorder");
    assert.deepEqual(findings(configRuleBeforeRecorder, fixed(channel(''), found)), []);
    assert.deepEqual(findings(configRuleBeforeRecorder, channel('\n    DependsOn: Recorder')), []);
  });

  it('says nothing about ordering when the only permission may name another function', () => {
    const body = (functionName: string) => `  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: i.h, Role: !Ref RoleArn, Code: { ZipFile: x } }
  Allow:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: ${functionName}, Action: lambda:InvokeFunction, Principal: config.amazonaws.com }
  Rule:
    Type: AWS::Config::ConfigRule
    Properties:
      Source: { Owner: CUSTOM_LAMBDA, SourceIdentifier: !GetAtt Fn.Arn, SourceDetails: [{ EventSource: aws.config, MessageType: ScheduledNotification }] }
`;
    assert.deepEqual(paths(configRuleLambdaPermission, resources(body('!Ref SomeFunction'))), []);
    assert.equal(findings(configRuleLambdaPermission, resources(body('!Ref Fn')))[0].message.startsWith("Config rule 'Rule' does not depend on 'Allow'"), true);
  });
});

describe('CX3320 CloudTrail trail before the policy of its bucket', () => {
  const trail = (dependsOn: string, bucketName = '!Ref Logs') =>
    `  Trail:\n    Type: AWS::CloudTrail::Trail\n${dependsOn}    Properties:\n      IsLogging: true\n      S3BucketName: ${bucketName}\n`;
  const bucket = '  Logs:\n    Type: AWS::S3::Bucket\n';
  const policy = (target: string) =>
    `  LogsPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: ${target}\n      PolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: s3:GetBucketAcl, Resource: !GetAtt Logs.Arn }] }\n`;

  it('says a bucket of the template without any bucket policy makes the trail fail', () => {
    const found = only(findings(trailBeforeDestinationPolicy, resources(bucket + trail(''))));
    assert.equal(found.message, "Trail 'Trail' writes to bucket 'Logs', which no AWS::S3::BucketPolicy of this template opens to CloudTrail: creating the trail fails");
    assert.deepEqual(found.fixes, undefined);
  });

  it('asks for DependsOn on the policy, whose fix removes the finding; a policy of another bucket does not count', () => {
    const text = resources(bucket + policy('!Ref Logs') + trail(''));
    assert.deepEqual(paths(trailBeforeDestinationPolicy, text), ['Resources/Trail/Properties/S3BucketName']);
    assert.deepEqual(findings(trailBeforeDestinationPolicy, fixed(text, only(findings(trailBeforeDestinationPolicy, text)))), []);
    assert.equal(only(findings(trailBeforeDestinationPolicy, resources(bucket + policy('other-bucket') + trail('')))).message.includes('no AWS::S3::BucketPolicy'), true);
  });

  it('counts a policy that names the bucket by the parameter its BucketName is written with', () => {
    const named = '  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref LogsName\n';
    const text = resources(named + policy('!Ref LogsName') + trail('    DependsOn: [LogsPolicy]\n'), '  LogsName:\n    Type: String\n');
    assert.deepEqual(paths(trailBeforeDestinationPolicy, text), []);
  });

  it('asks the same of the SNS topic the trail notifies, whose topic policy lists it among its Topics', () => {
    const topic = '  Alerts:\n    Type: AWS::SNS::Topic\n';
    const topicPolicy = `  AlertsPolicy:\n    Type: AWS::SNS::TopicPolicy\n    Properties:\n      Topics: [!Ref Other, !Ref Alerts]\n      PolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: sns:Publish, Resource: !Ref Alerts }] }\n`;
    const notifying = (dependsOn: string, ofTopic: string) =>
      resources(bucket + policy('!Ref Logs') + topic + ofTopic + trail(`    DependsOn: [${dependsOn}]\n`).replace('      IsLogging: true\n', '      IsLogging: true\n      SnsTopicName: !GetAtt Alerts.TopicName\n'));
    assert.deepEqual(findings(trailBeforeDestinationPolicy, notifying('LogsPolicy', '')).map((found) => found.message), [
      "Trail 'Trail' notifies topic 'Alerts', which no AWS::SNS::TopicPolicy of this template opens to CloudTrail: creating the trail fails",
    ]);
    assert.deepEqual(paths(trailBeforeDestinationPolicy, notifying('LogsPolicy', topicPolicy)), ['Resources/Trail/Properties/SnsTopicName']);
    assert.deepEqual(paths(trailBeforeDestinationPolicy, notifying('LogsPolicy, AlertsPolicy', topicPolicy)), []);
  });

  it('leaves alone a trail that waits for the policy, and a bucket named as text or by a parameter', () => {
    assert.deepEqual(paths(trailBeforeDestinationPolicy, resources(bucket + policy('!Ref Logs') + trail('    DependsOn: [LogsPolicy]\n'))), []);
    assert.deepEqual(paths(trailBeforeDestinationPolicy, resources(bucket + trail('', 'central-audit-logs'))), []);
    assert.deepEqual(paths(trailBeforeDestinationPolicy, resources(trail('', '!Ref LogBucketName'), '  LogBucketName:\n    Type: String\n')), []);
  });
});

describe('CX3131 Synthetics canary on a deprecated runtime version', () => {
  it('knows the deprecated versions of each family, and none of Playwright or Java', () => {
    const deprecated = ['syn-1.0', 'syn-nodejs-2.2', 'syn-nodejs-2.0-beta', 'syn-nodejs-puppeteer-3.1', 'syn-nodejs-puppeteer-6.2', 'syn-nodejs-puppeteer-7.0', 'syn-python-selenium-1.0', 'syn-python-selenium-5.1'];
    const supported = ['syn-nodejs-puppeteer-8.0', 'syn-nodejs-puppeteer-13.1', 'syn-python-selenium-6.0', 'syn-python-selenium-14.0', 'syn-nodejs-playwright-1.0', 'syn-java-1.0', 'syn-nodejs-puppeteer'];
    assert.deepEqual(deprecated.filter(isDeprecatedCanaryRuntime), deprecated);
    assert.deepEqual(supported.filter(isDeprecatedCanaryRuntime), []);
  });

  const canary = (runtime: string) =>
    resources(
      `  Probe:\n    Type: AWS::Synthetics::Canary\n    Properties:\n      Name: probe\n      ArtifactS3Location: s3://artifacts/probe\n      ExecutionRoleArn: !Ref RoleArn\n      RuntimeVersion: ${runtime}\n      Schedule: { Expression: rate(5 minutes) }\n      Code: { Handler: index.handler, Script: x }\n`,
      '  RoleArn:\n    Type: String\n  Runtime:\n    Type: String\n    AllowedValues: [syn-nodejs-puppeteer-6.2, syn-nodejs-puppeteer-9.1]\n',
    );

  it('is an error when every value is deprecated, a warning when only some parameter values are', () => {
    assert.deepEqual(findings(canaryDeprecatedRuntime, canary('syn-python-selenium-3.0')).map((found) => [found.severity, found.message]), [
      ['error', "Canary 'Probe' runs on syn-python-selenium-3.0, a deprecated Synthetics runtime version: Synthetics no longer creates canaries on it; move to the newest version of its family"],
    ]);
    assert.deepEqual(findings(canaryDeprecatedRuntime, canary('!Ref Runtime')).map((found) => found.severity), ['warning']);
    assert.deepEqual(findings(canaryDeprecatedRuntime, canary('syn-nodejs-puppeteer-9.1')), []);
  });
});

describe('T30 EventBridge', () => {
  it('treats Ref AWS::NoValue as absent and leaves Fn::If alone', () => {
    const rule = (properties: string) => resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n${properties}      Targets: [{ Id: t, Arn: !Ref TopicArn }]\n`);
    assert.equal(paths(eventRuleTrigger, rule('      ScheduleExpression: !Ref AWS::NoValue\n')).length, 1);
    assert.equal(paths(eventRuleTrigger, rule('      ScheduleExpression: !If [Nightly, rate(1 day), !Ref AWS::NoValue]\n')).length, 0);
  });

  it('reports Input with InputPath only when both are set in one deployment', () => {
    const target = (fields: string) =>
      resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(5 minutes)\n      Targets:\n        - Id: t\n          Arn: !Ref TopicArn\n${fields}`);
    const exclusive = "          Input: !If [Constant, '{\"a\":1}', !Ref AWS::NoValue]\n          InputPath: !If [Constant, !Ref AWS::NoValue, $.detail]\n";
    assert.deepEqual(paths(eventTargetInput, target(exclusive)), []);
    assert.deepEqual(paths(eventTargetInput, target("          Input: '{\"a\":1}'\n          InputPath: $.detail\n")), ['Resources/Rule/Properties/Targets/0/InputPath']);
  });

  it('reads an event pattern written as a JSON string and suggests the field', () => {
    const text = resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: '{"source": ["aws.rds"], "DetailType": ["RDS DB Instance Event"]}'\n`);
    const found = only(findings(eventPatternUnknownField, text));
    assert.equal(found.message, "The event pattern of rule 'Rule' matches on 'DetailType', which is not a top-level field of events: the rule never fires (did you mean 'detail-type'?)");
    assert.deepEqual(found.path, ['Resources', 'Rule', 'Properties', 'EventPattern']);
  });

  it('accepts a permission on the alias the rule targets', () => {
    const text = resources(`  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: i.h, Role: !Ref RoleArn, Code: { ZipFile: x } }
  Live:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Fn, FunctionVersion: "1", Name: live }
  Allow:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Live, Action: lambda:InvokeFunction, Principal: events.amazonaws.com }
  Rule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hour)
      Targets: [{ Id: fn, Arn: !Ref Live }]
`);
    assert.deepEqual(paths(eventLambdaPermission, text), []);
    assert.deepEqual(paths(eventLambdaPermission, text.replace('Principal: events.amazonaws.com', 'Principal: s3.amazonaws.com')), ['Resources/Rule/Properties/Targets/0/Arn']);
  });

  it('accepts a topic policy for any principal, and stays silent when the policy\'s topics are computed', () => {
    const topic = (policy: string) =>
      resources(`  Topic:\n    Type: AWS::SNS::Topic\n${policy}  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      ScheduleExpression: rate(1 hour)\n      Targets: [{ Id: t, Arn: !Ref Topic }]\n`);
    const policy = (topics: string, principal: string) =>
      `  Policy:\n    Type: AWS::SNS::TopicPolicy\n    Properties:\n      Topics: ${topics}\n      PolicyDocument:\n        Statement: [{ Effect: Allow, Principal: ${principal}, Action: sns:Publish, Resource: "*", Condition: { ArnEquals: { aws:SourceArn: x } } }]\n`;
    assert.deepEqual(paths(eventResourcePolicy, topic(policy('[!Ref Topic]', '"*"'))), []);
    assert.deepEqual(paths(eventResourcePolicy, topic(policy('!Ref TopicList', '{ Service: s3.amazonaws.com }'))), []);
    assert.deepEqual(paths(eventResourcePolicy, topic(policy('[!Ref Topic]', '{ Service: s3.amazonaws.com }'))), ['Resources/Rule/Properties/Targets/0/Arn']);
  });

  it('accepts a Lambda, SNS or SQS target reached through an execution role (RoleArn), not one whose RoleArn is AWS::NoValue', () => {
    const target = (type: string, role: string) =>
      resources(`  Target:
    Type: ${type}
    Properties: {}
  Rule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hour)
      Targets: [{ Id: t, Arn: !GetAtt Target.Arn${role} }]
`);
    const withRole = ', RoleArn: arn:aws:iam::123456789012:role/events-invoke';
    assert.deepEqual(paths(eventResourcePolicy, target('AWS::SQS::Queue', withRole)), []);
    assert.deepEqual(paths(eventResourcePolicy, target('AWS::SNS::Topic', withRole)), []);
    assert.deepEqual(paths(eventLambdaPermission, target('AWS::Lambda::Function', withRole)), []);
    assert.deepEqual(paths(eventLambdaPermission, target('AWS::Lambda::Function', ', RoleArn: !Ref AWS::NoValue')), ['Resources/Rule/Properties/Targets/0/Arn']);
    assert.deepEqual(paths(eventResourcePolicy, target('AWS::SQS::Queue', '')), ['Resources/Rule/Properties/Targets/0/Arn']);
  });
});

describe('T30 FIFO queue names', () => {
  const queue = (fifo: string, name: string, parameters = '') =>
    resources(`  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: ${fifo}\n      QueueName: ${name}\n`, parameters);
  const at = ['Resources/Queue/Properties/QueueName'];

  it('reports a literal name without the suffix, and the fix appends it', () => {
    const text = queue('true', 'orders');
    const found = only(findings(fifoQueueName, text));
    assert.equal(found.message, "FIFO queue 'Queue' has a QueueName that does not end in '.fifo': SQS refuses to create it");
    assert.equal(fixed(text, found).includes('QueueName: orders.fifo'), true);
    assert.deepEqual(paths(fifoQueueName, fixed(text, found)), []);
  });

  it('reads FifoQueue written as a string, and leaves standard or unknown queue types alone', () => {
    assert.deepEqual(paths(fifoQueueName, queue('"true"', 'orders')), at);
    assert.deepEqual(paths(fifoQueueName, queue('false', 'orders')), []);
    assert.deepEqual(paths(fifoQueueName, queue('!Ref Fifo', 'orders', '  Fifo:\n    Type: String\n')), []);
  });

  it('knows the end of an Fn::Sub or Fn::Join name from its literal tail', () => {
    assert.deepEqual(paths(fifoQueueName, queue('true', '!Sub ${AWS::StackName}-orders')), at);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!Sub ${AWS::StackName}-orders.fifo')), []);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!Sub ${AWS::StackName}fifo')), []);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!Sub ${QueueBase}')), []);
    assert.deepEqual(paths(fifoQueueName, queue('true', "!Join ['-', [!Ref AWS::StackName, orders]]")), at);
    assert.deepEqual(paths(fifoQueueName, queue('true', "!Join ['-', [orders, !Ref AWS::StackName]]")), []);
  });

  it('reports an Fn::If or a parameter only when no value can end in .fifo', () => {
    assert.deepEqual(paths(fifoQueueName, queue('true', '!If [Prod, orders, orders-test]')), at);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!If [Prod, orders.fifo, orders-test]')), []);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!Ref Name', '  Name:\n    Type: String\n    AllowedValues: [a, b]\n')), at);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!Ref Name', '  Name:\n    Type: String\n')), []);
    assert.deepEqual(paths(fifoQueueName, queue('true', '!ImportValue QueueName')), []);
  });
});

describe('T31 CloudWatch', () => {
  const alarm = (properties: string, id = 'Alarm') => `  ${id}:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n${properties}`;

  it('reads string numbers and skips computed ones', () => {
    const base = '      Namespace: AWS/EC2\n      MetricName: CPUUtilization\n      Statistic: Average\n      Threshold: 80\n      ComparisonOperator: GreaterThanThreshold\n      AlarmActions: [!Ref Topic]\n';
    assert.equal(paths(alarmEvaluationRange, resources(alarm(base + '      Period: "300"\n      EvaluationPeriods: "300"\n'))).length, 1);
    assert.equal(paths(alarmEvaluationRange, resources(alarm(base + '      Period: 3600\n      EvaluationPeriods: 100\n'))).length, 0);
    assert.equal(paths(alarmEvaluationRange, resources(alarm(base + '      Period: 300\n      EvaluationPeriods: !Ref Periods\n'))).length, 0);
  });

  it('lets anomaly detection alarms return both the metric and the band, and reads ReturnData "false"', () => {
    const metrics = (returnData: string, threshold = '') =>
      resources(alarm(`      EvaluationPeriods: 1\n      ComparisonOperator: GreaterThanThreshold\n${threshold}      Metrics:\n        - Id: m1\n${returnData}          MetricStat: { Metric: { Namespace: N, MetricName: M }, Period: 60, Stat: Sum }\n        - Id: e1\n          Expression: m1 * 2\n`));
    assert.equal(paths(alarmReturnData, metrics('')).length, 1);
    assert.equal(paths(alarmReturnData, metrics('          ReturnData: "false"\n')).length, 0);
    assert.equal(paths(alarmReturnData, metrics('', '      ThresholdMetricId: e1\n')).length, 0);
  });

  it('counts an alarm as used when another resource names it as text', () => {
    const unused = alarm('      Namespace: N\n      MetricName: M\n      Statistic: Sum\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanThreshold\n      AlarmName: orders-errors\n');
    assert.equal(paths(alarmWithoutActions, resources(unused)).length, 1);
    const group = '  Group:\n    Type: AWS::CodeDeploy::DeploymentGroup\n    Properties:\n      ApplicationName: app\n      ServiceRoleArn: !Ref RoleArn\n      AlarmConfiguration: { Enabled: true, Alarms: [{ Name: orders-errors }] }\n';
    assert.equal(paths(alarmWithoutActions, resources(unused + group)).length, 0);
  });

  it('ignores alarm names that come from Fn::Sub variables, and its fix adds DependsOn', () => {
    const child = alarm('      AlarmName: child\n      Namespace: N\n      MetricName: M\n      Statistic: Sum\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanThreshold\n', 'Child');
    const composite = (rule: string) => resources(`${child}  Composite:\n    Type: AWS::CloudWatch::CompositeAlarm\n    Properties:\n      AlarmRule: ${rule}\n`);
    assert.equal(paths(compositeAlarmOrder, composite("!Sub 'ALARM(${Child})'")).length, 0);
    const text = composite("ALARM('child')");
    const found = only(findings(compositeAlarmOrder, text));
    assert.deepEqual(findings(compositeAlarmOrder, fixed(text, found)), []);
  });

  it('replaces a log group name with a Ref, and the fix removes the finding (JSON)', () => {
    const text = JSON.stringify(
      {
        Resources: {
          Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/app', RetentionInDays: 30 } },
          Filter: { Type: 'AWS::Logs::MetricFilter', Properties: { LogGroupName: '/app', FilterPattern: 'ERROR', MetricTransformations: [{ MetricName: 'E', MetricNamespace: 'N', MetricValue: '1' }] } },
        },
      },
      null,
      2,
    );
    const found = only(findings(logFilterBeforeGroup, text));
    assert.deepEqual(findings(logFilterBeforeGroup, fixed(text, found)), []);
  });
});

describe('T32 least privilege', () => {
  const role = (statement: string) =>
    resources(`  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }\n      Policies:\n        - PolicyName: p\n          PolicyDocument: { Statement: [${statement}] }\n`);

  it('flags PassRole through iam:*, not the full wildcard (CX5002) nor a scoped or conditioned grant', () => {
    assert.equal(paths(passRoleOnEveryRole, role('{ Effect: Allow, Action: "iam:*", Resource: "*" }')).length, 1);
    assert.equal(paths(passRoleOnEveryRole, role('{ Effect: Allow, Action: "*", Resource: "*" }')).length, 0);
    assert.equal(paths(passRoleOnEveryRole, role('{ Effect: Allow, Action: iam:PassRole, Resource: "*", Condition: { StringEquals: { iam:PassedToService: ec2.amazonaws.com } } }')).length, 0);
  });

  it('accepts regional and URLSuffix service principals and skips computed ones', () => {
    const machine = (principal: string) =>
      resources(`  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ${principal} }, Action: sts:AssumeRole }] }\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: !GetAtt Role.Arn\n      DefinitionString: '{}'\n`);
    assert.equal(paths(serviceRoleTrust, machine('states.eu-west-1.amazonaws.com')).length, 0);
    assert.equal(paths(serviceRoleTrust, machine('!Sub "states.${AWS::URLSuffix}"')).length, 0);
    assert.equal(paths(serviceRoleTrust, machine('!Ref TrustedService')).length, 0);
    assert.deepEqual(paths(serviceRoleTrust, machine('lambda.amazonaws.com')), ['Resources/Machine/Properties/RoleArn']);
  });
});

describe('CX3310 state machine transitions', () => {
  it('reads a DefinitionString and keeps Parallel branches separate', () => {
    const definition = JSON.stringify({
      StartAt: 'Both',
      States: {
        Both: { Type: 'Parallel', Next: 'Done', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Done' } } }] },
        Done: { Type: 'Succeed' },
      },
    });
    const text = resources(`  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: !Ref RoleArn\n      DefinitionString: '${definition}'\n`);
    const found = only(findings(stateMachineUnknownState, text));
    assert.equal(found.message, "Next of state machine 'Machine' names 'Done', which is not a state of its branch: Step Functions rejects the definition");
    assert.deepEqual(found.path, ['Resources', 'Machine', 'Properties', 'DefinitionString']);
  });

  it('leaves names filled in by DefinitionSubstitutions or Fn::Sub alone', () => {
    const map = resources(`  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: !Ref RoleArn\n      DefinitionSubstitutions: { First: Hello }\n      Definition:\n        StartAt: \${First}\n        States:\n          Hello: { Type: Pass, End: true }\n`);
    assert.deepEqual(paths(stateMachineUnknownState, map), []);
    const sub = resources(`  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: !Ref RoleArn\n      DefinitionString: !Sub '{"StartAt": "\${Stage}Start", "States": {"B": {"Type": "Succeed"}}}'\n`);
    assert.deepEqual(paths(stateMachineUnknownState, sub), []);
  });

  it('leaves a definition with variables in JSON values alone when it does not parse', () => {
    const text = resources(`  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: !Ref RoleArn\n      DefinitionString: !Sub '{"StartAt": "A", "TimeoutSeconds": \${Timeout}, "States": {"B": {"Type": "Succeed"}}}'\n`);
    assert.deepEqual(paths(stateMachineUnknownState, text), []);
  });
});

describe('T31 alarm periods', () => {
  const alarm = (period: string, parameters = '') =>
    resources(`  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: AWS/EC2\n      MetricName: CPUUtilization\n      Statistic: Average\n      Period: ${period}\n      EvaluationPeriods: 1\n      Threshold: 80\n      ComparisonOperator: GreaterThanThreshold\n`, parameters);
  const at = ['Resources/Alarm/Properties/Period'];

  it('takes sub-minute high-resolution periods and whole minutes, written as numbers or strings', () => {
    for (const period of ['10', '20', '30', '60', '300', '"3600"', '1', '5']) assert.deepEqual(paths(alarmPeriodValue, alarm(period)), [], period);
  });

  it('reports any other period, and the fix rounds it to whole minutes', () => {
    assert.deepEqual(paths(alarmPeriodValue, alarm('45')), at);
    assert.deepEqual(paths(alarmPeriodValue, alarm('"90"')), at);
    const text = alarm('100');
    const found = only(findings(alarmPeriodValue, text));
    assert.equal(found.message, "Alarm 'Alarm' has Period 100: CloudWatch takes 10, 20, 30 or a multiple of 60 seconds");
    assert.equal(fixed(text, found).includes('Period: 120'), true);
    assert.equal(fixed(alarm('45'), only(findings(alarmPeriodValue, alarm('45')))).includes('Period: 60'), true);
  });

  it('reports an Fn::If or a parameter only when no value is valid, and leaves unknown values alone', () => {
    assert.deepEqual(paths(alarmPeriodValue, alarm('!If [Fast, 45, 90]')), at);
    assert.deepEqual(paths(alarmPeriodValue, alarm('!If [Fast, 10, 90]')), []);
    assert.deepEqual(paths(alarmPeriodValue, alarm('!Ref Period', '  Period:\n    Type: Number\n    AllowedValues: [45, 75]\n')), at);
    assert.deepEqual(paths(alarmPeriodValue, alarm('!Ref Period', '  Period:\n    Type: Number\n')), []);
  });
});

describe('CX3315 state machine log destination', () => {
  const machine = (logging: string) => resources(`  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: !Ref RoleArn\n      DefinitionString: '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}'\n      LoggingConfiguration:\n${logging}`);
  it('needs Destinations whenever every level a deployment gives is not OFF', () => {
    const level = 'Resources/Machine/Properties/LoggingConfiguration/Level';
    assert.deepEqual(paths(stateMachineLogDestination, machine('        Level: ALL\n')), [level]);
    assert.deepEqual(paths(stateMachineLogDestination, machine('        Level: "OFF"\n')), []);
    assert.deepEqual(paths(stateMachineLogDestination, machine('        Level: !If [Debug, ALL, "OFF"]\n')), []);
    assert.deepEqual(paths(stateMachineLogDestination, machine('        Level: !Ref LogLevel\n')), []);
    assert.deepEqual(paths(stateMachineLogDestination, machine('        Level: ERROR\n        Destinations: !If [Logs, [{ CloudWatchLogsLogGroup: { LogGroupArn: !Ref LogGroupArn } }], !Ref AWS::NoValue]\n')), []);
  });
});

describe('CX3012 EventBridge target without an invoke permission, SAM functions included', () => {
  const sam = (extra = '', transform = 'Transform: AWS::Serverless-2016-10-31\n') => `${transform}Resources:
  FindingsRule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: {source: [aws.guardduty]}
      Targets: [{Id: fn, Arn: !GetAtt Triage.Arn}]
  Triage:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: index.handler, InlineCode: 'def handler(e, c): return 1'}
${extra}`;
  it('reports a separate rule that targets a SAM function with no permission', () => {
    assert.deepEqual(paths(eventLambdaPermission, sam()), ['Resources/FindingsRule/Properties/Targets/0/Arn']);
  });
  it('accepts a Lambda::Permission for the SAM function, and leaves templates with a SAM connector alone', () => {
    const permission = '  Allow:\n    Type: AWS::Lambda::Permission\n    Properties: {FunctionName: !Ref Triage, Action: lambda:InvokeFunction, Principal: events.amazonaws.com, SourceArn: !GetAtt FindingsRule.Arn}\n';
    assert.deepEqual(paths(eventLambdaPermission, sam(permission)), []);
    const connector = '  Link:\n    Type: AWS::Serverless::Connector\n    Properties: {Source: {Id: FindingsRule}, Destination: {Id: Triage}, Permissions: [Write]}\n';
    assert.deepEqual(paths(eventLambdaPermission, sam(connector)), []);
  });
});

describe('CX3216 a role ARN given Ref of the role', () => {
  const role = '  Role:\n    Type: AWS::IAM::Role\n    Properties: {AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}}\n';
  it('reports Ref of a role where the ARN goes, not GetAtt, a parameter or an imported ARN', () => {
    const fn = (value: string) => resources(`${role}  Fn:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: python3.13, Handler: i.h, Code: {ZipFile: x}, Role: ${value}}\n`, '  RoleArn: {Type: String}\n');
    assert.deepEqual(paths(roleArnGivenName, fn('!Ref Role')), ['Resources/Fn/Properties/Role']);
    for (const value of ['!GetAtt Role.Arn', '!Ref RoleArn', '!ImportValue shared-role-arn']) assert.deepEqual(paths(roleArnGivenName, fn(value)), [], value);
  });
});


describe('CX3111 alarm without a statistic', () => {
  const alarm = (extra: string) =>
    resources(`  Rate:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      MetricName: HTTPCode_Target_5XX_Count\n      Namespace: AWS/ApplicationELB\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanThreshold\n${extra}`);
  it('reports a single-metric alarm without Statistic, not one that also gives Metrics (E3020 reports that mix)', () => {
    assert.deepEqual(paths(alarmStatistic, alarm('      Period: 60\n')), ['Resources/Rate/Properties/MetricName']);
    assert.deepEqual(paths(alarmStatistic, alarm('      Metrics: [{Id: e1, Expression: "m1 * 2"}]\n')), []);
  });
});

describe('CX3026 event pattern detail values the service never sends', () => {
  const rule = (pattern: string) => resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: ${pattern}\n`);
  it('reports a pipeline state written otherwise than CodePipeline sends it, in a map or JSON text, and fixes a near one', () => {
    const map = rule("{source: [aws.codepipeline], detail-type: ['CodePipeline Pipeline Execution State Change'], detail: {state: [FAILURE, SUCCEEDED]}}");
    assert.deepEqual(paths(eventDetailValueNeverSent, map), ['Resources/Rule/Properties/EventPattern/detail/state']);
    assert.match(findings(eventDetailValueNeverSent, map)[0].message, /'FAILURE', which 'CodePipeline Pipeline Execution State Change' never carries \(did you mean 'FAILED'\?\)/);
    const json = rule(`'{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["Terminated"]}}'`);
    assert.equal(findings(eventDetailValueNeverSent, json).length, 1);
  });
  it('leaves values it sends, content filters, other detail-types and unknown ones alone', () => {
    assert.deepEqual(paths(eventDetailValueNeverSent, rule("{detail-type: ['CodePipeline Action Execution State Change'], detail: {state: [ABANDONED, {prefix: FAIL}]}}")), []);
    assert.deepEqual(paths(eventDetailValueNeverSent, rule("{detail-type: ['CodeDeploy Deployment State-change Notification'], detail: {state: [FAILURE]}}")), []);
    assert.deepEqual(paths(eventDetailValueNeverSent, rule("{detail-type: ['CodePipeline Pipeline Execution State Change', 'Other'], detail: {state: [FAILURE]}}")), []);
  });
});

describe('CX3123 load balancer alarm namespace and dimension of different generations', () => {
  const alarm = (namespace: string, dimension: string) =>
    resources(`  A:\n    Type: AWS::CloudWatch::Alarm\n    Properties: {Namespace: ${namespace}, MetricName: M, Dimensions: [{Name: ${dimension}, Value: x}], Statistic: Sum, Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanThreshold}\n`);
  it('reports AWS/ELB with LoadBalancer or TargetGroup, and AWS/ApplicationELB with LoadBalancerName, not the right pairs', () => {
    assert.deepEqual(paths(alarmLoadBalancerNamespace, alarm('AWS/ELB', 'TargetGroup')), ['Resources/A/Properties/Dimensions/0/Name']);
    assert.equal(paths(alarmLoadBalancerNamespace, alarm('AWS/ApplicationELB', 'LoadBalancerName')).length, 1);
    for (const [namespace, dimension] of [['AWS/ELB', 'LoadBalancerName'], ['AWS/ApplicationELB', 'LoadBalancer'], ['AWS/NetworkELB', 'TargetGroup'], ['Custom/App', 'LoadBalancer']]) {
      assert.deepEqual(paths(alarmLoadBalancerNamespace, alarm(namespace, dimension)), [], `${namespace} ${dimension}`);
    }
  });
});

describe('CX3016 EventBridge targets without a dead-letter queue', () => {
  it('gives one hint per rule, naming its targets without a queue, and says the retries come first', () => {
    const text = `Resources:
  Topic: { Type: AWS::SNS::Topic }
  Dlq: { Type: AWS::SQS::Queue }
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [aws.codedeploy] }
      Targets:
        - { Id: a, Arn: !Ref Topic }
        - { Id: b, Arn: !Ref Topic, DeadLetterConfig: { Arn: !GetAtt Dlq.Arn } }
        - { Id: c, Arn: !Ref Topic }
`;
    const found = findings(eventTargetDeadLetter, text);
    assert.deepEqual(
      found.map((item) => `${item.path?.join('/')}: ${item.message}`),
      [
        "Resources/Rule/Properties/Targets/0: Targets 1, 3 of rule 'Rule' have no DeadLetterConfig: an event a target cannot receive is dropped once EventBridge stops retrying (24 hours by default; at once for a missing permission)",
      ],
    );
  });
});

describe('CX3027 dead-letter queue retention', () => {
  const queues = (fifo: boolean) => `Resources:
  Dlq:
    Type: AWS::SQS::Queue
    Properties: { MessageRetentionPeriod: 86400${fifo ? ', FifoQueue: true' : ''} }
  Orders:
    Type: AWS::SQS::Queue
    Properties: { ${fifo ? 'FifoQueue: true, ' : ''}RedrivePolicy: { deadLetterTargetArn: !GetAtt Dlq.Arn, maxReceiveCount: 3 } }
`;

  it('reports a standard dead-letter queue that keeps messages less than its source (four days by default), not a FIFO one', () => {
    assert.deepEqual(paths(deadLetterRetention, queues(false)), ['Resources/Orders/Properties/RedrivePolicy/deadLetterTargetArn']);
    assert.deepEqual(paths(deadLetterRetention, queues(true)), []);
  });
});

describe('CX3217 resource policies open to every principal', () => {
  it('reads event bus policies: the bus Policy document and an EventBusPolicy statement, a condition narrowing either', () => {
    const text = resources(`  Bus:
    Type: AWS::Events::EventBus
    Properties:
      Name: ops
      Policy:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: '*', Action: events:PutEvents, Resource: '*' }
  OpenStatement:
    Type: AWS::Events::EventBusPolicy
    Properties:
      EventBusName: ops
      StatementId: anyone
      Statement: { Effect: Allow, Principal: '*', Action: events:PutEvents, Resource: '*' }
  OrganizationStatement:
    Type: AWS::Events::EventBusPolicy
    Properties:
      EventBusName: ops
      StatementId: organization
      Statement: { Effect: Allow, Principal: '*', Action: events:PutEvents, Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': o-abc123 } } }
`);
    assert.deepEqual(paths(openResourcePolicy, text), ['Resources/Bus/Properties/Policy/Statement/0/Principal', 'Resources/OpenStatement/Properties/Statement/Principal']);
  });
});

describe('CX3217 on secret policies', () => {
  it('reports an open secret policy Secrets Manager attaches (BlockPublicPolicy not true); CX2124 refuses the blocked one', () => {
    const secretPolicy = (id: string, block: string) => `  ${id}:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf
${block}      ResourcePolicy:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: '*', Action: secretsmanager:GetSecretValue, Resource: '*' }
`;
    const text = resources(secretPolicy('Open', '      BlockPublicPolicy: false\n') + secretPolicy('Blocked', '      BlockPublicPolicy: true\n'));
    assert.deepEqual(paths(openResourcePolicy, text), ['Resources/Open/Properties/ResourcePolicy/Statement/0/Principal']);
  });
});

describe('CX3318 States.ALL placement in retriers and catchers', () => {
  const machine = (definition: string) => `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/flow
      DefinitionString: '${definition}'
`;
  const task = (handlers: string) => `{"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, ${handlers}}}}}}}`;

  it('reads a definition string and the states of a Map processor', () => {
    assert.deepEqual(findingPaths(checkById('CX3318', machine(task('"Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["States.Timeout"]}]')))), [
      'Resources/Flow/Properties/DefinitionString',
    ]);
  });

  it('accepts States.ALL alone in the last retrier and catcher', () => {
    const handlers = '"Retry": [{"ErrorEquals": ["States.Timeout"]}, {"ErrorEquals": ["States.ALL"]}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Work"}]';
    assert.deepEqual(checkById('CX3318', machine(task(handlers))), []);
  });
});

describe('CX3319 Wait states wait one way', () => {
  const machine = (wait: string) => `Conditions:
  Fixed: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/flow
      Definition:
        StartAt: Pause
        States:
          Pause:
            Type: Wait
${wait}
            Next: Done
          Done:
            Type: Succeed
`;

  it('reports two ways or none, in a definition written in the template', () => {
    assert.deepEqual(findingPaths(checkById('CX3319', machine('            Seconds: 5\n            TimestampPath: $.at'))), ['Resources/Flow/Properties/Definition/States/Pause']);
    assert.deepEqual(findingPaths(checkById('CX3319', machine('            Comment: no wait'))), ['Resources/Flow/Properties/Definition/States/Pause']);
    assert.deepEqual(checkById('CX3319', machine('            SecondsPath: $.delay')), []);
  });

  it('counts a field behind an Fn::If with an AWS::NoValue branch as one a deployment may leave out', () => {
    const choice = '            Seconds: !If [Fixed, 5, !Ref AWS::NoValue]\n            SecondsPath: !If [Fixed, !Ref AWS::NoValue, $.delay]';
    assert.deepEqual(checkById('CX3319', machine(choice)), []);
    assert.equal(checkById('CX3319', machine('            Seconds: 5\n            Timestamp: !Ref AWS::NoValue')).length, 0);
  });
});

describe('CX3028 event pattern fields with one value', () => {
  const rule = (pattern: string) => `Resources:
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: ${pattern}
`;

  it('accepts lists, content filters inside lists, $or and computed fields', () => {
    assert.deepEqual(checkById('CX3028', rule('{source: [aws.ec2], detail: {count: [{numeric: [">", 0]}], state: [{anything-but: stopped}], $or: [{a: [1]}, {b: [{exists: true}]}]}}')), []);
    assert.deepEqual(checkById('CX3028', rule('{source: !Ref Sources, detail: !Ref Detail}')), []);
  });

  it('reports a bare value at any depth, in a map or in JSON text', () => {
    assert.deepEqual(findingPaths(checkById('CX3028', rule('{source: [aws.ec2], detail: {state: {name: stopped}}}'))), ['Resources/Rule/Properties/EventPattern/detail/state/name']);
    assert.deepEqual(findingPaths(checkById('CX3028', rule(`'{"source": "aws.ec2"}'`))), ['Resources/Rule/Properties/EventPattern']);
  });
});

describe('CX3013 with a SAM connector', () => {
  it('leaves a queue target whose policy a Serverless::Connector writes, and reports the same rule without it', () => {
    const body = (connector: string) =>
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  EventRule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: {source: [my.app]}\n      Targets: [{Arn: !GetAtt Queue.Arn, Id: q}]\n  Queue:\n    Type: AWS::SQS::Queue\n${connector}`;
    assert.deepEqual(findingPaths(checkById('CX3013', body('  Link:\n    Type: AWS::Serverless::Connector\n    Properties: {Source: {Id: EventRule}, Destination: {Id: Queue}, Permissions: [Write]}\n'))), []);
    assert.deepEqual(findingPaths(checkById('CX3013', body(''))), ['Resources/EventRule/Properties/Targets/0/Arn']);
  });
});


describe('CX3130 alarm dimensions a metric is never published with', () => {
  const alarm = (namespace: string, metric: string, dimensions: string) =>
    resources(`  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: ${namespace}
      MetricName: ${metric}
      Dimensions: ${dimensions}
      Statistic: Average
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanThreshold
`);
  it('reports an unknown dimension name and a CloudFront Region other than Global', async () => {
    const { alarmMetricDimensions } = await import('../../../../src/core/rules/catalogue/governance/metricDimensions');
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/DynamoDB', 'ReplicationLatency', '[{Name: TableName, Value: t}, {Name: Region, Value: eu-west-1}]')), ['Resources/Alarm/Properties/Dimensions/1/Name']);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/SQS', 'ApproximateAgeOfOldestMessage', '[{Name: QueueUrl, Value: q}]')), ['Resources/Alarm/Properties/Dimensions/0/Name']);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/CloudFront', '5xxErrorRate', '[{Name: DistributionId, Value: E1}, {Name: Region, Value: !Ref AWS::Region}]')), ['Resources/Alarm/Properties/Dimensions/1/Value']);
  });
  it('leaves published dimensions, metrics it has no data of, and computed names alone', async () => {
    const { alarmMetricDimensions } = await import('../../../../src/core/rules/catalogue/governance/metricDimensions');
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/DynamoDB', 'ReplicationLatency', '[{Name: TableName, Value: t}, {Name: ReceivingRegion, Value: eu-west-1}]')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/CloudFront', '5xxErrorRate', '[{Name: DistributionId, Value: E1}, {Name: Region, Value: Global}]')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/DynamoDB', 'SuccessfulRequestLatency', '[{Name: TableName, Value: t}, {Name: Operation, Value: GetItem}]')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('Custom/App', 'Latency', '[{Name: Anything, Value: x}]')), []);
    assert.deepEqual(paths(alarmMetricDimensions, alarm('AWS/SQS', 'NumberOfMessagesSent', '[{Name: !Ref DimensionName, Value: q}]')), []);
  });
});

describe('CX3219 Deny with aws:SecureTransport true', () => {
  const queuePolicy = (statement: string) =>
    resources(`  Queue:
    Type: AWS::SQS::Queue
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Statement: ${statement}
`);
  it('reports the Deny whatever the letter case of the key, in a statement list or a lone statement', async () => {
    const { denySecureTransport } = await import('../../../../src/core/rules/catalogue/governance/secureTransport');
    assert.deepEqual(paths(denySecureTransport, queuePolicy("[{Effect: Deny, Principal: '*', Action: 'sqs:*', Resource: '*', Condition: {Bool: {'aws:SecureTransport': true}}}]")), [
      'Resources/QueuePolicy/Properties/PolicyDocument/Statement/0/Condition/Bool/aws:SecureTransport',
    ]);
    assert.deepEqual(paths(denySecureTransport, queuePolicy("{Effect: Deny, Principal: '*', Action: 'sqs:*', Resource: '*', Condition: {BoolIfExists: {'aws:securetransport': 'true'}}}")), [
      'Resources/QueuePolicy/Properties/PolicyDocument/Statement/Condition/BoolIfExists/aws:securetransport',
    ]);
  });
  it('leaves the usual false, and an Allow over HTTPS only', async () => {
    const { denySecureTransport } = await import('../../../../src/core/rules/catalogue/governance/secureTransport');
    assert.deepEqual(paths(denySecureTransport, queuePolicy("[{Effect: Deny, Principal: '*', Action: 'sqs:*', Resource: '*', Condition: {Bool: {'aws:SecureTransport': 'false'}}}]")), []);
    assert.deepEqual(paths(denySecureTransport, queuePolicy("[{Effect: Allow, Principal: {AWS: '111122223333'}, Action: 'sqs:SendMessage', Resource: '*', Condition: {Bool: {'aws:SecureTransport': 'true'}}}]")), []);
  });
  it('leaves a Deny that other tests narrow, such as TLS older than 1.2 over HTTPS', async () => {
    const { denySecureTransport } = await import('../../../../src/core/rules/catalogue/governance/secureTransport');
    const narrowed = "[{Effect: Deny, Principal: '*', Action: 'sqs:*', Resource: '*', Condition: {NumericLessThan: {'s3:TlsVersion': 1.2}, Bool: {'aws:SecureTransport': true}}}]";
    assert.deepEqual(paths(denySecureTransport, queuePolicy(narrowed)), []);
    const twoKeys = "[{Effect: Deny, Principal: '*', Action: 'sqs:*', Resource: '*', Condition: {Bool: {'aws:SecureTransport': true, 'aws:ViaAWSService': false}}}]";
    assert.deepEqual(paths(denySecureTransport, queuePolicy(twoKeys)), []);
  });
});
