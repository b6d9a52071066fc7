/** T10 checks on CodeDeploy deployment groups that deploy to Auto Scaling groups. */
import { entryOf, isMap, nodeAt, valueOf, type MapNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { allowsAction } from '../support/iam';
import { literalBoolean, literalString } from '../support/values';
import { behindLoadBalancer, GROUP, listItems, propertyPath } from './groups';

const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
const DG_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html';
const ASG_INTEGRATION = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/integrations-aws-auto-scaling.html';
const SERVICE_ROLE_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/getting-started-create-service-role.html';

/** The Auto Scaling groups of this template that a deployment group deploys to, with where each is named. */
function deployedGroups(context: CheckContext, deployment: ResourceDeclaration): Array<{ group: ResourceDeclaration; index: number }> {
  return (listItems(valueOf(deployment.properties, 'AutoScalingGroups')) ?? []).flatMap((item, index) => {
    const group = context.referenced(item);
    return group?.type === GROUP ? [{ group, index }] : [];
  });
}

function isInPlace(deployment: ResourceDeclaration): boolean {
  const type = nodeAt(deployment.properties, ['DeploymentStyle', 'DeploymentType']);
  return type === undefined || literalString(type) === 'IN_PLACE';
}

/** CX1010: instances launched during a deployment left on the old revision. */
export const outdatedInstancesIgnored: CatalogueCheck = {
  id: 'CX1010',
  title: 'CodeDeploy deployment group ignores outdated instances of its Auto Scaling groups',
  topics: ['T10'],
  severity: 'warning',
  url: DG_PAGE,
  explanation: {
    what:
      'When an Auto Scaling group scales out during a deployment, the new instances get the last revision that was deployed ' +
      'successfully, not the one being deployed. With OutdatedInstancesStrategy UPDATE (the default) CodeDeploy then starts a ' +
      'follow-on deployment for them; IGNORE leaves them on the old revision, so the fleet runs two versions.',
    exam: 'scale-out during a deployment is handled by the outdated-instances strategy; suspending Launch during deployments is the other answer.',
    scenario: 'after a deployment some instances that launched during it still run the previous version',
  },
  resourceTypes: [DEPLOYMENT_GROUP],
  run(context) {
    return context.resources(DEPLOYMENT_GROUP).flatMap((deployment) => {
      const strategy = valueOf(deployment.properties, 'OutdatedInstancesStrategy');
      if (literalString(strategy) !== 'IGNORE' || (listItems(valueOf(deployment.properties, 'AutoScalingGroups')) ?? []).length === 0) return [];
      return [
        {
          message:
            `Deployment group '${deployment.logicalId}' sets OutdatedInstancesStrategy IGNORE: instances its Auto Scaling groups launch ` +
            'during a deployment keep the previous revision',
          span: strategy!.span,
          path: propertyPath(deployment, 'OutdatedInstancesStrategy'),
        },
      ];
    });
  },
};

/** CX1011: in-place deployments to a load-balanced group that keep sending traffic to instances being updated. */
export const inPlaceWithoutTrafficControl: CatalogueCheck = {
  id: 'CX1011',
  title: 'In-place deployment to a load-balanced Auto Scaling group without traffic control',
  topics: ['T10', 'T04'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/integrations-aws-elastic-load-balancing.html',
  explanation: {
    what:
      'For an in-place deployment CodeDeploy takes each instance out of the load balancer before it installs the revision and puts ' +
      'it back afterwards only when the deployment group names the target group (LoadBalancerInfo) and DeploymentStyle has ' +
      'DeploymentOption WITH_TRAFFIC_CONTROL. Otherwise users keep reaching instances while their application is being replaced.',
    exam: '"no failed requests during deployments" for an in-place deployment behind an ALB is LoadBalancerInfo with the target group and WITH_TRAFFIC_CONTROL.',
    scenario: 'users see errors during every deployment to the Auto Scaling group behind the load balancer',
  },
  resourceTypes: [DEPLOYMENT_GROUP, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const deployment of context.resources(DEPLOYMENT_GROUP)) {
      if (!isInPlace(deployment)) continue;
      const balanced = deployedGroups(context, deployment).find(({ group }) => behindLoadBalancer(group) === true);
      if (!balanced) continue;
      const option = nodeAt(deployment.properties, ['DeploymentStyle', 'DeploymentOption']);
      const info = entryOf(deployment.properties, 'LoadBalancerInfo');
      let problem: string | undefined;
      if (!info) problem = 'has no LoadBalancerInfo';
      else if (literalString(option) === 'WITHOUT_TRAFFIC_CONTROL') problem = 'deploys WITHOUT_TRAFFIC_CONTROL';
      if (!problem) continue;
      hits.push({
        message:
          `Deployment group '${deployment.logicalId}' deploys in place to '${balanced.group.logicalId}', which is behind a load balancer, but ${problem}: ` +
          'instances keep receiving traffic while the revision is installed',
        span: option?.span ?? deployment.key.span,
        path: propertyPath(deployment, info ? 'DeploymentStyle' : 'LoadBalancerInfo'),
      });
    }
    return hits;
  },
};

/** CX1012: two deployment groups that install their hooks in one Auto Scaling group. */
export const groupInTwoDeploymentGroups: CatalogueCheck = {
  id: 'CX1012',
  title: 'Auto Scaling group used by more than one CodeDeploy deployment group',
  topics: ['T10'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-auto-scaling.html',
  explanation: {
    what:
      'Each deployment group installs its own launch lifecycle hook in the Auto Scaling group, so a new instance waits for two ' +
      'deployments, of possibly different revisions, at once. AWS advises one deployment group per Auto Scaling group.',
    exam: 'one Auto Scaling group, one deployment group; deploy several applications to it as several revisions of one application or in separate groups.',
  },
  resourceTypes: [DEPLOYMENT_GROUP, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    const owners = new Map<string, ResourceDeclaration>();
    for (const deployment of context.resources(DEPLOYMENT_GROUP)) {
      if (valueOf(deployment.body, 'Condition') !== undefined) continue;
      for (const { group, index } of deployedGroups(context, deployment)) {
        const first = owners.get(group.logicalId);
        if (!first) {
          owners.set(group.logicalId, deployment);
          continue;
        }
        if (first === deployment) continue;
        const item = listItems(valueOf(deployment.properties, 'AutoScalingGroups'))![index];
        hits.push({
          message: `Auto Scaling group '${group.logicalId}' is in deployment groups '${first.logicalId}' and '${deployment.logicalId}': use one deployment group per Auto Scaling group`,
          span: item.span,
          path: propertyPath(deployment, 'AutoScalingGroups', index),
        });
      }
    }
    return hits;
  },
};

const LAUNCH_TEMPLATE_ACTIONS = ['ec2:RunInstances', 'ec2:CreateTags', 'iam:PassRole'];
const CODEDEPLOY_MANAGED = /service-role\/AWSCodeDeployRole$/;

/** CX1013: a CodeDeploy service role that cannot launch from a group's launch template. */
export const serviceRoleLaunchTemplatePermissions: CatalogueCheck = {
  id: 'CX1013',
  title: 'CodeDeploy service role lacks the permissions for groups with launch templates',
  topics: ['T10', 'T32'],
  severity: 'warning',
  url: SERVICE_ROLE_PAGE,
  explanation: {
    what:
      'The managed policy AWSCodeDeployRole covers Auto Scaling groups with launch configurations. For a group with a launch template ' +
      'the service role also needs ec2:RunInstances, ec2:CreateTags and iam:PassRole, or deployments that launch instances from the ' +
      'group fail with a permissions error.',
    exam: 'least privilege for CodeDeploy: the AWS managed service role policy plus exactly the actions the launch template needs.',
  },
  resourceTypes: [DEPLOYMENT_GROUP, 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const deployment of context.resources(DEPLOYMENT_GROUP)) {
      const usesTemplate = deployedGroups(context, deployment).some(({ group }) => valueOf(group.properties, 'LaunchTemplate') !== undefined);
      const roleNode = valueOf(deployment.properties, 'ServiceRoleArn');
      const role = context.referenced(roleNode);
      if (!usesTemplate || role?.type !== 'AWS::IAM::Role') continue;
      const readable = withoutCodeDeployManagedPolicy(role);
      if (!readable) continue;
      const missing = LAUNCH_TEMPLATE_ACTIONS.filter((action) => allowsAction(context, readable, action) === 'no');
      if (missing.length === 0) continue;
      hits.push({
        message: `Service role '${role.logicalId}' of deployment group '${deployment.logicalId}' does not allow ${missing.join(', ')}, which CodeDeploy needs for Auto Scaling groups with launch templates`,
        span: roleNode!.span,
        path: propertyPath(deployment, 'ServiceRoleArn'),
      });
    }
    return hits;
  },
};

/** The role with AWSCodeDeployRole set aside (it grants none of the actions asked); undefined when other managed policies are attached. */
function withoutCodeDeployManagedPolicy(role: ResourceDeclaration): ResourceDeclaration | undefined {
  const properties = role.properties;
  const managed = valueOf(properties, 'ManagedPolicyArns');
  if (!properties || managed === undefined) return role;
  const items = listItems(managed);
  if (!items || !items.every((item) => CODEDEPLOY_MANAGED.test(arnText(item) ?? ''))) return undefined;
  const trimmed: MapNode = { ...properties, entries: properties.entries.filter((entry) => entry.key.value !== 'ManagedPolicyArns') };
  return { ...role, properties: trimmed };
}

function arnText(node: ReturnType<typeof valueOf>): string | undefined {
  const text = literalString(node);
  if (text !== undefined) return text;
  const sub = valueOf(node, 'Fn::Sub');
  return literalString(sub);
}

/** CX1014: scale-in that ends instances without the application's stop hooks. */
export const terminationHookDisabled: CatalogueCheck = {
  id: 'CX1014',
  title: 'Deployment group for a load-balanced Auto Scaling group without the CodeDeploy termination hook',
  topics: ['T10', 'T11'],
  severity: 'info',
  url: ASG_INTEGRATION,
  explanation: {
    what:
      'With TerminationHookEnabled: true CodeDeploy installs a termination lifecycle hook in the Auto Scaling group, so an instance ' +
      'that scales in first goes through a termination deployment: ApplicationStop (where its scripts stop the application gracefully) ' +
      'and the events that take it out of the load balancer (BeforeBlockTraffic, BlockTraffic, AfterBlockTraffic), before it is terminated.',
    exam: 'graceful scale-in of a CodeDeploy-managed group: the termination hook, or your own EC2_INSTANCE_TERMINATING lifecycle hook.',
  },
  resourceTypes: [DEPLOYMENT_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const deployment of context.resources(DEPLOYMENT_GROUP)) {
      if (!deployedGroups(context, deployment).some(({ group }) => behindLoadBalancer(group) === true)) continue;
      const enabled = entryOf(deployment.properties, 'TerminationHookEnabled');
      if (enabled && literalBoolean(enabled.value) !== false) continue;
      if (!isMap(deployment.properties)) continue;
      hits.push({
        message: `Deployment group '${deployment.logicalId}' does not enable the termination hook: instances that scale in are terminated without running the application's block-traffic events`,
        span: enabled?.value.span ?? deployment.key.span,
        path: propertyPath(deployment, 'TerminationHookEnabled'),
      });
    }
    return hits;
  },
};

export const codeDeployChecks: readonly CatalogueCheck[] = [
  outdatedInstancesIgnored,
  inPlaceWithoutTrafficControl,
  groupInTwoDeploymentGroups,
  serviceRoleLaunchTemplatePermissions,
  terminationHookDisabled,
];
