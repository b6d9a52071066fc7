import type { Finding } from '../../findings';
import { entryOf, valueOf } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { computePlatformOf, greenFleetAction, isBlueGreen } from './codeDeployHelpers';
import { examFinding, literalItems, resourcesOfType } from './values';

const EXPLANATION = {
  text:
    'An EC2/On-Premises blue/green deployment installs the new revision on a replacement (green) fleet, then reroutes traffic ' +
    'by registering the green instances with the load balancer and deregistering the original (blue) ones, which it can ' +
    'terminate after a wait. The green fleet is either created by copying an Auto Scaling group (COPY_AUTO_SCALING_GROUP) or made ' +
    'of instances that already exist and are named for each deployment (DISCOVER_EXISTING). So a bare fleet found by tags, with ' +
    'no load balancer and no Auto Scaling group, cannot do blue/green; that is an exam trap.',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/applications-create-blue-green.html',
  topics: ['T05'],
};

/** CX2003 and CX2004 share what makes a group an EC2 blue/green group. */
function ec2BlueGreenGroups(template: Template): ResourceDeclaration[] {
  return resourcesOfType(template.root, 'AWS::CodeDeploy::DeploymentGroup').filter(
    (group) => group.properties && isBlueGreen(group) && computePlatformOf(template.root, group) === 'Server',
  );
}

/** CX2003: EC2 blue/green with nothing to reroute traffic through. */
export const codeDeployBlueGreenLoadBalancerRule: Rule = {
  id: 'CX2003',
  description: 'CodeDeploy EC2 blue/green deployment group without a load balancer',
  run(template: Template): Finding[] {
    return ec2BlueGreenGroups(template)
      .filter((group) => !valueOf(group.properties, 'LoadBalancerInfo'))
      .map((group) =>
        examFinding({
          ruleId: 'CX2003',
          severity: 'warning',
          message:
            `Blue/green deployment group '${group.logicalId}' for EC2 has no LoadBalancerInfo: CodeDeploy shifts traffic ` +
            'to the replacement instances through a load balancer, so it needs one',
          span: entryOf(group.properties, 'DeploymentStyle')?.key.span ?? group.key.span,
          path: ['Resources', group.logicalId, 'Properties', 'LoadBalancerInfo'],
          explanation: EXPLANATION,
        }),
      );
  },
};

/** CX2004: EC2 blue/green with no Auto Scaling group to copy for the green fleet. */
export const codeDeployBlueGreenAutoScalingRule: Rule = {
  id: 'CX2004',
  description: 'CodeDeploy EC2 blue/green deployment group without an Auto Scaling group',
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const group of ec2BlueGreenGroups(template)) {
      const groups = valueOf(group.properties, 'AutoScalingGroups');
      const items = literalItems(groups);
      if (groups && (items === undefined || items.length > 0)) continue;
      const action = greenFleetAction(group);
      if (action === 'DISCOVER_EXISTING') continue;
      const copies = action === 'COPY_AUTO_SCALING_GROUP';
      findings.push(
        examFinding({
          ruleId: 'CX2004',
          severity: copies ? 'warning' : 'info',
          message: copies
            ? `Deployment group '${group.logicalId}' provisions its green fleet with COPY_AUTO_SCALING_GROUP but lists no AutoScalingGroups to copy`
            : `Blue/green deployment group '${group.logicalId}' for EC2 has no AutoScalingGroups: CodeDeploy cannot create the ` +
              'replacement instances itself, so they must already exist and be named in every deployment (DISCOVER_EXISTING)',
          span: entryOf(group.properties, 'DeploymentStyle')?.key.span ?? group.key.span,
          path: ['Resources', group.logicalId, 'Properties', 'AutoScalingGroups'],
          explanation: EXPLANATION,
        }),
      );
    }
    return findings;
  },
};
