import type { Finding, Fix, TextEdit } from '../../findings';
import { entryOf, isScalar, valueOf, type MapNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry, replaceScalar } from './edits';
import { examFinding, literalItems, literalString, resourcesOfType } from './values';

/** CX1005: a group behind a load balancer that ignores the load balancer's health checks. */
export const asgHealthCheckTypeRule: Rule = {
  id: 'CX1005',
  description: 'Auto Scaling group behind a load balancer with EC2 health checks',
  onlyWith: ['AWS::AutoScaling::AutoScalingGroup'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const group of resourcesOfType(template.root, 'AWS::AutoScaling::AutoScalingGroup')) {
      const balancer = loadBalancerProperty(group);
      if (!balancer || !group.properties) continue;
      const typeEntry = entryOf(group.properties, 'HealthCheckType');
      if (typeEntry && literalString(typeEntry.value) !== 'EC2') continue;
      const stated = typeEntry ? 'HealthCheckType EC2' : 'no HealthCheckType (so EC2)';
      findings.push(
        examFinding({
          ruleId: 'CX1005',
          severity: 'warning',
          message:
            `Auto Scaling group '${group.logicalId}' is registered with a load balancer (${balancer}) but has ${stated}: ` +
            'instances that fail the load balancer health check stay in service and are not replaced',
          span: typeEntry ? typeEntry.value.span : group.key.span,
          path: ['Resources', group.logicalId, 'Properties', 'HealthCheckType'],
          explanation: {
            text:
              'With the EC2 health check type, Amazon EC2 Auto Scaling replaces an instance only when its EC2 status checks fail ' +
              '(it is stopped, impaired, or terminated). HealthCheckType ELB makes the group also treat a failed Elastic Load ' +
              'Balancing health check as unhealthy and replace the instance; HealthCheckGracePeriod gives new instances time to ' +
              'start first. "Self-healing when the application stops responding" on the exam means ELB health checks.',
            url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-checks-overview.html',
            topics: ['T07'],
          },
          fixes: healthCheckFix(template, group),
        }),
      );
    }
    return findings;
  },
};

/** TargetGroupARNs or LoadBalancerNames, when the group literally lists at least one. */
function loadBalancerProperty(group: ResourceDeclaration): string | undefined {
  for (const name of ['TargetGroupARNs', 'LoadBalancerNames']) {
    const items = literalItems(valueOf(group.properties, name));
    if (items && items.length > 0) return name;
  }
  return undefined;
}

/**
 * HealthCheckType ELB, and `HealthCheckGracePeriod: 300` where the group has none: "Its default value is 0
 * seconds when you create an Auto Scaling group using the AWS CLI or an SDK" (health check grace period,
 * EC2 Auto Scaling user guide), so ELB checks alone would replace instances still starting (CX0716).
 */
function healthCheckFix(template: Template, group: ResourceDeclaration): Fix[] | undefined {
  const properties = group.properties;
  if (!properties) return undefined;
  const current = valueOf(properties, 'HealthCheckType');
  const typeEdit = isScalar(current) ? replaceScalar(template, current, 'ELB') : insertEntry(template, properties, 'HealthCheckType', 'ELB');
  if (!typeEdit) return undefined;
  const edits = entryOf(properties, 'HealthCheckGracePeriod') ? [typeEdit] : withGracePeriod(template, properties, typeEdit);
  return [{ title: 'Use ELB health checks', edits, preferred: true }];
}

function withGracePeriod(template: Template, properties: MapNode, typeEdit: TextEdit): TextEdit[] {
  const graceEdit = insertEntry(template, properties, 'HealthCheckGracePeriod', 300);
  if (!graceEdit) return [typeEdit];
  // Two insertions at one place are one edit, so that they land in this order whoever applies them.
  const samePlace = typeEdit.span.start === typeEdit.span.end && typeEdit.span.start === graceEdit.span.start && graceEdit.span.start === graceEdit.span.end;
  return samePlace ? [{ span: typeEdit.span, newText: typeEdit.newText + graceEdit.newText }] : [typeEdit, graceEdit];
}
