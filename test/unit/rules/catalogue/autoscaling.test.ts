import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeSeconds, durationSeconds } from '../../../../src/core/rules/catalogue/support/durations';
import { helperCalls, literalName } from '../../../../src/core/rules/catalogue/support/helperScripts';
import { applyEdits } from '../exam/helpers';
import { check, findingPaths, paths } from './helpers';

const group = (properties: string, attributes = '') => `Parameters:
  Size:
    Type: Number
  Sizes:
    Type: Number
    AllowedValues: [1, 2]
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
  OneSubnet:
    Type: AWS::EC2::Subnet::Id
Conditions:
  Big: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-12345678
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup${attributes}
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref Template
        Version: !GetAtt Template.LatestVersionNumber
${properties}`;

describe('CX0710 DesiredCapacity outside MinSize and MaxSize', () => {
  it('compares numbers written as strings', () => {
    assert.deepEqual(findingPaths(check('CX0710', group("      MinSize: '2'\n      MaxSize: '4'\n      DesiredCapacity: '5'"))), ['Resources/Group/Properties/DesiredCapacity']);
  });
  it('skips a parameter without AllowedValues and an Fn::If with a value in range', () => {
    assert.deepEqual(check('CX0710', group("      MinSize: '2'\n      MaxSize: '4'\n      DesiredCapacity: !Ref Size")), []);
    assert.deepEqual(check('CX0710', group("      MinSize: '2'\n      MaxSize: '4'\n      DesiredCapacity: !If [Big, 6, 3]")), []);
  });
  it('reports MinSize above MaxSize without DesiredCapacity, literal or through parameters with AllowedValues', () => {
    assert.deepEqual(findingPaths(check('CX0710', group("      MinSize: '6'\n      MaxSize: '4'"))), ['Resources/Group/Properties/MinSize']);
    assert.match(check('CX0710', group('      MinSize: 6\n      MaxSize: 4'))[0].message, /MinSize 6 of Auto Scaling group 'Group' is above MaxSize 4/);
    const parameters = group('      MinSize: !Ref Low\n      MaxSize: !Ref High').replace('Parameters:\n', 'Parameters:\n  Low:\n    Type: Number\n    AllowedValues: [5, 6]\n  High:\n    Type: Number\n    AllowedValues: [2, 4]\n');
    assert.deepEqual(findingPaths(check('CX0710', parameters)), ['Resources/Group/Properties/MinSize']);
    assert.deepEqual(findingPaths(check('CX0710', group("      MinSize: '6'\n      MaxSize: '4'\n      DesiredCapacity: !Ref Size"))), ['Resources/Group/Properties/MinSize']);
  });
  it('leaves MinSize equal to MaxSize, unknown sizes and an Fn::If that may fit', () => {
    assert.deepEqual(check('CX0710', group("      MinSize: '4'\n      MaxSize: '4'")), []);
    assert.deepEqual(check('CX0710', group("      MinSize: !Ref Size\n      MaxSize: '4'")), []);
    assert.deepEqual(check('CX0710', group("      MinSize: !If [Big, 6, 2]\n      MaxSize: '4'")), []);
    assert.deepEqual(check('CX0710', group("      MinSize: !Sub '${Size}'\n      MaxSize: '4'")), []);
  });
  it('reports a parameter whose every allowed value is below MinSize', () => {
    const found = check('CX0710', group("      MinSize: '3'\n      MaxSize: '4'\n      DesiredCapacity: !Ref Sizes"));
    assert.equal(found[0].message, "DesiredCapacity 1 or 2 of Auto Scaling group 'Group' is below MinSize 3: Amazon EC2 Auto Scaling rejects the group");
  });
});

/** A group whose sizes come from one environment's mapping, plus `extra` under its Properties and `attributes` beside them. */
const byEnvironment = (extra: string, attributes = '', allowed = '') => `Parameters:
  Environment:
    Type: String
    Default: dev${allowed}
Mappings:
  Sizes:
    dev: { Min: 1, Max: 4 }
    test: { Min: 2, Max: 4 }
    prod: { Min: 2, Max: 10 }
Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup${attributes}
    Properties:
      MinSize: !FindInMap [Sizes, !Ref Environment, Min]
      MaxSize: !FindInMap [Sizes, !Ref Environment, Max]
${extra}      AvailabilityZones: !GetAZs ''
      LaunchConfigurationName: Config
`;

