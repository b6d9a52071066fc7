import { today } from '../clock';
import { finding, type Finding } from '../findings';
import { currentSchema } from '../schema/current';
import { resourceDeclarations } from '../sections';
import type { Rule } from './rule';

/**
 * What AWS documents for a type in maintenance beyond "no new features", said instead of the general
 * message. Launch configurations: https://docs.aws.amazon.com/autoscaling/ec2/userguide/LaunchConfiguration.html
 */
const MAINTENANCE_DETAILS: Readonly<Record<string, string>> = {
  // https://docs.aws.amazon.com/cloud9/latest/APIReference/Welcome.html
  'AWS::Cloud9::EnvironmentEC2':
    'AWS Cloud9 is no longer available to new customers (accounts that used it before keep it); use an IDE with the AWS Toolkit, or CloudShell',
  'AWS::AutoScaling::LaunchConfiguration':
    'accounts created on or after 2024-10-01 cannot create launch configurations by any method, CloudFormation included, ' +
    'and they support no instance type added since 2023-01-01; use an AWS::EC2::LaunchTemplate',
};

/**
 * Resource types of services AWS has shut down, or that take no new resources (`closed`: CodeGuru Reviewer's repository
 * associations) (E3710: CloudFormation can no longer create them),
 * is retiring (W3696) or keeps in maintenance only (W3697), from the lifecycle the registry data
 * records. A retirement date that has passed stays a warning: for some services it closed them to
 * new customers only, so existing accounts may still create the resource.
 */
export const retiredServiceRule: Rule = {
  id: 'E3710',
  description: 'Resource types of services that AWS has shut down',
  otherIds: {
    W3696: 'Resource types of services that AWS is shutting down',
    W3697: 'Resource types of services in maintenance mode',
  },
  run(template) {
    const registry = currentSchema()?.registry;
    if (!registry) return [];
    const findings: Finding[] = [];
    for (const resource of resourceDeclarations(template.root)) {
      if (!resource.type || !resource.typeNode) continue;
      const lifecycle = registry.type(resource.type)?.lifecycle;
      if (!lifecycle) continue;
      const path = ['Resources', resource.logicalId, 'Type'];
      const { status, date } = lifecycle;
      const past = typeof date === 'string' && date <= today();
      // A shutdown announced for a later date is a retirement still to come.
      if (status === 'shutdown' && (past || !date)) {
        const when = date ? ` on ${date}` : '';
        findings.push(finding('E3710', 'error', `${resource.type} belongs to a service AWS shut down${when}: CloudFormation can no longer create it`, resource.typeNode.span, path));
      } else if (status === 'closed' && past) {
        const message = `${resource.type} can no longer be created: AWS takes no new ones since ${date} (those created before keep working); move to an alternative`;
        findings.push(finding('E3710', 'error', message, resource.typeNode.span, path));
      } else if (status === 'sunset' || status === 'shutdown' || status === 'closed') {
        const message = past
          ? `${resource.type} belongs to a service AWS stopped supporting on ${date}: it may no longer create resources; move to an alternative`
          : `${resource.type} belongs to a service AWS will retire${date ? ` on ${date}` : ''}: it may stop accepting new resources; move to an alternative`;
        findings.push(finding('W3696', 'warning', message, resource.typeNode.span, path));
      } else if (status === 'maintenance') {
        const since = date ? ` since ${date}` : '';
        const detail = MAINTENANCE_DETAILS[resource.type] ?? 'it gets no new features; consider an alternative';
        findings.push(finding('W3697', 'warning', `${resource.type} belongs to a service in maintenance mode${since}: ${detail}`, resource.typeNode.span, path));
      }
    }
    return findings;
  },
};
