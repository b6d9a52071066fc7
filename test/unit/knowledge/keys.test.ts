import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_NOTES, type Note } from '../../../src/core/knowledge';
import type { NodePath } from '../../../src/core/model';
import { resolveResourcePath, Schema, type ResolvedSchema } from '../../../src/core/schema';
import { TEMPLATE_SECTIONS } from '../../../src/core/sections';
import { nodeSchemaSource } from '../../../src/server/schemaSource';

// The generated schema index (scripts/test.mjs builds it before the tests run).
const schema = new Schema(nodeSchemaSource(join(import.meta.dirname, '../../../dist/schema')));

/** The keys resource attributes accept, as far as notes use them (CloudFormation's attribute reference). */
const ATTRIBUTE_KEYS: Record<string, readonly string[]> = {
  UpdatePolicy: ['AutoScalingRollingUpdate', 'AutoScalingInstanceRefresh', 'AutoScalingReplacingUpdate', 'AutoScalingScheduledAction', 'CodeDeployLambdaAliasUpdate'],
  'UpdatePolicy.AutoScalingRollingUpdate': [
    'MaxBatchSize', 'MinActiveInstancesPercent', 'MinInstancesInService', 'MinSuccessfulInstancesPercent',
    'PauseTime', 'SuspendProcesses', 'WaitOnResourceSignals',
  ],
  'UpdatePolicy.AutoScalingReplacingUpdate': ['WillReplace'],
  'UpdatePolicy.AutoScalingScheduledAction': ['IgnoreUnmodifiedGroupSizeProperties'],
  'UpdatePolicy.CodeDeployLambdaAliasUpdate': ['AfterAllowTrafficHook', 'ApplicationName', 'BeforeAllowTrafficHook', 'DeploymentGroupName'],
  CreationPolicy: ['AutoScalingCreationPolicy', 'ResourceSignal', 'StartFleet'],
  'CreationPolicy.ResourceSignal': ['Count', 'Timeout'],
  Metadata: ['AWS::CloudFormation::Init'],
};
const VALUE_ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy', 'DependsOn', 'Condition'];
const SUSPENDABLE_PROCESSES = ['Launch', 'Terminate', 'HealthCheck', 'ReplaceUnhealthy', 'AZRebalance', 'AlarmNotification', 'ScheduledActions', 'AddToLoadBalancer', 'InstanceRefresh'];
const POLICY_VALUES: Record<string, readonly string[]> = {
  DeletionPolicy: ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'],
  UpdateReplacePolicy: ['Delete', 'Retain', 'Snapshot'],
};

/** Notes that exist to say a value is impossible (the trap of exam-topics.md T21). */
const NOTES_ON_REJECTED_VALUES = ['ssm-parameter-secure-string'];

/** The schema for a note's property path; list indexes, which note paths leave out, are put back. */
function resolveProperty(type: string, segments: string[]): ResolvedSchema | undefined {
  let path: NodePath = ['Properties'];
  let resolved: ResolvedSchema | undefined;
  for (const segment of segments) {
    resolved = resolveResourcePath(schema, type, [...path, segment]);
    if (resolved) path = [...path, segment];
    else {
      resolved = resolveResourcePath(schema, type, [...path, 0, segment]);
      if (!resolved) return undefined;
      path = [...path, 0, segment];
    }
  }
  return resolved;
}

/** Why a note's key names nothing real, or undefined when it is fine. */
function keyProblem(note: Note): string | undefined {
  const { type, path, value, intrinsic, valueContains } = note.key;
  if (intrinsic) return intrinsic === 'Ref' || intrinsic.startsWith('Fn::') ? undefined : 'unknown intrinsic';
  if (valueContains) return valueContains.startsWith('{{resolve:') ? undefined : 'not a dynamic reference';
  if (type && type !== '*' && !schema.hasResourceType(type)) return `unknown type ${type}`;
  if (!path) return type && type !== '*' ? undefined : 'no path';
  const segments = path.split('.');
  if (!type) return (TEMPLATE_SECTIONS as readonly string[]).includes(segments[0]) ? undefined : `not a template section: ${segments[0]}`;
  if (segments[0] === 'Properties') {
    if (type === '*') return 'property path on any resource';
    const resolved = resolveProperty(type, segments.slice(1));
    if (!resolved) return `no property ${path} on ${type}`;
    const allowed = resolved.property?.allowedValues;
    return value !== undefined && allowed && !allowed.includes(value) ? `${value} not allowed` : undefined;
  }
  if (VALUE_ATTRIBUTES.includes(path)) {
    return value !== undefined && POLICY_VALUES[path] && !POLICY_VALUES[path].includes(value) ? `${value} not a policy` : undefined;
  }
  if (path === 'UpdatePolicy.AutoScalingRollingUpdate.SuspendProcesses') {
    return value === undefined || SUSPENDABLE_PROCESSES.includes(value) ? undefined : `${value} is no process`;
  }
  const parent = segments.slice(0, -1).join('.');
  if (segments.length === 1) return Object.hasOwn(ATTRIBUTE_KEYS, path) ? undefined : `unknown attribute ${path}`;
  return ATTRIBUTE_KEYS[parent]?.includes(segments.at(-1)!) ? undefined : `unknown attribute key ${path}`;
}

describe('note keys', () => {
  it('find the generated schema', () => {
    assert.equal(schema.hasResourceType('AWS::AutoScaling::AutoScalingGroup'), true);
  });

  it('name real resource types, properties, attributes and allowed values', () => {
    const problems = ALL_NOTES.filter((note) => !NOTES_ON_REJECTED_VALUES.includes(note.id)).flatMap((note) => {
      const problem = keyProblem(note);
      return problem ? [`${note.id}: ${problem}`] : [];
    });
    assert.deepEqual(problems, []);
  });

  it('explain values CloudFormation rejects only where the schema rejects them', () => {
    const problems = NOTES_ON_REJECTED_VALUES.map((id) => keyProblem(ALL_NOTES.find((note) => note.id === id)!));
    assert.deepEqual(problems, ['SecureString not allowed']);
  });

  it('catch a property that does not exist', () => {
    const fake = { ...ALL_NOTES[0], key: { type: 'AWS::AutoScaling::AutoScalingGroup', path: 'Properties.HealthCheckKind' } };
    assert.equal(keyProblem(fake), 'no property Properties.HealthCheckKind on AWS::AutoScaling::AutoScalingGroup');
  });
});
