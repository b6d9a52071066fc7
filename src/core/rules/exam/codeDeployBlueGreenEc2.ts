import type { Finding } from '../../findings';
import { entryOf, valueOf } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { computePlatformOf, isBlueGreen } from './codeDeployHelpers';
import { examFinding, referencedResource, resourcesOfType } from './values';

const EXPLANATION = {
  text:
    'An EC2/On-Premises blue/green deployment installs the new revision on a replacement (green) fleet, then reroutes traffic ' +
    'through the load balancer from the original (blue) instances, which it can terminate after a wait. The green fleet is a ' +
    'copy of an Auto Scaling group (COPY_AUTO_SCALING_GROUP) or instances named for each deployment (DISCOVER_EXISTING): a bare ' +
    'fleet found by tags, with no load balancer, cannot do blue/green (an exam trap). CloudFormation, though, cannot create an ' +
    'EC2 blue/green group: its reference says not to combine the BLUE_GREEN style with AutoScalingGroups, LoadBalancerInfo or ' +
    'Deployment, and its resource handler refuses the Auto Scaling groups ("Property AutoScalingGroups cannot be specified"), ' +
    'though CodeDeploy takes the same group from the console or the CLI. So for EC2 the template holds the application, the ' +
    'service role, the load balancer and the Auto Scaling group, and the blue/green group is created with the console or ' +
    '`aws deploy create-deployment-group`.',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html',
  topics: ['T05'],
};

function blueGreenMessage(logicalId: string, copiesGroup: boolean): string {
  return copiesGroup
    ? `Deployment group '${logicalId}' is EC2 blue/green: the CloudFormation reference says not to give a BLUE_GREEN group the ` +
        'AutoScalingGroups a green fleet is copied from, and CloudFormation cannot create an EC2 blue/green group. Create this group with the console or CLI, or deploy IN_PLACE'
    : `Deployment group '${logicalId}' is EC2 blue/green on instances found by tags: blue/green needs an Auto Scaling group to copy ` +
        '(or instances chosen for each deployment) and a load balancer, and CloudFormation cannot create an EC2 blue/green group. ' +
        'Deploy IN_PLACE to a tagged fleet, or create the blue/green group with the console or CLI';
}

/** CX2003: an EC2 blue/green deployment group in a template, which CloudFormation cannot create as CodeDeploy needs it. */
export const codeDeployBlueGreenEc2Rule: Rule = {
  id: 'CX2003',
  description: 'CodeDeploy EC2 blue/green deployment group declared in a template',
  onlyWith: ['AWS::CodeDeploy::DeploymentGroup'],
  run(template: Template): Finding[] {
    return resourcesOfType(template.root, 'AWS::CodeDeploy::DeploymentGroup')
      .filter((group) => group.properties && isBlueGreen(group) && computePlatformOf(group, referencedResource(template.root, valueOf(group.properties, 'ApplicationName'))) === 'Server')
      .map((group) =>
        examFinding({
          ruleId: 'CX2003',
          severity: 'warning',
          message: blueGreenMessage(group.logicalId, valueOf(group.properties, 'AutoScalingGroups') !== undefined),
          span: entryOf(group.properties, 'DeploymentStyle')?.key.span ?? group.key.span,
          path: ['Resources', group.logicalId, 'Properties', 'DeploymentStyle', 'DeploymentType'],
          explanation: EXPLANATION,
        }),
      );
  },
};