describe('sizes read per environment (CX0710, CX0910)', () => {
  it('warns of the environments whose MaxSize a DesiredCapacity exceeds, naming the Default, and is silent when every environment fits', () => {
    const [found, ...rest] = check('CX0710', byEnvironment("      DesiredCapacity: '5'\n"));
    assert.deepEqual(rest, []);
    assert.equal(found.severity, 'warning');
    assert.equal(found.message, "DesiredCapacity 5 of Auto Scaling group 'Group' is above MaxSize 4 when Environment is dev (its Default) or test: Amazon EC2 Auto Scaling rejects the group");
    assert.deepEqual(check('CX0710', byEnvironment("      DesiredCapacity: '3'\n")), []);
  });
  it('is an error when every environment the parameter allows fails', () => {
    const [found] = check('CX0710', byEnvironment("      DesiredCapacity: '5'\n", '', '\n    AllowedValues: [dev, test]'));
    assert.equal(found.severity, 'error');
    assert.equal(found.message, "DesiredCapacity 5 of Auto Scaling group 'Group' is above MaxSize 4: Amazon EC2 Auto Scaling rejects the group");
  });
  it('warns of a rolling update minimum that leaves no room in some environment', () => {
    const policy = '\n    UpdatePolicy:\n      AutoScalingRollingUpdate:\n        MinInstancesInService: 4';
    const [found, ...rest] = check('CX0910', byEnvironment('', policy));
    assert.deepEqual(rest, []);
    assert.equal(found.severity, 'warning');
    assert.equal(
      found.message,
      "MinInstancesInService 4 of 'Group' is not less than its MaxSize 4 when Environment is dev (its Default) or test: the next rolling update of such a stack fails; lower it or raise MaxSize",
    );
    assert.deepEqual(check('CX0910', byEnvironment('', policy.replace(': 4', ': 3'))), []);
  });
  it('leaves sizes that hang on two parameters, or on one without choices', () => {
    const two = byEnvironment("      DesiredCapacity: !Ref Wanted\n").replace('Mappings:', 'Wanted:\n    Type: Number\n    AllowedValues: [3, 5]\nMappings:').replace('Wanted:', '  Wanted:');
    assert.deepEqual(check('CX0710', two), []);
    const free = byEnvironment("      DesiredCapacity: '5'\n").replace(/!FindInMap \[Sizes, !Ref Environment, (Min|Max)\]/g, (_, key) => `!Ref ${key}Size`);
    assert.deepEqual(check('CX0710', free), []);
  });
});

describe('CX0711 launch template version keywords', () => {
  it('fixes $Default with the DefaultVersionNumber attribute in JSON', () => {
    const text = JSON.stringify({
      Resources: {
        Template: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { ImageId: 'ami-12345678' } } },
        Group: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '2', LaunchTemplate: { LaunchTemplateName: { Ref: 'Template' }, Version: '$Default' } } },
      },
    }, null, 2);
    const [found] = check('CX0711', text);
    assert.equal(found.fixes?.[0].title, 'Use !GetAtt Template.DefaultVersionNumber');
    assert.match(applyEdits(text, found.fixes![0].edits), /"Version": \{"Fn::GetAtt":\["Template","DefaultVersionNumber"\]\}/);
  });
  it('offers no fix when the launch template is not in the template', () => {
    const text = group("      MinSize: '1'\n      MaxSize: '2'").replace('LaunchTemplateId: !Ref Template\n        Version: !GetAtt Template.LatestVersionNumber', 'LaunchTemplateId: lt-0123456789abcdef0\n        Version: $Latest');
    const [found] = check('CX0711', text);
    assert.equal(found.fixes, undefined);
    assert.match(found.message, /use Fn::GetAtt <LaunchTemplate>\.LatestVersionNumber/);
  });
});

