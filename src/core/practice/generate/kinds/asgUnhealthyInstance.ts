/** What the group does with an instance its load balancer finds unhealthy (HealthCheckType). */
import { isSeq, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { AUTO_SCALING_GROUP } from '../support/groupUpdate';
import { knownString, resourceLabel, resourcePath, settingText } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const HEALTH_PAGE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-checks-overview.html';

export const asgUnhealthyInstance: QuestionKind = {
  kind: 'asg-unhealthy-instance',
  title: 'What the group does with an instance that fails the load balancer health check',
  topics: ['T07'],
  domain: 'D3',
  needs: [],
  generate(context) {
    return context.checks
      .resources(AUTO_SCALING_GROUP)
      .map((group) => questionFor(context, group))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, group: ResourceDeclaration): TemplateQuestion | undefined {
  if (!behindLoadBalancer(group)) return undefined;
  const node = valueOf(group.properties, 'HealthCheckType');
  const written = node === undefined ? undefined : knownString(context.checks, node);
  if (node !== undefined && written === undefined) return undefined;
  const usesElb = (written?.value ?? 'EC2').split(',').some((type) => type.trim() === 'ELB');
  const setting = written === undefined ? 'The group has no `HealthCheckType`, so only EC2 status checks count' : `The group has ${settingText('HealthCheckType', written)}`;
  const options: Record<'replaced' | 'kept' | 'rebooted' | 'rollback', OptionDraft> = {
    replaced: { text: 'The group marks it unhealthy, terminates it and launches a replacement', why: `${setting}${usesElb ? ': the load balancer health check counts, so the group replaces the instance.' : '; the load balancer health check does not count for the group.'}` },
    kept: { text: 'The load balancer stops sending it requests, but the group keeps it running', why: `${setting}${usesElb ? ', so the group does replace it.' : ': the instance passes them, so the group never replaces it.'}` },
    rebooted: { text: 'The group reboots the instance and waits for it to pass the check again', why: 'Auto Scaling never reboots instances: an unhealthy instance is terminated and replaced.' },
    rollback: { text: 'CloudFormation rolls the stack back to the previous template', why: 'Health checks after the stack operation are not CloudFormation events; the stack does not change.' },
  };
  const right = usesElb ? options.replaced : options.kept;
  return buildQuestion(asgUnhealthyInstance, context, {
    subject: group.logicalId,
    path: resourcePath(group),
    stem:
      `The web server on one instance of ${resourceLabel(group)} in \`${context.fileName}\` hangs. The instance still passes its EC2 status checks, ` +
      "but it fails the load balancer's health checks. What happens to the instance?",
    right: [right],
    wrong: Object.values(options).filter((option) => option !== right),
    notes: ['asg-health-check-type'],
    url: HEALTH_PAGE,
  });
}

/** The group lists target groups or classic load balancers literally (a non-empty list). */
function behindLoadBalancer(group: ResourceDeclaration): boolean {
  return ['TargetGroupARNs', 'LoadBalancerNames'].some((name) => {
    const list = valueOf(group.properties, name);
    return isSeq(list) && list.items.length > 0;
  });
}
