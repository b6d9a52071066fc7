/** Resource attributes (Type, DependsOn, UpdatePolicy, …), their values, and the keys of UpdatePolicy and CreationPolicy. */
import { CREATION_POLICIES } from '../rules/creationPolicy';
import type { Shape } from '../rules/support/attributeShape';
import { SNAPSHOT_TYPES } from '../rules/support/removalPolicy';
import { UPDATE_POLICIES } from '../rules/updatePolicy';
import type { NodePath } from '../model';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { keyItem, valueItem, type Skeleton } from './items';
import { referenceCompletions } from './referenceCompletions';
import { resourceTypeCompletions, presentKeys } from './schemaCompletions';

export const ATTRIBUTE_DOCS: Readonly<Record<string, string>> = {
  Type: 'The resource type, such as `AWS::S3::Bucket`.',
  Properties: 'The settings of the resource, as its type defines them.',
  DependsOn: 'Creates this resource only after the named resources (and deletes it before them). `Ref` and `GetAtt` already imply this order.',
  Condition: 'Creates the resource only when the named condition is true.',
  Metadata: 'Structured data about the resource, such as `AWS::CloudFormation::Init` for cfn-init.',
  DeletionPolicy: 'What happens to the physical resource when it leaves the stack or the stack is deleted: Delete (the default for most types), Retain, RetainExceptOnCreate, or Snapshot where the type supports it.',
  UpdateReplacePolicy: 'What happens to the old physical resource when an update replaces it: Delete (the default), Retain, or Snapshot where the type supports it.',
  UpdatePolicy: 'How CloudFormation updates this resource: rolling or replacing updates of an Auto Scaling group, CodeDeploy traffic shifting for a Lambda alias, in-place changes for some clusters and domains.',
  CreationPolicy: 'Makes CloudFormation wait for success signals (cfn-signal) before it considers the resource created.',
};

const POLICY_KEY_DOCS: Record<string, string> = {
  AutoScalingRollingUpdate: 'Replaces instances in batches, keeping a minimum number in service.',
  AutoScalingReplacingUpdate: 'With `WillReplace: true`, creates a new group and keeps the old one until the new one succeeds, so a failed update rolls back quickly.',
  AutoScalingInstanceRefresh: 'Replaces instances through an Auto Scaling instance refresh (`Strategy`, `Preferences`); not beside `AutoScalingRollingUpdate`.',
  AutoScalingScheduledAction: 'Whether updates keep the group sizes that scheduled actions set (`IgnoreUnmodifiedGroupSizeProperties`).',
  CodeDeployLambdaAliasUpdate: 'Shifts traffic to the new Lambda version through a CodeDeploy deployment group, with optional hook functions.',
  UseOnlineResharding: 'Lets an update add or remove shards of the replication group without replacing it.',
  EnableVersionUpgrade: "Lets an update upgrade the domain's engine version in place instead of replacing the domain.",
  ResourceSignal: 'How many success signals to wait for (`Count`) and for how long (`Timeout`, an ISO 8601 duration such as `PT15M`).',
  AutoScalingCreationPolicy: 'The percentage of instances that must signal success for the group to be created.',
  MinInstancesInService: 'How many instances stay in service while old ones are replaced.',
  MaxBatchSize: 'How many instances are replaced at a time (1 by default, at most 100).',
  PauseTime: 'How long to wait after each batch (or for its signals), as an ISO 8601 duration such as `PT5M`.',
  WaitOnResourceSignals: 'Wait for each new instance to signal success (cfn-signal) before continuing.',
  SuspendProcesses: 'Auto Scaling processes to suspend during the update, so scaling does not interfere with it.',
};

const ATTRIBUTE_SKELETONS: Record<string, Skeleton> = {
  Properties: { shape: 'map' },
  Metadata: { shape: 'map' },
  UpdatePolicy: { shape: 'map' },
  CreationPolicy: { shape: 'map' },
};

type Context<K> = Extract<CompletionContext, { kind: K }>;

