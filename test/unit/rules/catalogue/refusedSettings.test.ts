/** Settings the services refuse outright: CX2923, CX0317, CX1735, CX1736. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configGuardRuleTrigger } from '../../../../src/core/rules/catalogue/governance/configGuardTriggers';
import { codeBuildSecondaryPipelineArtifact } from '../../../../src/core/rules/catalogue/pipeline/codeBuildProject';
import { containerPortTwoProtocols } from '../../../../src/core/rules/catalogue/containers/portMappings';
import { daemonServiceUnsupported } from '../../../../src/core/rules/catalogue/containers/daemonServices';
import { paths, resources } from './checkObjects';

describe('CX2923 Guard rule triggers', () => {
  const rule = (owner: string, messageType: string) =>
    resources(`  Rule:\n    Type: AWS::Config::ConfigRule\n    Properties:\n      Source:\n        Owner: ${owner}\n        SourceDetails:\n          - {EventSource: aws.config, MessageType: ${messageType}}\n`);
  it('reports a periodic trigger of a CUSTOM_POLICY rule only', () => {
    assert.deepEqual(paths(configGuardRuleTrigger, rule('CUSTOM_POLICY', 'ScheduledNotification')), ['Resources/Rule/Properties/Source/SourceDetails/0/MessageType']);
    assert.deepEqual(paths(configGuardRuleTrigger, rule('CUSTOM_POLICY', 'ConfigurationItemChangeNotification')), []);
    assert.deepEqual(paths(configGuardRuleTrigger, rule('CUSTOM_LAMBDA', 'ScheduledNotification')), []);
    assert.deepEqual(paths(configGuardRuleTrigger, rule('CUSTOM_POLICY', '!Ref Trigger')), []);
  });
});

describe('CX0317 secondary artifacts of type CODEPIPELINE', () => {
  const project = (type: string) =>
    resources(`  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Artifacts: {Type: CODEPIPELINE}\n      SecondaryArtifacts:\n        - {ArtifactIdentifier: one, Type: S3, Location: b}\n        - {ArtifactIdentifier: two, Type: ${type}}\n`);
  it('reports the secondary artifact, not the main one', () => {
    assert.deepEqual(paths(codeBuildSecondaryPipelineArtifact, project('CODEPIPELINE')), ['Resources/Build/Properties/SecondaryArtifacts/1/Type']);
    assert.deepEqual(paths(codeBuildSecondaryPipelineArtifact, project('NO_ARTIFACTS')), []);
  });
});

describe('CX1735 one container port for two protocols', () => {
  const task = (mappings: string) =>
    resources(`  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx\n          PortMappings:\n${mappings}`);
  it('reports the second protocol of a port, tcp being the default', () => {
    assert.deepEqual(paths(containerPortTwoProtocols, task('            - {ContainerPort: 53}\n            - {ContainerPort: 53, Protocol: udp}\n')), [
      'Resources/Task/Properties/ContainerDefinitions/0/PortMappings/1/Protocol',
    ]);
    assert.deepEqual(paths(containerPortTwoProtocols, task('            - {ContainerPort: 53, Protocol: udp}\n            - {ContainerPort: 80}\n')), []);
    assert.deepEqual(paths(containerPortTwoProtocols, task('            - {ContainerPort: 80}\n            - {ContainerPort: 80, Protocol: TCP}\n')), []);
  });
});

describe('CX1736 DAEMON services', () => {
  const service = (extra: string) =>
    resources(`  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: c\n      TaskDefinition: t\n      SchedulingStrategy: DAEMON\n${extra}`);
  it('reports Fargate capacity and the CODE_DEPLOY or EXTERNAL controllers', () => {
    const at = ['Resources/Service/Properties/SchedulingStrategy'];
    assert.deepEqual(paths(daemonServiceUnsupported, service('      LaunchType: FARGATE\n')), at);
    assert.deepEqual(paths(daemonServiceUnsupported, service('      CapacityProviderStrategy:\n        - {CapacityProvider: FARGATE_SPOT, Weight: 1}\n')), at);
    assert.deepEqual(paths(daemonServiceUnsupported, service('      DeploymentController: {Type: EXTERNAL}\n')), at);
    assert.deepEqual(paths(daemonServiceUnsupported, service('      LaunchType: EC2\n')), []);
    assert.deepEqual(paths(daemonServiceUnsupported, service('      CapacityProviderStrategy:\n        - {CapacityProvider: MyAsgProvider, Weight: 1}\n')), []);
  });
});

describe('CX1737 load-balanced service of one task', () => {
  it('reports DesiredCount 1 behind a load balancer only', async () => {
    const { serviceSingleTask } = await import('../../../../src/core/rules/catalogue/containers/ecsServiceZones');
    const service = (count: string, balanced: boolean) =>
      resources(`  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: c\n      TaskDefinition: t\n      DesiredCount: ${count}\n${balanced ? '      LoadBalancers:\n        - {ContainerName: web, ContainerPort: 80, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1}\n' : ''}`);
    assert.deepEqual(paths(serviceSingleTask, service('1', true)), ['Resources/Service/Properties/DesiredCount']);
    assert.deepEqual(paths(serviceSingleTask, service('2', true)), []);
    assert.deepEqual(paths(serviceSingleTask, service('1', false)), []);
  });
});

describe('CX1823 SAM DeploymentPreference turned off', () => {
  it('reports a preference with alarms or hooks turned off, not a hook function turning its own off', async () => {
    const { samPreferenceDisabled } = await import('../../../../src/core/rules/catalogue/serverless/samDeployments');
    const fn = (preference: string) =>
      `Transform: AWS::Serverless-2016-10-31\n${resources(`  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      InlineCode: x\n      AutoPublishAlias: live\n      DeploymentPreference: ${preference}\n`)}`;
    assert.deepEqual(paths(samPreferenceDisabled, fn('{Enabled: false, Type: Canary10Percent5Minutes, Alarms: [arn:aws:cloudwatch:us-east-1:123456789012:alarm:a]}')), [
      'Resources/Fn/Properties/DeploymentPreference/Enabled',
    ]);
    assert.deepEqual(paths(samPreferenceDisabled, fn('{Enabled: false}')), []);
    assert.deepEqual(paths(samPreferenceDisabled, fn('{Enabled: true, Type: Canary10Percent5Minutes, Alarms: [a]}')), []);
  });
});

describe('CX3321 GuardDuty runtime monitoring features', () => {
  it('reports EKS_RUNTIME_MONITORING beside RUNTIME_MONITORING, and either alone passes', async () => {
    const { guardDutyRuntimeFeaturesBoth } = await import('../../../../src/core/rules/catalogue/governance/services');
    const detector = (names: string[]) =>
      resources(`  D:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n${names.map((name) => `        - {Name: ${name}, Status: ENABLED}\n`).join('')}`);
    assert.deepEqual(paths(guardDutyRuntimeFeaturesBoth, detector(['S3_DATA_EVENTS', 'EKS_RUNTIME_MONITORING', 'RUNTIME_MONITORING'])), ['Resources/D/Properties/Features/1']);
    assert.deepEqual(paths(guardDutyRuntimeFeaturesBoth, detector(['RUNTIME_MONITORING'])), []);
    assert.deepEqual(paths(guardDutyRuntimeFeaturesBoth, detector(['EKS_RUNTIME_MONITORING'])), []);
  });
});

describe('CX1919 alias on $LATEST', () => {
  it('reports an alias following $LATEST, leaving the cases CX1914 and CX1915 report as errors', async () => {
    const { aliasOnLatest } = await import('../../../../src/core/rules/catalogue/serverless/lambdaVersions');
    const alias = (extra: string) => resources(`  Live:\n    Type: AWS::Lambda::Alias\n    Properties:\n      FunctionName: f\n      Name: live\n      FunctionVersion: $LATEST\n${extra}`);
    assert.deepEqual(paths(aliasOnLatest, alias('')), ['Resources/Live/Properties/FunctionVersion']);
    assert.deepEqual(paths(aliasOnLatest, alias('      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}\n')), []);
    assert.deepEqual(paths(aliasOnLatest, alias('      RoutingConfig: {AdditionalVersionWeights: [{FunctionVersion: "2", FunctionWeight: 0.1}]}\n')), []);
  });
});

describe('CX0224 two triggers for one source action', () => {
  it('reports the second trigger of a source action, not triggers of different actions', async () => {
    const { pipelineTriggerRepeated } = await import('../../../../src/core/rules/catalogue/pipeline/pipelineTriggers');
    const pipeline = (names: string[]) =>
      resources(
        `  Pipeline:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      PipelineType: V2\n      Triggers:\n` +
          names.map((name) => `        - {ProviderType: CodeStarSourceConnection, GitConfiguration: {SourceActionName: ${name}}}\n`).join(''),
      );
    assert.deepEqual(paths(pipelineTriggerRepeated, pipeline(['App', 'App'])), ['Resources/Pipeline/Properties/Triggers/1/GitConfiguration/SourceActionName']);
    assert.deepEqual(paths(pipelineTriggerRepeated, pipeline(['App', 'Infra'])), []);
  });
});