describe('CX0712 security groups beside network interfaces', () => {
  const text = (groups: string) => `Conditions:
  Public: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-12345678
        NetworkInterfaces:
          - DeviceIndex: 0
            Groups: [sg-12345678]
        SecurityGroupIds: ${groups}
`;
  it('skips security groups that a condition may leave out', () => {
    assert.deepEqual(check('CX0712', text('!If [Public, [sg-1], !Ref AWS::NoValue]')), []);
    assert.deepEqual(check('CX0712', text('[]')), []);
  });
  it('reports them when they are always there', () => {
    assert.equal(check('CX0712', text('[sg-1]')).length, 1);
  });
});

describe('CX0715 single subnet', () => {
  it('counts a list parameter, a comma-joined string and a subnet parameter correctly', () => {
    assert.deepEqual(check('CX0715', group("      MinSize: '2'\n      MaxSize: '4'\n      VPCZoneIdentifier: !Ref Subnets")), []);
    assert.deepEqual(check('CX0715', group("      MinSize: '2'\n      MaxSize: '4'\n      VPCZoneIdentifier: ['subnet-1,subnet-2']")), []);
    assert.equal(check('CX0715', group("      MinSize: '2'\n      MaxSize: '4'\n      VPCZoneIdentifier: [!Ref OneSubnet]")).length, 1);
    assert.equal(check('CX0715', group("      MinSize: '2'\n      MaxSize: '4'\n      VPCZoneIdentifier: [!Select [0, !Ref Subnets]]")).length, 1);
  });
  it('leaves single-instance groups alone', () => {
    assert.deepEqual(check('CX0715', group("      MinSize: '1'\n      MaxSize: '1'\n      VPCZoneIdentifier: [!Ref OneSubnet]")), []);
  });
  it('reports subnets of this template that are all declared in the same zone, not subnets in different zones', () => {
    const subnets = (first: string, second: string) =>
      `Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: ${first}}\n` +
      `  B:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZone: ${second}}\n` +
      `  Asg:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties: {MinSize: '2', MaxSize: '4', LaunchConfigurationName: lc, VPCZoneIdentifier: [!Ref A, !Ref B]}\n`;
    const same = check('CX0715', subnets('!Select [0, !GetAZs ""]', '!Select [0, !GetAZs ""]'));
    assert.equal(same.length, 1);
    assert.match(same[0].message, /subnets that are all in one Availability Zone \(zone 0 of Fn::GetAZs\)/);
    assert.equal(check('CX0715', subnets('us-east-1a', 'us-east-1a')).length, 1);
    assert.deepEqual(check('CX0715', subnets('!Select [0, !GetAZs ""]', '!Select [1, !GetAZs ""]')), []);
    assert.deepEqual(check('CX0715', subnets('!Ref ZoneA', '!Ref ZoneA')), []);
  });
});

describe('CX0716 ELB health checks without grace period', () => {
  it('accepts a launch hook instead of a grace period', () => {
    const hooks = "      MinSize: '2'\n      MaxSize: '4'\n      HealthCheckType: ELB\n      TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef]\n" +
      '      LifecycleHookSpecificationList:\n        - LifecycleHookName: warm-up\n          LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING';
    assert.deepEqual(check('CX0716', group(hooks)), []);
    assert.equal(check('CX0716', group(hooks.split('\n      LifecycleHook')[0])).length, 1);
  });
});