export function resourceAttributeKeyCompletions(context: Context<'resourceAttributeKey'>): Completion[] {
  const type = context.resourceType;
  const names = ['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy'];
  if (type && Object.hasOwn(UPDATE_POLICIES, type)) names.push('UpdatePolicy');
  if (type && Object.hasOwn(CREATION_POLICIES, type)) names.push('CreationPolicy');
  const present = presentKeys(context, ['Resources', context.logicalId]);
  return names
    .filter((name) => !present.has(name))
    .map((name, index) =>
      keyItem(context, name, 'keyword', ATTRIBUTE_SKELETONS[name] ?? removalSkeleton(name, type), {
        documentation: ATTRIBUTE_DOCS[name],
        sortText: String(index).padStart(2, '0'),
        retrigger: name !== 'DeletionPolicy' && name !== 'UpdateReplacePolicy' && name !== 'Metadata',
      }),
    );
}

function removalValues(type: string | undefined): string[] {
  const values = ['Delete', 'Retain', 'RetainExceptOnCreate'];
  return type && SNAPSHOT_TYPES.includes(type) ? [...values, 'Snapshot'] : values;
}

function removalSkeleton(name: string, type: string | undefined): Skeleton {
  if (name === 'DeletionPolicy') return { shape: 'string', choices: removalValues(type) };
  if (name === 'UpdateReplacePolicy') return { shape: 'string', choices: removalValues(type).filter((value) => value !== 'RetainExceptOnCreate') };
  return { shape: 'string' };
}

export function resourceAttributeValueCompletions(context: Context<'resourceAttributeValue'>): Completion[] {
  switch (context.attribute) {
    case 'Type':
      return resourceTypeCompletions(context);
    case 'DeletionPolicy':
    case 'UpdateReplacePolicy':
      return removalSkeleton(context.attribute, context.resourceType).choices!.map((value) => valueItem(context, value, 'value'));
    case 'DependsOn':
      return referenceCompletions(context, ['resource'], context.logicalId);
    default:
      return [];
  }
}

function policyShape(context: Context<'policyKey' | 'policyValue'>): Shape | undefined {
  const [attribute, ...rest] = context.path;
  const policies = attribute === 'UpdatePolicy' ? UPDATE_POLICIES : CREATION_POLICIES;
  let shape: Shape | undefined = Object.hasOwn(policies, context.resourceType) ? policies[context.resourceType] : undefined;
  for (const segment of rest) {
    if (typeof segment === 'number' || !shape || typeof shape === 'string' || 'oneOfList' in shape) continue;
    shape = Object.hasOwn(shape, segment) ? (shape as Record<string, Shape>)[segment] : undefined;
  }
  return shape;
}

export function policyCompletions(context: Context<'policyKey' | 'policyValue'>): Completion[] {
  const shape = policyShape(context);
  if (!shape) return [];
  if (shape === 'boolean') return ['true', 'false'].map((value) => valueItem(context, value, 'value', {}, true));
  if (typeof shape === 'string') return [];
  if ('oneOfList' in shape && Array.isArray(shape.oneOfList)) return shape.oneOfList.map((value: string) => valueItem(context, value, 'value'));
  if (context.kind === 'policyValue') return [];
  const present = presentKeys(context, ['Resources', ...resourcePathOf(context), ...context.path]);
  return Object.entries(shape as Record<string, Shape>)
    .filter(([name]) => !present.has(name))
    .map(([name, inner]) => keyItem(context, name, 'property', shapeSkeleton(inner), { documentation: POLICY_KEY_DOCS[name], retrigger: typeof inner !== 'string' }));
}

function resourcePathOf(context: CompletionContext): NodePath {
  return context.cursor.path.slice(1, 2);
}

function shapeSkeleton(shape: Shape): Skeleton {
  if (shape === 'boolean') return { shape: 'number', choices: ['true', 'false'] };
  if (shape === 'integer') return { shape: 'number' };
  if (shape === 'string') return { shape: 'string' };
  if (shape === 'list') return { shape: 'list' };
  return 'oneOfList' in shape && Array.isArray(shape.oneOfList) ? { shape: 'list' } : { shape: 'map' };
}
