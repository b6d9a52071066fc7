import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asgHealthCheckTypeRule } from '../../../../src/core/rules/exam/asgHealthCheckType';
import { asgUpdatePolicyRule } from '../../../../src/core/rules/exam/asgUpdatePolicy';
import { asgWaitWithoutCreationPolicyRule } from '../../../../src/core/rules/exam/asgWaitWithoutCreationPolicy';
import { asgWaitWithoutSignalRule } from '../../../../src/core/rules/exam/asgWaitWithoutSignal';
import { creationPolicyWithoutSignalRule } from '../../../../src/core/rules/exam/creationPolicyWithoutSignal';
import { analyze } from '../../../../src/core';
import { parseTemplate } from '../../../../src/core/template';
import { fixed, only, run, spanText } from './helpers';

const groupWithTemplate = `Resources:
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-12345678
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '2'
      MaxSize: '4'
      LaunchTemplate:
        LaunchTemplateId: !Ref Template
        Version: !GetAtt Template.LatestVersionNumber
`;

describe('CX1001 Auto Scaling group without a replacing UpdatePolicy', () => {
  it('reports the group and says what a launch template change does without one', () => {
    const found = only(run(asgUpdatePolicyRule, groupWithTemplate));
    assert.equal(found.ruleId, 'CX1001');
    assert.equal(found.severity, 'warning');
    assert.equal(
      found.message,
      "Auto Scaling group 'Group' has no UpdatePolicy that replaces instances: when a stack update changes its launch template " +
        'or launch configuration, CloudFormation only updates the group, the running instances keep the old configuration, ' +
        'and only instances launched later get the new one',
    );
    assert.equal(spanText(groupWithTemplate, found), 'Group');
    assert.deepEqual(found.path, ['Resources', 'Group']);
    assert.deepEqual(found.explanation?.topics, ['T09']);
    assert.equal(found.explanation?.url, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html');
  });

  it('fixes YAML with a rolling update right after Type', () => {
    const found = only(run(asgUpdatePolicyRule, groupWithTemplate));
    assert.equal(
      fixed(groupWithTemplate, found),
      groupWithTemplate.replace(
        '    Type: AWS::AutoScaling::AutoScalingGroup\n',
        '    Type: AWS::AutoScaling::AutoScalingGroup\n' +
          '    UpdatePolicy:\n      AutoScalingRollingUpdate:\n        MinInstancesInService: 1\n        MaxBatchSize: 1\n',
      ),
    );
  });

  it('fixes JSON, waiting on signals for as long as the CreationPolicy does', () => {
    const text = `{
  "Resources": {
    "Group": {
      "Type": "AWS::AutoScaling::AutoScalingGroup",
      "CreationPolicy": {"ResourceSignal": {"Timeout": "PT10M"}},
      "Properties": {"MinSize": "1", "MaxSize": "1", "LaunchConfigurationName": "legacy"}
    }
  }
}`;
    const found = only(run(asgUpdatePolicyRule, text));
    assert.equal(
      fixed(text, found),
      text.replace(
        '"Type": "AWS::AutoScaling::AutoScalingGroup",',
        '"Type": "AWS::AutoScaling::AutoScalingGroup",\n' +
          '      "UpdatePolicy": {\n' +
          '        "AutoScalingRollingUpdate": {\n' +
          '          "MinInstancesInService": 0,\n' +
          '          "MaxBatchSize": 1,\n' +
          '          "WaitOnResourceSignals": true,\n' +
          '          "PauseTime": "PT10M"\n' +
          '        }\n' +
          '      },',
      ),
    );
  });

  it('stays silent with a rolling, replacing or computed update policy, or without launch settings', () => {
    const rolling = groupWithTemplate.replace('    Properties:\n      MinSize', '    UpdatePolicy:\n      AutoScalingRollingUpdate: {MaxBatchSize: 1}\n    Properties:\n      MinSize');
    const replacing = groupWithTemplate.replace('    Properties:\n      MinSize', '    UpdatePolicy:\n      AutoScalingReplacingUpdate: {WillReplace: true}\n    Properties:\n      MinSize');
    const computed = groupWithTemplate.replace('    Properties:\n      MinSize', '    UpdatePolicy: !If [Prod, {AutoScalingRollingUpdate: {}}, !Ref AWS::NoValue]\n    Properties:\n      MinSize');
    const bare = 'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      InstanceId: i-123\n';
    for (const text of [rolling, replacing, computed, bare]) assert.deepEqual(run(asgUpdatePolicyRule, text), []);
  });

  it('still reports a group whose only UpdatePolicy is AutoScalingScheduledAction', () => {
    const text = groupWithTemplate.replace('    Properties:\n      MinSize', '    UpdatePolicy:\n      AutoScalingScheduledAction: {IgnoreUnmodifiedGroupSizeProperties: true}\n    Properties:\n      MinSize');
    assert.equal(only(run(asgUpdatePolicyRule, text)).ruleId, 'CX1001');
  });
});

const signalledGroup = (userData: string, policy = '') => `Resources:
  Config:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-12345678
      InstanceType: t3.micro
${userData}
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
${policy}    Properties:
      MinSize: '1'
      MaxSize: '2'
      LaunchConfigurationName: !Ref Config
`;
const waitPolicy = '    UpdatePolicy:\n      AutoScalingRollingUpdate:\n        WaitOnResourceSignals: true\n';
const creationPolicy = '    CreationPolicy:\n      ResourceSignal:\n        Timeout: PT15M\n';

describe('CX1002 WaitOnResourceSignals without cfn-signal', () => {
  it('reports the flag when the readable user data never signals', () => {
    const text = signalledGroup("      UserData: !Base64 |\n        #!/bin/bash\n        yum -y update\n", waitPolicy + creationPolicy);
    const found = only(run(asgWaitWithoutSignalRule, text));
    assert.equal(
      found.message,
      "WaitOnResourceSignals is true, but the user data of 'Group' never calls cfn-signal: each rolling update waits PauseTime for signals that never come, then fails and rolls back",
    );
    assert.equal(spanText(text, found), 'true');
    assert.deepEqual(found.path, ['Resources', 'Group', 'UpdatePolicy', 'AutoScalingRollingUpdate', 'WaitOnResourceSignals']);
  });

  it('finds cfn-signal through Fn::Base64, Fn::Sub and Fn::Join', () => {
    const sub = '      UserData: !Base64\n        Fn::Sub: |\n          #!/bin/bash\n          /opt/aws/bin/cfn-signal -e $? --stack ${AWS::StackName} --resource Group\n';
    const join = '      UserData: {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n", "/opt/aws/bin/cfn-signal -e 0 --stack ", {"Ref": "AWS::StackName"}]]}}\n';
    for (const userData of [sub, join]) assert.deepEqual(run(asgWaitWithoutSignalRule, signalledGroup(userData, waitPolicy)), []);
  });

  it('stays silent when the user data comes from a parameter or an import, or names the group for a script', () => {
    const fromParameter = '      UserData: !Ref UserDataParameter\n';
    const fromImport = '      UserData: !Base64 {"Fn::ImportValue": SharedScript}\n';
    const script = '      UserData: !Base64 {"Fn::Sub": "/opt/setup.sh ${AWS::StackName} Group"}\n';
    for (const userData of [fromParameter, fromImport, script]) assert.deepEqual(run(asgWaitWithoutSignalRule, signalledGroup(userData, waitPolicy)), []);
  });

  it('follows a launch template in the template, and stays silent on one it cannot see', () => {
    const withTemplate = (reference: string, userData: string) => `Resources:
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        UserData: ${userData}
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
${waitPolicy}    Properties:
      MinSize: '1'
      MaxSize: '2'
      LaunchTemplate:
        LaunchTemplateId: ${reference}
        Version: '1'
`;
    assert.equal(run(asgWaitWithoutSignalRule, withTemplate('!Ref Template', '!Base64 "echo hi"')).length, 1);
    assert.deepEqual(run(asgWaitWithoutSignalRule, withTemplate('!Ref Template', '!Base64 "cfn-signal -e 0"')), []);
    assert.deepEqual(run(asgWaitWithoutSignalRule, withTemplate('lt-0123456789', '!Base64 "echo hi"')), []);
  });
});

describe('CX1003 CreationPolicy without cfn-signal', () => {
  it('reports an instance whose user data never signals, at the CreationPolicy key (JSON)', () => {
    const text = `{
  "Resources": {
    "Server": {
      "Type": "AWS::EC2::Instance",
      "CreationPolicy": {"ResourceSignal": {"Timeout": "PT5M"}},
      "Properties": {"ImageId": "ami-1", "UserData": {"Fn::Base64": "#!/bin/bash\\nyum -y install httpd"}}
    }
  }
}`;
    const found = only(run(creationPolicyWithoutSignalRule, text));
    assert.equal(
      found.message,
      "'Server' has a CreationPolicy that waits for resource signals, but its user data never calls cfn-signal: creation waits for the whole Timeout, then fails and the stack rolls back",
    );
    assert.equal(spanText(text, found), '"CreationPolicy"');
    assert.deepEqual(found.explanation?.topics, ['T09']);
  });

  it('leaves alone an instance whose role may call SignalResource: a script or SDK can signal without cfn-signal', () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies: [{PolicyName: signal, PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: cloudformation:SignalResource, Resource: '*'}]}}]
  Web:
    Type: AWS::EC2::Instance
    CreationPolicy: {ResourceSignal: {Timeout: PT15M}}
    Properties:
      ImageId: ami-1
      UserData: {Fn::Base64: "#!/bin/bash\\nnode /config/verifyDeploymentCompletion.js"}
`;
    assert.deepEqual(run(creationPolicyWithoutSignalRule, text), []);
  });

  it('leaves a policy alone that waits for no signal (Count 0)', () => {
    const server = (count: string) =>
      `Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    CreationPolicy: {ResourceSignal: {Count: ${count}, Timeout: PT15M}}\n    Properties:\n      ImageId: ami-1\n`;
    assert.deepEqual(run(creationPolicyWithoutSignalRule, server('0')), []);
    assert.deepEqual(run(creationPolicyWithoutSignalRule, server("'0'")), []);
    assert.equal(run(creationPolicyWithoutSignalRule, server('1')).length, 1);
  });

  it('reports user data that runs cfn-init for the resource, or signals only a wait condition handle, but no cfn-signal for it', () => {
    const server = (script: string, extra = '') =>
      `Resources:\n${extra}  Web:\n    Type: AWS::EC2::Instance\n    CreationPolicy: {ResourceSignal: {Timeout: PT15M}}\n    Properties:\n      ImageId: ami-1\n      UserData:\n        Fn::Base64: !Sub |\n${script
        .split('\n')
        .map((line) => `          ${line}`)
        .join('\n')}\n`;
    const init = '/opt/aws/bin/cfn-init -v --stack ${AWS::StackName} --resource Web --region ${AWS::Region}';
    assert.equal(run(creationPolicyWithoutSignalRule, server(init)).length, 1);
    const handle = '  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n';
    assert.equal(run(creationPolicyWithoutSignalRule, server(`${init}\n/opt/aws/bin/cfn-signal -e 0 '\${Handle}'`, handle)).length, 1);
    const signalled = `${init}\n/opt/aws/bin/cfn-signal -e $? --stack \${AWS::StackName} \\\n  --resource Web --region \${AWS::Region}`;
    assert.deepEqual(run(creationPolicyWithoutSignalRule, server(signalled, handle)), []);
    // A script told the resource's name may signal it, and so may a script fetched and run.
    assert.deepEqual(run(creationPolicyWithoutSignalRule, server(`${init}\n/usr/local/bin/bootstrap.sh Web`)), []);
    assert.deepEqual(run(creationPolicyWithoutSignalRule, server('aws s3 cp s3://artifacts/bootstrap_client.sh /tmp/ && bash /tmp/bootstrap_client.sh')), []);
  });

  it('reports a group with no user data at all, and stays silent when it signals', () => {
    const silent = signalledGroup('', creationPolicy);
    assert.equal(only(run(creationPolicyWithoutSignalRule, silent)).severity, 'warning');
    const signalling = signalledGroup('      UserData: !Base64 "cfn-signal --success true"\n', creationPolicy);
    assert.deepEqual(run(creationPolicyWithoutSignalRule, signalling), []);
  });

  it('stays silent when another resource signals it (an SSM Automation document calling SignalResource)', () => {
    const server = (documentStep: string) =>
      [
        'Resources:',
        '  SetupDoc:',
        '    Type: AWS::SSM::Document',
        '    Properties:',
        '      DocumentType: Automation',
        `      Content: {schemaVersion: '0.3', mainSteps: [{name: s, action: 'aws:executeAwsApi', inputs: ${documentStep}}]}`,
        '  Server:',
        '    Type: AWS::EC2::Instance',
        '    CreationPolicy: {ResourceSignal: {Timeout: PT30M}}',
        '    Properties:',
        '      ImageId: ami-1',
        "      UserData: !Base64 {'Fn::Sub': 'Start-SSMAutomationExecution -DocumentName ${SetupDoc}'}",
      ].join('\n');
    assert.deepEqual(run(creationPolicyWithoutSignalRule, server('{Service: cloudformation, Api: SignalResource, LogicalResourceId: Server}')), []);
    assert.equal(run(creationPolicyWithoutSignalRule, server('{Service: ec2, Api: DescribeInstances}')).length, 1);
  });
});

describe('CX1004 WaitOnResourceSignals without a CreationPolicy', () => {
  it('notes that creation does not wait', () => {
    const text = signalledGroup('      UserData: !Base64 "cfn-signal"\n', waitPolicy);
    const found = only(run(asgWaitWithoutCreationPolicyRule, text));
    assert.equal(found.severity, 'info');
    assert.equal(
      found.message,
      "Rolling updates of 'Group' wait for cfn-signal, but it has no CreationPolicy: when the stack is created, CloudFormation does not wait for the first instances to signal that they are configured",
    );
    assert.deepEqual(run(asgWaitWithoutCreationPolicyRule, signalledGroup('', waitPolicy + creationPolicy)), []);
  });
});

describe('CX1005 load-balanced group with EC2 health checks', () => {
  const balanced = (extra: string) => `Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '2'
      MaxSize: '4'
      TargetGroupARNs:
        - !Ref TargetGroup
${extra}`;

  it('reports a missing HealthCheckType on the group and inserts ELB with a grace period', () => {
    const text = balanced('');
    const found = only(run(asgHealthCheckTypeRule, text));
    assert.equal(
      found.message,
      "Auto Scaling group 'Group' is registered with a load balancer (TargetGroupARNs) but has no HealthCheckType (so EC2): instances that fail the load balancer health check stay in service and are not replaced",
    );
    assert.equal(spanText(text, found), 'Group');
    assert.equal(fixed(text, found), text.replace("      MinSize: '2'", "      HealthCheckType: ELB\n      HealthCheckGracePeriod: 300\n      MinSize: '2'"));
  });

  it('reports HealthCheckType EC2 on its value and replaces it, adding a missing grace period (YAML and JSON)', () => {
    const text = balanced('      HealthCheckType: EC2\n      HealthCheckGracePeriod: 120\n');
    const found = only(run(asgHealthCheckTypeRule, text));
    assert.equal(spanText(text, found), 'EC2');
    assert.equal(fixed(text, found), text.replace('HealthCheckType: EC2', 'HealthCheckType: ELB'));
    const withoutGrace = balanced('      HealthCheckType: EC2\n');
    const graceless = fixed(withoutGrace, only(run(asgHealthCheckTypeRule, withoutGrace)));
    assert.equal(graceless, withoutGrace.replace("      MinSize: '2'", "      HealthCheckGracePeriod: 300\n      MinSize: '2'").replace('HealthCheckType: EC2', 'HealthCheckType: ELB'));
    const json = '{"Resources": {"Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"LoadBalancerNames": ["web"], "HealthCheckType": "EC2"}}}}';
    const jsonFound = only(run(asgHealthCheckTypeRule, json));
    assert.equal(jsonFound.message.includes('(LoadBalancerNames) but has HealthCheckType EC2:'), true);
    assert.equal(
      fixed(json, jsonFound),
      json.replace('"HealthCheckType": "EC2"', '"HealthCheckType": "ELB"').replace('{"LoadBalancerNames"', '{"HealthCheckGracePeriod": 300, "LoadBalancerNames"'),
    );
  });

  it('leaves no CX0716 behind: the fixed group has ELB checks and a grace period', () => {
    const text = balanced('');
    const result = fixed(text, only(run(asgHealthCheckTypeRule, text)));
    const findings = analyze(parseTemplate(result, 'yaml')).findings.map((found) => found.ruleId);
    assert.deepEqual(findings.filter((id) => id === 'CX1005' || id === 'CX0716'), []);
  });

  it('stays silent with ELB, a computed type, no load balancer, or a computed target group list', () => {
    for (const text of [
      balanced('      HealthCheckType: ELB\n'),
      balanced('      HealthCheckType: !Ref CheckType\n'),
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: 1\n',
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      TargetGroupARNs: !If [HasLb, [!Ref Tg], !Ref AWS::NoValue]\n',
    ]) {
      assert.deepEqual(run(asgHealthCheckTypeRule, text), []);
    }
  });
});