describe('CX0811 scheduled action recurrence', () => {
  const action = (line: string) => `Resources:
  Evening:
    Type: AWS::AutoScaling::ScheduledAction
    Properties:
      AutoScalingGroupName: web
      DesiredCapacity: 20
      ${line}
`;
  it('takes five-field cron and macros, not EventBridge expressions', () => {
    assert.deepEqual(check('CX0811', action("Recurrence: '0 18 * * 1-5'")), []);
    assert.deepEqual(check('CX0811', action("Recurrence: '@daily'")), []);
    assert.equal(check('CX0811', action("Recurrence: 'cron(0 18 * * ? *)'")).length, 1);
    assert.equal(check('CX0811', action("Recurrence: '0 18 * * ? *'")).length, 1);
  });
  it('reports a number outside its field, and takes steps, ranges, lists, names and Sunday as 0 or 7', () => {
    for (const recurrence of ['*/15 0-23 1,15,31 1-12/3 0-7', '0 8 * JAN-DEC SAT,SUN', '59 23 31 12 7']) assert.deepEqual(check('CX0811', action(`Recurrence: '${recurrence}'`)), [], recurrence);
    assert.equal(check('CX0811', action("Recurrence: '0 24 * * *'"))[0].message, "Recurrence '0 24 * * *' of scheduled action 'Evening' has hour 24, outside the 0–23 that field takes");
    assert.match(check('CX0811', action("Recurrence: '0 8 * * 8'"))[0].message, /has day of week 8, outside the 0–7/);
    assert.match(check('CX0811', action("Recurrence: '0 8 0 * *'"))[0].message, /day of month 0/);
  });
});

describe('CX0911 and CX0912 durations', () => {
  it('reads ISO 8601 durations', () => {
    assert.equal(durationSeconds('PT1H30M'), 5400);
    assert.equal(durationSeconds('P1D'), 86400);
    assert.equal(durationSeconds('pt90s'), 90);
    assert.equal(durationSeconds('PT'), undefined);
    assert.equal(durationSeconds('5m'), undefined);
    assert.equal(describeSeconds(3660), '1 h 1 min');
  });
  it('reports PauseTime above an hour and skips a parameter', () => {
    const text = (pause: string) => group("      MinSize: '1'\n      MaxSize: '3'", `\n    UpdatePolicy:\n      AutoScalingRollingUpdate:\n        PauseTime: ${pause}`);
    assert.equal(check('CX0911', text('PT61M'))[0].message, "PauseTime 'PT61M' of 'Group' is 1 h 1 min, more than the maximum PT1H");
    assert.deepEqual(check('CX0911', text('PT1H')), []);
    assert.deepEqual(check('CX0911', text('!Ref Size')), []);
  });
  it('reports a creation timeout above 12 hours', () => {
    const text = group("      MinSize: '1'\n      MaxSize: '3'", '\n    CreationPolicy:\n      ResourceSignal:\n        Timeout: PT13H');
    assert.equal(check('CX0912', text).length, 1);
  });
});

describe('helper script calls', () => {
  it('reads long and short options, = forms and Windows executables', () => {
    const [signal, init] = helperCalls(
      '/opt/aws/bin/cfn-signal -e $? --stack ${AWS::StackName} --resource WebGroup --region=${AWS::Region}\n' +
        'cfn-init.exe -v -s ${AWS::StackId} -r WebServer -c setup,run',
    );
    assert.equal(signal.options.get('resource'), 'WebGroup');
    assert.equal(signal.options.get('region'), '${AWS::Region}');
    assert.equal(signal.options.get('exit-code'), '$?');
    assert.equal(init.options.get('resource'), 'WebServer');
    assert.equal(init.options.get('configsets'), 'setup,run');
    assert.equal(init.options.get('verbose'), '');
  });
  it('ignores comments and ends a command at a separator or the next call', () => {
    assert.deepEqual(helperCalls('# then run cfn-signal --resource Old\n'), []);
    const calls = helperCalls('cfn-init -s S -r A && cfn-signal --stack S --resource B');
    assert.deepEqual(calls.map((call) => call.options.get('resource')), ['A', 'B']);
    assert.equal(literalName('${ResourceName}'), undefined);
    assert.equal(literalName('WebGroup'), 'WebGroup');
  });
});

