import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollingDeploymentStuck } from '../../../../src/core/rules/catalogue/containers/ecsServices';
import { ecsShiftOverTimeLimit } from '../../../../src/core/rules/catalogue/containers/ecsNativeDeployments';
import { awslogsGroupArn, fargateCpuMemory, fargateNetworkMode, taskEssentialContainer } from '../../../../src/core/rules/catalogue/containers/taskDefinitions';
import { fargateExecutionRole } from '../../../../src/core/rules/catalogue/containers/taskExecutionRole';
import { fixed, only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';
import { check, findingPaths } from './helpers';

const repository = (properties: string) => `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
${properties}
`;

describe('ECR lifecycle policies', () => {
  it('skips text built with variables and numbers written as strings', () => {
    const sub = repository("      LifecyclePolicy:\n        LifecyclePolicyText: !Sub '{\"rules\": [{\"rulePriority\": ${Priority}}]}'");
    assert.deepEqual(check('CX1612', sub), []);
    assert.deepEqual(check('CX1611', sub), []);
    const strings = repository(`      LifecyclePolicy:\n        LifecyclePolicyText: '{"rules": [{"rulePriority": "1", "selection": {"tagStatus": "any"}}, {"rulePriority": "1", "selection": {"tagStatus": "untagged"}}]}'`);
    assert.deepEqual(check('CX1611', strings), []);
  });
  it('orders the any rule last among rules of its own storage class (AWS example: archive, then expire the archived)', () => {
    const archive = `{"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}, "action": {"type": "transition", "targetStorageClass": "archive"}}`;
    const expire = `{"rulePriority": 2, "selection": {"tagStatus": "any", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 365}, "action": {"type": "expire"}}`;
    assert.deepEqual(check('CX1611', repository(`      LifecyclePolicy:\n        LifecyclePolicyText: '{"rules": [${archive}, ${expire}]}'`)), []);
    const tagged = `{"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 5}, "action": {"type": "expire"}}`;
    assert.match(check('CX1611', repository(`      LifecyclePolicy:\n        LifecyclePolicyText: '{"rules": [${archive}, ${tagged}]}'`))[0].message, /priority 1, below 2: it must be the last rule/);
  });
  it('reports an untagged rule with a tag list', () => {
    const text = repository(`      LifecyclePolicy:\n        LifecyclePolicyText: '{"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "tagPrefixList": ["dev"], "countType": "imageCountMoreThan", "countNumber": 5}, "action": {"type": "expire"}}]}'`);
    assert.match(check('CX1610', text)[0].message, /selects untagged images but sets tagPrefixList/);
  });
});

describe('ECR repository policies', () => {
  const policy = (statement: object) => repository(`      RepositoryPolicyText: ${JSON.stringify({ Version: '2012-10-17', Statement: [statement] })}`);
  it('reports a list principal with "*" and not one with a condition', () => {
    assert.equal(check('CX1613', policy({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'ecr:BatchGetImage' })).length, 1);
    assert.deepEqual(check('CX1613', policy({ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), []);
  });
  it('matches wildcards when it counts the pull actions', () => {
    assert.deepEqual(check('CX1614', policy({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'ecr:*' })), []);
    assert.match(check('CX1614', policy({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: ['ecr:BatchGet*'] }))[0].message, /not ecr:GetDownloadUrlForLayer/);
  });
});

const service = (mode: string, targetType: string, port = 8080) => `Parameters:
  TargetType:
    Type: String
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: ${mode}
      ContainerDefinitions:
        - Name: web
          Image: nginx
          PortMappings:
            - ContainerPort: 8080
  Targets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: vpc-12345678
      Port: 8080
      Protocol: HTTP
      TargetType: ${targetType}
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Task
      LoadBalancers:
        - ContainerName: web
          ContainerPort: ${port}
          TargetGroupArn: !Ref Targets
`;

describe('ECS load balancer wiring', () => {
  it('needs ip targets only for awsvpc tasks and never guesses a parameter', () => {
    assert.equal(check('CX1711', service('awsvpc', 'instance')).length, 1);
    assert.deepEqual(check('CX1711', service('bridge', 'instance')), []);
    assert.deepEqual(check('CX1711', service('awsvpc', '!Ref TargetType')), []);
  });
  it('lists the containers when the name is wrong', () => {
    const [found] = check('CX1712', service('awsvpc', 'ip').replace('- ContainerName: web', '- ContainerName: app'));
    assert.equal(found.message, "ECS service 'Service' sends load balancer traffic to container 'app', which its task definition does not define (containers: web)");
    assert.deepEqual(check('CX1712', service('awsvpc', 'ip')), []);
  });
});

describe('ECS CodeDeploy deployment groups', () => {
  const group = (style: string) => `Resources:
  Group:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: app
      ServiceRoleArn: arn:aws:iam::123456789012:role/codedeploy
      ECSServices:
        - ClusterName: web
          ServiceName: web
${style}`;
  it('needs BLUE_GREEN with traffic control', () => {
    assert.deepEqual(findingPaths(check('CX1714', group(''))), ['Resources/Group/Properties/DeploymentStyle']);
    assert.match(check('CX1714', group('      DeploymentStyle:\n        DeploymentType: BLUE_GREEN\n        DeploymentOption: WITHOUT_TRAFFIC_CONTROL'))[0].message, /no traffic control/);
    assert.deepEqual(check('CX1714', group('      DeploymentStyle:\n        DeploymentType: BLUE_GREEN\n        DeploymentOption: WITH_TRAFFIC_CONTROL')), []);
  });
});

describe('Image Builder schedules', () => {
  const pipeline = (expression: string) => `Resources:
  Pipeline:
    Type: AWS::ImageBuilder::ImagePipeline
    Properties:
      Name: golden
      InfrastructureConfigurationArn: arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/build
      ImageRecipeArn: arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/web/1.0.0
      Schedule:
        ScheduleExpression: '${expression}'
        PipelineExecutionStartCondition: EXPRESSION_MATCH_ONLY
`;
  it('takes six fields with ? in one day field', () => {
    assert.deepEqual(check('CX1512', pipeline('cron(0 3 ? * SUN *)')), []);
    assert.match(check('CX1512', pipeline('cron(0 3 1 * MON *)'))[0].message, /both day-of-month and day-of-week/);
    assert.deepEqual(check('CX1512', pipeline('rate(7 days)')), []);
  });
});

describe('Fargate task definitions', () => {
  const task = (properties: string) =>
    resources(`  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n${properties}      ContainerDefinitions: [{ Name: app, Image: nginx }]\n`);
  const fargate = (rest: string) => task(`      RequiresCompatibilities: [FARGATE]\n${rest}`);

  it('needs NetworkMode awsvpc: the fix sets or adds it', () => {
    const bridge = fargate('      NetworkMode: bridge\n      Cpu: 256\n      Memory: 512\n');
    assert.deepEqual(paths(fargateNetworkMode, bridge), ['Resources/Task/Properties/NetworkMode']);
    assert.deepEqual(paths(fargateNetworkMode, fixed(bridge, only(findings(fargateNetworkMode, bridge)))), []);
    const none = fargate('      Cpu: 256\n      Memory: 512\n');
    assert.equal(only(findings(fargateNetworkMode, none)).message, "Task definition 'Task' runs on Fargate without a NetworkMode: the default, bridge, is refused; Fargate needs awsvpc");
    assert.deepEqual(paths(fargateNetworkMode, fixed(none, only(findings(fargateNetworkMode, none)))), []);
  });

  it('leaves EC2 task definitions, computed modes and computed compatibilities alone', () => {
    assert.deepEqual(paths(fargateNetworkMode, task('      RequiresCompatibilities: [EC2]\n      NetworkMode: bridge\n')), []);
    assert.deepEqual(paths(fargateNetworkMode, fargate('      NetworkMode: !Ref Mode\n')), []);
    assert.deepEqual(paths(fargateNetworkMode, task('      RequiresCompatibilities: !Ref Compat\n      NetworkMode: bridge\n')), []);
  });

  it('takes the CPU and memory pairs of the Fargate table, as units and MiB or as vCPU and GB', () => {
    for (const [cpu, memory] of [['256', '512'], ['256', '2048'], ['512', '4096'], ['"1024"', '"8192"'], ['4096', '30720'], ['8192', '61440'], ['16384', '122880'], ['"1 vCPU"', '"2 GB"'], ['"0.25 vcpu"', '"0.5GB"']]) {
      assert.deepEqual(paths(fargateCpuMemory, fargate(`      NetworkMode: awsvpc\n      Cpu: ${cpu}\n      Memory: ${memory}\n`)), [], `${cpu}/${memory}`);
    }
  });

  it('reports a pair off the table on Memory, an unknown CPU size on Cpu, and a missing one on RequiresCompatibilities', () => {
    const pair = (cpu: string, memory: string) => paths(fargateCpuMemory, fargate(`      NetworkMode: awsvpc\n      Cpu: ${cpu}\n      Memory: ${memory}\n`));
    assert.deepEqual(pair('256', '1536'), ['Resources/Task/Properties/Memory']);
    assert.deepEqual(pair('8192', '20480'), []);
    assert.deepEqual(pair('8192', '18432'), ['Resources/Task/Properties/Memory']);
    assert.deepEqual(pair('300', '1024'), ['Resources/Task/Properties/Cpu']);
    assert.deepEqual(pair('!Ref Cpu', '1536'), []);
    assert.deepEqual(paths(fargateCpuMemory, fargate('      NetworkMode: awsvpc\n      Cpu: 256\n')), ['Resources/Task/Properties/RequiresCompatibilities']);
    assert.equal(
      only(findings(fargateCpuMemory, fargate('      NetworkMode: awsvpc\n      Cpu: 1024\n      Memory: 1024\n'))).message,
      "Task definition 'Task' asks Fargate for Cpu 1024 and Memory 1024, a size Fargate does not offer: with Cpu 1024, Memory must be 2048 to 8192 in steps of 1024",
    );
  });
});

describe('CX1721 essential containers', () => {
  const task = (containers: string) => resources(`  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n${containers}`);

  it('reports a task definition whose containers are all Essential false, and only then', () => {
    assert.deepEqual(paths(taskEssentialContainer, task('        - { Name: a, Image: x, Essential: false }\n        - { Name: b, Image: y, Essential: "false" }\n')), ['Resources/Task/Properties/ContainerDefinitions']);
    assert.deepEqual(paths(taskEssentialContainer, task('        - { Name: a, Image: x, Essential: false }\n        - { Name: b, Image: y }\n')), []);
    assert.deepEqual(paths(taskEssentialContainer, task('        - { Name: a, Image: x, Essential: !Ref Essential }\n')), []);
  });
});

describe('CX1722 awslogs-group given the log group ARN', () => {
  const task = (group: string) =>
    resources(
      `  Logs:\n    Type: AWS::Logs::LogGroup\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx\n          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: ${group}\n              awslogs-region: !Ref AWS::Region\n`,
      '  GroupName:\n    Type: String\n',
    );

  it('fixes Fn::GetAtt Arn with a Ref', () => {
    const text = task('!GetAtt Logs.Arn');
    const found = only(findings(awslogsGroupArn, text));
    assert.equal(found.severity, 'warning');
    assert.deepEqual(findings(awslogsGroupArn, fixed(text, found)), []);
  });

  it('reports an ARN written out, and leaves names, parameters, Fn::Sub names and conditions alone', () => {
    assert.equal(findings(awslogsGroupArn, task("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/ecs/web:*'")).length, 1);
    for (const group of ['!Ref Logs', '!Ref GroupName', '/ecs/web', "!Sub '/ecs/${AWS::StackName}'", '!If [Own, !GetAtt Logs.Arn, /ecs/web]']) {
      assert.deepEqual(paths(awslogsGroupArn, task(group)), [], group);
    }
  });
});

describe('CX1723 ECS canary or linear deployment over 33 hours', () => {
  const service = (configuration: string) =>
    resources(`  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: c\n      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1\n      DeploymentConfiguration:\n${configuration}`, '  Bake:\n    Type: Number\n    AllowedValues: [60, 1440]\n');

  it('adds the canary bake time to the deployment bake time, the canary default being 10 minutes', () => {
    const found = only(findings(ecsShiftOverTimeLimit, service('        Strategy: CANARY\n        BakeTimeInMinutes: 1440\n        CanaryConfiguration:\n          CanaryBakeTimeInMinutes: 600\n')));
    assert.equal(found.severity, 'error');
    assert.match(found.message, /canary deployment adds up to at least 2040 minutes .*rejects more than 1980/);
    assert.deepEqual(paths(ecsShiftOverTimeLimit, service('        Strategy: CANARY\n        BakeTimeInMinutes: 1440\n        CanaryConfiguration:\n          CanaryBakeTimeInMinutes: 540\n')), []);
    assert.deepEqual(paths(ecsShiftOverTimeLimit, service('        Strategy: CANARY\n        BakeTimeInMinutes: 1440\n')), []);
  });

  it('counts a linear bake once per step: (100 / percent) - 1 steps when the percent divides 100, else its floor', () => {
    assert.equal(findings(ecsShiftOverTimeLimit, service('        Strategy: LINEAR\n        BakeTimeInMinutes: 1440\n        LinearConfiguration:\n          StepPercent: 10\n          StepBakeTimeInMinutes: 61\n')).length, 1);
    assert.deepEqual(paths(ecsShiftOverTimeLimit, service('        Strategy: LINEAR\n        BakeTimeInMinutes: 1440\n        LinearConfiguration:\n          StepPercent: 10\n          StepBakeTimeInMinutes: 60\n')), []);
    // 100 / 30 = 3.33: three steps of 181 minutes
    assert.equal(findings(ecsShiftOverTimeLimit, service('        Strategy: LINEAR\n        BakeTimeInMinutes: 1440\n        LinearConfiguration:\n          StepPercent: 30\n          StepBakeTimeInMinutes: 181\n')).length, 1);
    assert.deepEqual(paths(ecsShiftOverTimeLimit, service('        Strategy: LINEAR\n        BakeTimeInMinutes: 1440\n        LinearConfiguration:\n          StepPercent: 30\n          StepBakeTimeInMinutes: 180\n')), []);
  });

  it('takes the least value a parameter allows, and leaves other strategies alone', () => {
    assert.deepEqual(paths(ecsShiftOverTimeLimit, service('        Strategy: CANARY\n        BakeTimeInMinutes: !Ref Bake\n        CanaryConfiguration:\n          CanaryBakeTimeInMinutes: 1440\n')), []);
    assert.deepEqual(paths(ecsShiftOverTimeLimit, service('        Strategy: BLUE_GREEN\n        BakeTimeInMinutes: 1440\n')), []);
  });
});

describe('CX1713 rolling limits that allow no progress', () => {
  const service = (strategy: string) =>
    resources(`  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: c\n      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/app:1\n      DeploymentConfiguration:\n${strategy}        MinimumHealthyPercent: 100\n        MaximumPercent: 100\n`);
  it('judges rolling deployments only, not a blue/green revision started beside the old one', () => {
    assert.deepEqual(paths(rollingDeploymentStuck, service('')), ['Resources/Service/Properties/DeploymentConfiguration/MaximumPercent']);
    assert.deepEqual(paths(rollingDeploymentStuck, service('        Strategy: ROLLING\n')), ['Resources/Service/Properties/DeploymentConfiguration/MaximumPercent']);
    assert.deepEqual(paths(rollingDeploymentStuck, service('        Strategy: BLUE_GREEN\n        BakeTimeInMinutes: 10\n')), []);
  });
});

describe('CX1726 Fargate task definition without an execution role', () => {
  const task = (container: string, extra = '') =>
    resources(
      `  Repo:\n    Type: AWS::ECR::Repository\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 256\n      Memory: 512\n${extra}      ContainerDefinitions: [${container}]\n`,
    );
  const logs = '{ Name: app, Image: nginx, LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: g, awslogs-region: us-east-1, awslogs-stream-prefix: app } } }';
  it('reports the awslogs driver and an ECR image, built from a repository of the template or written out', () => {
    assert.deepEqual(paths(fargateExecutionRole, task(logs)), ['Resources/Task/Properties/RequiresCompatibilities']);
    assert.match(only(findings(fargateExecutionRole, task(logs))).message, /container 'app' sends its logs with the awslogs driver: ECS refuses to register it/);
    assert.equal(findings(fargateExecutionRole, task('{ Name: app, Image: !Sub "${Repo.RepositoryUri}:latest" }')).length, 1);
    assert.equal(findings(fargateExecutionRole, task('{ Name: app, Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1 }')).length, 1);
  });
  it('accepts an execution role, a public image without awslogs, and EC2 task definitions', () => {
    assert.deepEqual(paths(fargateExecutionRole, task(logs, '      ExecutionRoleArn: arn:aws:iam::123456789012:role/exec\n')), []);
    assert.deepEqual(paths(fargateExecutionRole, task('{ Name: app, Image: public.ecr.aws/nginx/nginx:latest }')), []);
    assert.deepEqual(paths(fargateExecutionRole, task(logs).replace('[FARGATE]', '[EC2]')), []);
  });
});

describe('CX1727 / CX1728 the CodeDeploy blue/green hook', () => {
  const hook = (resources: string) => `Transform: AWS::CodeDeployBlueGreen
Hooks:
  BlueGreen:
    Type: AWS::CodeDeploy::BlueGreen
    Properties:
      Applications:
        - Target: {Type: AWS::ECS::Service, LogicalID: Service}
          ECSAttributes:
            TaskDefinitions: [BlueTd, GreenTd]
            TaskSets: [BlueTs, GreenTs]
            TrafficRouting:
              ProdTrafficRoute: {Type: AWS::ElasticLoadBalancingV2::Listener, LogicalID: Listener}
              TargetGroups: [BlueTg, GreenTg]
Resources:
  Service: {Type: AWS::ECS::Service, Properties: {DeploymentController: {Type: EXTERNAL}}}
  BlueTd: {Type: AWS::ECS::TaskDefinition, Properties: {ContainerDefinitions: [{Name: web, Image: nginx}]}}
  BlueTs: {Type: AWS::ECS::TaskSet, Properties: {Cluster: c, Service: !Ref Service, TaskDefinition: !Ref BlueTd}}
  Listener: {Type: AWS::ElasticLoadBalancingV2::Listener, Properties: {LoadBalancerArn: lb, DefaultActions: [{Type: forward, TargetGroupArn: !Ref BlueTg}]}}
  BlueTg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup}
${resources}`;
  it('CX1727 reports Fn::ImportValue and nested stacks beside the hook', () => {
    const text = hook("  GreenTg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {VpcId: !ImportValue network-vpc}}\n  Child: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: https://example.com/t.yaml}}\n");
    assert.deepEqual(findingPaths(check('CX1727', text)), ['Resources/GreenTg/Properties/VpcId', 'Resources/Child']);
    assert.deepEqual(check('CX1727', hook('  GreenTg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup}\n')), []);
  });
  it('CX1728 reports a blue or routing name that is no resource, or one of the wrong type; green task definitions and sets need none', () => {
    assert.deepEqual(check('CX1728', hook('  GreenTg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup}\n')), []);
    assert.deepEqual(findingPaths(check('CX1728', hook('  GreenTg: {Type: AWS::SNS::Topic}\n'))), ['Hooks/BlueGreen/Properties/Applications/0/ECSAttributes/TrafficRouting/TargetGroups/1']);
  });
});

describe('CX1513 Image Builder build instances without Systems Manager', () => {
  const infra = (policy: string) =>
    `Resources:\n  BuildRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}\n      ManagedPolicyArns: [arn:aws:iam::aws:policy/${policy}]\n` +
    `  BuildProfile: {Type: AWS::IAM::InstanceProfile, Properties: {Roles: [!Ref BuildRole]}}\n  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties: {Name: infra, InstanceProfileName: !Ref BuildProfile}\n`;
  it('reports a role whose managed policies are known to lack SSM, not one that allows every action or an unknown managed policy', () => {
    assert.equal(check('CX1513', infra('CloudWatchAgentServerPolicy')).length, 1);
    for (const policy of ['AdministratorAccess', 'AmazonSSMFullAccess', 'EC2InstanceProfileForImageBuilder', 'ReadOnlyAccess']) assert.deepEqual(check('CX1513', infra(policy)), [], policy);
  });
});
