import type { Finding } from '../../findings';
import { isMap, valueOf } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry, type PlainValue } from './edits';
import { attributeOf, examFinding, literalString, resourcePath, resourcesOfType } from './values';

const REPLACING_POLICIES = ['AutoScalingRollingUpdate', 'AutoScalingReplacingUpdate', 'AutoScalingInstanceRefresh'];

/** CX1001: a group with a launch template or configuration that no stack update will roll out. */
export const asgUpdatePolicyRule: Rule = {
  id: 'CX1001',
  description: 'Auto Scaling group without an UpdatePolicy that replaces its instances',
  onlyWith: ['AWS::AutoScaling::AutoScalingGroup'],
  run(template: Template): Finding[] {
    return resourcesOfType(template.root, 'AWS::AutoScaling::AutoScalingGroup')
      .filter((group) => hasLaunchSettings(group) && !hasReplacingPolicy(group))
      .map((group) =>
        examFinding({
          ruleId: 'CX1001',
          severity: 'warning',
          message:
            `Auto Scaling group '${group.logicalId}' has no UpdatePolicy that replaces instances: when a stack update changes ` +
            'its launch template or launch configuration, CloudFormation only updates the group, the running instances keep ' +
            'the old configuration, and only instances launched later get the new one',
          span: group.key.span,
          path: resourcePath(group),
          explanation: {
            text:
              'AutoScalingRollingUpdate replaces instances in batches (MaxBatchSize) while keeping MinInstancesInService, and with ' +
              'WaitOnResourceSignals it waits for cfn-signal from each new instance; AutoScalingReplacingUpdate (WillReplace: true) ' +
              'builds a whole new group and keeps the old one until the new one succeeds. Exam wording "roll out a new AMI with the ' +
              'stack update without downtime" points to a rolling update; "fastest rollback, keep the old group until the new one ' +
              'is healthy" points to a replacing update.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html',
            topics: ['T09'],
          },
          fixes: rollingUpdateFix(template, group),
        }),
      );
  },
};

function hasLaunchSettings(group: ResourceDeclaration): boolean {
  const properties = group.properties;
  return Boolean(
    valueOf(properties, 'LaunchTemplate') || valueOf(properties, 'LaunchConfigurationName') || valueOf(properties, 'MixedInstancesPolicy'),
  );
}

function hasReplacingPolicy(group: ResourceDeclaration): boolean {
  const policy = attributeOf(group, 'UpdatePolicy');
  // An UpdatePolicy built by an intrinsic (Fn::If …) may well hold a rolling update.
  if (policy && !isMap(policy)) return true;
  if (isMap(policy) && policy.entries.some((entry) => !entry.key.value.startsWith('AutoScaling'))) return true;
  return REPLACING_POLICIES.some((name) => valueOf(policy, name) !== undefined);
}

function rollingUpdateFix(template: Template, group: ResourceDeclaration) {
  if (!group.body || attributeOf(group, 'UpdatePolicy')) return undefined;
  const maxSize = Number(literalString(valueOf(group.properties, 'MaxSize')));
  const rolling: Record<string, PlainValue> = {
    MinInstancesInService: Number.isFinite(maxSize) && maxSize > 1 ? 1 : 0,
    MaxBatchSize: 1,
  };
  const timeout = literalString(valueOf(valueOf(attributeOf(group, 'CreationPolicy'), 'ResourceSignal'), 'Timeout'));
  if (timeout) {
    rolling.WaitOnResourceSignals = true;
    rolling.PauseTime = pauseTimeFor(timeout);
  }
  const edit = insertEntry(template, group.body, 'UpdatePolicy', { AutoScalingRollingUpdate: rolling }, 'Type');
  return edit ? [{ title: 'Add an AutoScalingRollingUpdate UpdatePolicy', edits: [edit], preferred: true }] : undefined;
}

/** PauseTime may be at most one hour; a longer creation timeout is capped there. */
function pauseTimeFor(timeout: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(timeout);
  if (!match) return 'PT1H';
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 && seconds <= 3600 ? timeout : 'PT1H';
}