describe('CX0914 cfn-signal names another resource', () => {
  const lab = (signal: string) => `Resources:
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-12345678
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            ${signal}
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    CreationPolicy:
      ResourceSignal:
        Timeout: PT10M
    Properties:
      MinSize: '1'
      MaxSize: '2'
      LaunchTemplate:
        LaunchTemplateId: !Ref Template
        Version: !GetAtt Template.LatestVersionNumber
`;
  it('names a missing resource in the message', () => {
    const [found] = check('CX0914', lab('/opt/aws/bin/cfn-signal -e $? --stack ${AWS::StackName} --resource WebServerGroup --region ${AWS::Region}'));
    assert.match(found.message, /--resource 'WebServerGroup', which is not a resource of this template/);
    assert.deepEqual(found.path, ['Resources', 'Template', 'Properties', 'LaunchTemplateData', 'UserData']);
  });
  it('stays silent for variables, other stacks and the right resource', () => {
    assert.deepEqual(check('CX0914', lab('cfn-signal -e $? --stack ${AWS::StackName} --resource ${ResourceName} --region ${AWS::Region}')), []);
    assert.deepEqual(check('CX0914', lab('cfn-signal -e $? --stack shared-network --resource Other --region ${AWS::Region}')), []);
    assert.deepEqual(check('CX0914', lab('cfn-signal -e $? --stack ${AWS::StackName} --resource Group --region ${AWS::Region}')), []);
  });
  it('reports a cfn-signal that names no stack and resource (-s and -r are --success and --reason), not one given a wait condition URL', () => {
    const [found] = check('CX0914', lab('/opt/aws/bin/cfn-signal -e $? -s ${AWS::StackName} -r Group --region ${AWS::Region}'));
    assert.match(found.message, /names no --stack and --resource \(in cfn-signal, -s is --success and -r is --reason\)/);
    assert.deepEqual(check('CX0914', lab('cfn-signal -e $? "${WaitHandle}"')), []);
  });
});

describe('CX0915 helper scripts without --region', () => {
  const instance = (script: string) => JSON.stringify({
    Resources: {
      Server: {
        Type: 'AWS::EC2::Instance',
        Properties: { ImageId: 'ami-12345678', UserData: { 'Fn::Base64': { 'Fn::Join': ['', ['#!/bin/bash\n', script, { Ref: 'AWS::StackName' }, ' --resource Server\n']] } } },
      },
    },
  });
  it('follows Fn::Join user data in JSON', () => {
    assert.equal(check('CX0915', instance('/opt/aws/bin/cfn-init -v --stack ')).length, 1);
    assert.deepEqual(check('CX0915', instance('/opt/aws/bin/cfn-init -v --region us-west-2 --stack ')), []);
    assert.deepEqual(check('CX0915', instance('/opt/aws/bin/cfn-init -v --url https://cloudformation.example --stack ')), []);
  });
});

describe('CX1213, CX1214, CX1215 and CX1217 scaling policies', () => {
  const policy = (body: string, extra = '') => `Resources:
  Policy:
    Type: AWS::AutoScaling::ScalingPolicy
    Properties:
      AutoScalingGroupName: web
${body}
${extra}`;
  it('treats a policy without PolicyType as simple scaling', () => {
    const text = policy('      TargetTrackingConfiguration:\n        PredefinedMetricSpecification:\n          PredefinedMetricType: ASGAverageCPUUtilization\n        TargetValue: 50');
    assert.equal(check('CX1213', text)[0].message, "Scaling policy 'Policy' is a SimpleScaling policy (no PolicyType) without AdjustmentType and ScalingAdjustment");
    assert.deepEqual(findingPaths(check('CX1217', text)), ['Resources/Policy/Properties/TargetTrackingConfiguration']);
  });
  it('checks the coverage of step bounds', () => {
    const steps = (list: string) => policy(`      PolicyType: StepScaling\n      AdjustmentType: ChangeInCapacity\n      StepAdjustments:\n${list}`);
    assert.deepEqual(check('CX1214', steps('        - MetricIntervalUpperBound: 0\n          ScalingAdjustment: -1\n        - MetricIntervalLowerBound: 0\n          ScalingAdjustment: 1')), []);
    assert.match(check('CX1214', steps('        - MetricIntervalLowerBound: 0\n          MetricIntervalUpperBound: 20\n          ScalingAdjustment: 1\n        - MetricIntervalLowerBound: 10\n          ScalingAdjustment: 2'))[0].message, /overlap/);
    assert.match(check('CX1214', steps('        - MetricIntervalLowerBound: -10\n          MetricIntervalUpperBound: 0\n          ScalingAdjustment: -1\n        - MetricIntervalLowerBound: 0\n          ScalingAdjustment: 1'))[0].message, /lowest step needs no lower bound/);
    assert.deepEqual(check('CX1214', steps('        - MetricIntervalLowerBound: !Ref Bound\n          ScalingAdjustment: 1')), []);
  });
  it('does not guess when an alarm computes its actions', () => {
    const body = '      PolicyType: StepScaling\n      AdjustmentType: ChangeInCapacity\n      StepAdjustments:\n        - MetricIntervalLowerBound: 0\n          ScalingAdjustment: 1';
    const alarm = (actions: string) => `  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      ComparisonOperator: GreaterThanThreshold\n      EvaluationPeriods: 1\n      AlarmActions: ${actions}`;
    assert.equal(check('CX1215', policy(body)).length, 1);
    assert.deepEqual(check('CX1215', policy(body, alarm('!If [Scale, [!Ref Policy], []]'))), []);
    assert.deepEqual(check('CX1215', policy(body, alarm('[!Ref Policy]'))), []);
    // A policy the stack outputs is wired to alarms elsewhere.
    assert.deepEqual(check('CX1215', `${policy(body)}Outputs:\n  ScaleOut:\n    Value: !Ref Policy\n    Export: {Name: web-scale-out}\n`), []);
  });
});

