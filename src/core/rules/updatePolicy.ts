import { entryOf, type NodePath, type TemplateNode } from '../model';
import { finding, type Finding } from '../findings';
import { currentSchema } from '../schema/current';
import { checkShape, type Shape } from './support/attributeShape';
import { resourceRule, type Rule } from './rule';

/** Percentages the UpdatePolicy page bounds: "You can specify a value from 0 to 100." */
const PERCENT: Shape = { range: [0, 100] };

const ROLLING_UPDATE: Shape = {
  MaxBatchSize: 'integer',
  MinActiveInstancesPercent: PERCENT,
  MinInstancesInService: 'integer',
  MinSuccessfulInstancesPercent: PERCENT,
  PauseTime: 'string',
  SuspendProcesses: {
    oneOfList: ['Launch', 'Terminate', 'HealthCheck', 'ReplaceUnhealthy', 'AZRebalance', 'AlarmNotification', 'ScheduledActions', 'AddToLoadBalancer', 'InstanceRefresh'],
  },
  WaitOnResourceSignals: 'boolean',
};

/** StartInstanceRefresh: "Valid Values: Rolling | ReplaceRootVolume"; healthy percentages 0–100 and 100–200. */
const INSTANCE_REFRESH: Shape = {
  Strategy: { oneOf: ['Rolling', 'ReplaceRootVolume'] },
  Preferences: {
    AlarmSpecification: { Alarms: 'list' },
    BakeTime: 'integer',
    CheckpointDelay: 'integer',
    CheckpointPercentages: 'list',
    InstanceWarmup: 'integer',
    MaxHealthyPercentage: { range: [100, 200] },
    MinHealthyPercentage: PERCENT,
    ScaleInProtectedInstances: 'string',
    SkipMatching: 'boolean',
    StandbyInstances: 'string',
  },
};

/** The resource types CloudFormation reads an UpdatePolicy from, and what each may say. */
export const UPDATE_POLICIES: Readonly<Record<string, Shape>> = {
  'AWS::AutoScaling::AutoScalingGroup': {
    AutoScalingReplacingUpdate: { WillReplace: 'boolean' },
    AutoScalingRollingUpdate: ROLLING_UPDATE,
    AutoScalingInstanceRefresh: INSTANCE_REFRESH,
    AutoScalingScheduledAction: { IgnoreUnmodifiedGroupSizeProperties: 'boolean' },
  },
  'AWS::Lambda::Alias': {
    CodeDeployLambdaAliasUpdate: {
      AfterAllowTrafficHook: 'string',
      ApplicationName: 'string',
      BeforeAllowTrafficHook: 'string',
      DeploymentGroupName: 'string',
    },
  },
  'AWS::AppStream::Fleet': { StopBeforeUpdate: { Type: 'boolean' }, StartAfterUpdate: { Type: 'boolean' } },
  'AWS::ElastiCache::ReplicationGroup': { UseOnlineResharding: 'boolean' },
  'AWS::OpenSearchService::Domain': { EnableVersionUpgrade: 'boolean' },
  'AWS::Elasticsearch::Domain': { EnableVersionUpgrade: 'boolean' },
};

/** "This policy is mutually exclusive with AutoScalingRollingUpdate." (the AutoScalingInstanceRefresh update policy) */
function exclusivePolicies(policy: TemplateNode, path: NodePath): Finding[] {
  const refresh = entryOf(policy, 'AutoScalingInstanceRefresh');
  if (!refresh || !entryOf(policy, 'AutoScalingRollingUpdate')) return [];
  const message = 'AutoScalingInstanceRefresh and AutoScalingRollingUpdate cannot be given together: choose how CloudFormation replaces the instances';
  return [finding('E3016', 'error', message, refresh.key.span, [...path, 'AutoScalingInstanceRefresh'])];
}

/** SAM types: the transform rewrites them, and their attributes with them. */
const NOT_JUDGED = /^AWS::Serverless::/;

export const updatePolicyRule: Rule = resourceRule({
  id: 'E3016',
  needsText: ['UpdatePolicy'],
  description: 'UpdatePolicy must suit the resource type',
  check(resource) {
    const entry = entryOf(resource.body, 'UpdatePolicy');
    const type = resource.type;
    if (!entry || !type || NOT_JUDGED.test(type)) return [];
    const path = ['Resources', resource.logicalId, 'UpdatePolicy'];
    const shape = UPDATE_POLICIES[type];
    if (shape) return [...checkShape({ ruleId: 'E3016', label: `UpdatePolicy of ${type}` }, entry.value, shape, path, entry.key.span), ...exclusivePolicies(entry.value, path)];
    if (!currentSchema()?.hasResourceType(type)) return [];
    const supported = Object.keys(UPDATE_POLICIES).join(', ');
    const message = `UpdatePolicy has no effect on ${type}: CloudFormation reads it only on ${supported}`;
    return [finding('E3016', 'warning', message, entry.key.span, path)];
  },
});