describe('CX1110 heartbeat timeout', () => {
  it('reads numbers written as strings', () => {
    const text = "Resources:\n  Hook:\n    Type: AWS::AutoScaling::LifecycleHook\n    Properties:\n      AutoScalingGroupName: web\n      LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING\n      HeartbeatTimeout: '10'\n";
    assert.deepEqual(findingPaths(check('CX1110', text)), ['Resources/Hook/Properties/HeartbeatTimeout']);
  });
});

describe('CX0720 user data without Fn::Base64', () => {
  const instance = (userData: string) =>
    `Parameters:\n  Encoded: {Type: String}\nResources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      UserData: ${userData}\n`;
  it('reports a script written as text, Fn::Sub or Fn::Join, not Base64 text, a parameter that holds it, or a dynamic reference', () => {
    assert.equal(check('CX0720', instance("'#!/bin/bash\\n yum -y update'")).length, 1);
    assert.equal(check('CX0720', instance("!Sub '#!/bin/bash\\n echo ${AWS::Region}'")).length, 1);
    assert.equal(check('CX0720', instance("!Join ['', ['#!/bin/bash', ' echo hi']]")).length, 1);
    for (const value of ['IyEvYmluL2Jhc2gKZWNobyBoaQ==', "!Sub '${Encoded}'", "'{{resolve:ssm:/platform/userdata}}'", "!Sub '{{resolve:ssm:/${AWS::StackName}/userdata}}'", "!Base64 '#!/bin/bash'"]) {
      assert.deepEqual(check('CX0720', instance(value)), [], value);
    }
  });
});

describe('CX1112 launch hook declared after its group', () => {
  const hook = `  Hook:
    Type: AWS::AutoScaling::LifecycleHook
    Properties:
      AutoScalingGroupName: !Ref Group
      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING
`;
  const withHook = (sizes: string) => group(`      MaxSize: '4'\n${sizes}`).replace('Resources:\n', `Resources:\n${hook}`);

  it('reports a group that starts with instances', () => {
    assert.deepEqual(findingPaths(check('CX1112', withHook("      MinSize: '2'\n"))), ['Resources/Hook']);
    assert.deepEqual(findingPaths(check('CX1112', withHook("      MinSize: '0'\n      DesiredCapacity: 1\n"))), ['Resources/Hook']);
    assert.deepEqual(findingPaths(check('CX1112', withHook('      MinSize: !Ref Sizes\n'))), ['Resources/Hook']);
  });

  it('leaves a group alone that starts empty: DesiredCapacity 0, or MinSize 0 without one', () => {
    assert.deepEqual(check('CX1112', withHook("      MinSize: '0'\n      DesiredCapacity: 0\n")), []);
    assert.deepEqual(check('CX1112', withHook('      MinSize: 0\n')), []);
  });
});

describe('CX0815 scheduled DesiredCapacity outside the bounds it leaves in place', () => {
  const actions = (peak: string, late: string) => `${group(`      MinSize: '2'
      MaxSize: '10'`)}
  Peak:
    Type: AWS::AutoScaling::ScheduledAction
    Properties:
      AutoScalingGroupName: !Ref Group
      Recurrence: '0 18 * * *'
${peak}
  Late:
    Type: AWS::AutoScaling::ScheduledAction
    Properties:
      AutoScalingGroupName: !Ref Group
      Recurrence: '0 20 * * *'
${late}
`;
  it('reports a size above every MaxSize the group can have when the action runs', () => {
    assert.deepEqual(findingPaths(check('CX0815', actions('      DesiredCapacity: 8', '      DesiredCapacity: 15'))), ['Resources/Late/Properties/DesiredCapacity']);
  });
  it('takes a bound another action of the group sets as one the group may have then', () => {
    assert.deepEqual(check('CX0815', actions('      MaxSize: 20\n      DesiredCapacity: 20', '      DesiredCapacity: 15')), []);
    assert.deepEqual(check('CX0815', actions('      MinSize: 0\n      DesiredCapacity: 0', '      DesiredCapacity: 1')), []);
    assert.deepEqual(findingPaths(check('CX0815', actions('      MinSize: 1\n      DesiredCapacity: 1', '      DesiredCapacity: 0'))), ['Resources/Late/Properties/DesiredCapacity']);
  });
});

describe('CX0913 CreationPolicy Count above the instances a group launches', () => {
  const group = (policy: string) => `Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    CreationPolicy:
${policy}
    Properties:
      MinSize: '2'
      MaxSize: '6'
      DesiredCapacity: '2'
      LaunchTemplate: {LaunchTemplateId: lt-1, Version: '1'}
      VPCZoneIdentifier: [subnet-1, subnet-2]
`;
  it('counts signals at creation even beside AutoScalingCreationPolicy, whose percentage is for replacement updates', () => {
    assert.deepEqual(paths('CX0913', group('      ResourceSignal: {Count: 2, Timeout: PT15M}')), []);
    assert.deepEqual(paths('CX0913', group('      ResourceSignal: {Count: 8, Timeout: PT15M}')), ['Resources/Group/CreationPolicy/ResourceSignal/Count']);
    assert.deepEqual(paths('CX0913', group('      AutoScalingCreationPolicy: {MinSuccessfulInstancesPercent: 100}\n      ResourceSignal: {Count: 8, Timeout: PT15M}')), ['Resources/Group/CreationPolicy/ResourceSignal/Count']);
  });
});

describe('CX0918 cfn-init config sets', () => {
  const instance = (sets: string) => `Resources:
  Web:
    Type: AWS::EC2::Instance
    Metadata:
      AWS::CloudFormation::Init:
        configSets:
${sets}
        install: {packages: {dnf: {httpd: []}}}
        configure: {files: {/etc/motd: {content: hello}}}
    Properties:
      ImageId: ami-12345678
`;
  it('reports a config key or nested config set the metadata lacks, in lists and single names', () => {
    assert.deepEqual(check('CX0918', instance('          default: [install, configure]\n          again: [{ConfigSet: default}]')), []);
    assert.deepEqual(check('CX0918', instance('          default: install')), []);
    const found = check('CX0918', instance('          default: [install, Configure]\n          again: [{ConfigSet: defaults}]'));
    assert.deepEqual(found.map((one) => one.message.split(', which')[0]), [
      "Config set 'default' of the cfn-init metadata of 'Web' runs config key 'Configure'",
      "Config set 'again' of the cfn-init metadata of 'Web' runs config set 'defaults'",
    ]);
    assert.deepEqual(check('CX0918', instance('          default: !Ref Sets')), []);
  });
});
