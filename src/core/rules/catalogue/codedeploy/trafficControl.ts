/** Load balancers in CodeDeploy deployment groups: traffic control switched on, named right, and draining. */
import type { Fix } from '../../../findings';
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName, literalBoolean, literalNumber, literalString } from '../support/values';
import { GROUP, isInPlace, platformOf, trafficControl } from './deploymentGroupModel';

const LB_INFO_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-loadbalancerinfo.html';
const TG_INFO_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-targetgroupinfo.html';
const ELB_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/integrations-aws-elastic-load-balancing.html';

function trafficControlFix(context: CheckContext, properties: MapNode): Fix[] {
  const style = entryOf(properties, 'DeploymentStyle');
  let edit;
  if (!style) edit = insertEntry(context.template, properties, 'DeploymentStyle', { DeploymentType: 'IN_PLACE', DeploymentOption: 'WITH_TRAFFIC_CONTROL' });
  else if (isMap(style.value)) {
    const option = entryOf(style.value, 'DeploymentOption');
    edit = option
      ? isScalar(option.value) ? replaceScalar(context.template, option.value, 'WITH_TRAFFIC_CONTROL') : undefined
      : insertEntry(context.template, style.value, 'DeploymentOption', 'WITH_TRAFFIC_CONTROL');
  }
  return edit ? [{ title: 'Route traffic through the load balancer (WITH_TRAFFIC_CONTROL)', edits: [edit], preferred: true }] : [];
}

/** CX0510: LoadBalancerInfo that CloudFormation ignores. */
export const codeDeployIgnoredLoadBalancer: CatalogueCheck = {
  id: 'CX0510',
  title: 'Deployment group has LoadBalancerInfo without WITH_TRAFFIC_CONTROL',
  topics: ['T05', 'T04'],
  severity: 'warning',
  url: LB_INFO_URL,
  explanation: {
    what:
      'CloudFormation uses LoadBalancerInfo only when DeploymentStyle.DeploymentOption is WITH_TRAFFIC_CONTROL, and ignores it ' +
      'otherwise (the default is WITHOUT_TRAFFIC_CONTROL). CodeDeploy then installs on instances that are still serving ' +
      'traffic, and users hit half-updated servers.',
    exam:
      'with traffic control, an in-place deployment deregisters each instance from the target group (waiting for connection ' +
      'draining), installs, and re-registers it once healthy; blue/green reroutes the load balancer to the replacement fleet.',
    scenario: 'users see errors while a new version is being installed on the instances',
    trap: 'declaring the target group is not enough: the deployment option has to say WITH_TRAFFIC_CONTROL.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const info = entryOf(group.properties, 'LoadBalancerInfo');
      if (!info || intrinsicName(info.value) !== undefined || trafficControl(context, group) !== 'without') continue;
      const fixes = trafficControlFix(context, group.properties!);
      hits.push({
        message:
          `Deployment group '${group.logicalId}' names a load balancer but does not use WITH_TRAFFIC_CONTROL: CloudFormation ` +
          'ignores LoadBalancerInfo, so instances keep serving traffic while they are updated',
        span: info.key.span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentStyle', 'DeploymentOption'],
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
    return hits;
  },
};

/** CX0511: WITH_TRAFFIC_CONTROL on an in-place EC2 group without a load balancer. */
export const codeDeployTrafficControlWithoutLoadBalancer: CatalogueCheck = {
  id: 'CX0511',
  title: 'In-place deployment group asks for traffic control but names no load balancer',
  topics: ['T05', 'T04'],
  severity: 'warning',
  url: ELB_URL,
  explanation: {
    what:
      'WITH_TRAFFIC_CONTROL means CodeDeploy takes each instance out of a load balancer (a Classic Load Balancer in ElbInfoList ' +
      'or a target group in TargetGroupInfoList) before installing. Without LoadBalancerInfo there is nothing to deregister ' +
      'the instances from, and the group cannot route traffic as intended.',
    exam: 'traffic control needs a load balancer; a bare fleet found by tags can only be deployed in place without it.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      if (platformOf(context, group) !== 'Server' || !isInPlace(group) || trafficControl(context, group) !== 'with') continue;
      if (entryOf(group.properties, 'LoadBalancerInfo')) continue;
      const option = valueOf(valueOf(group.properties, 'DeploymentStyle'), 'DeploymentOption')!;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' uses WITH_TRAFFIC_CONTROL but has no LoadBalancerInfo: there is no load ` +
          'balancer to take the instances out of during the deployment',
        span: option.span,
        path: ['Resources', group.logicalId, 'Properties', 'LoadBalancerInfo'],
      });
    }
    return hits;
  },
};

interface NamedTarget {
  node: TemplateNode;
  path: NodePath;
}

function targetGroupNames(info: TemplateNode | undefined, base: NodePath): NamedTarget[] {
  const names: NamedTarget[] = [];
  const list = valueOf(info, 'TargetGroupInfoList');
  if (isSeq(list)) {
    list.items.forEach((item, index) => {
      const name = valueOf(item, 'Name');
      if (name) names.push({ node: name, path: [...base, 'TargetGroupInfoList', index, 'Name'] });
    });
  }
  const pairs = valueOf(info, 'TargetGroupPairInfoList');
  if (isSeq(pairs)) {
    pairs.items.forEach((pair, pairIndex) => {
      const groups = valueOf(pair, 'TargetGroups');
      if (!isSeq(groups)) return;
      groups.items.forEach((item, index) => {
        const name = valueOf(item, 'Name');
        if (name) names.push({ node: name, path: [...base, 'TargetGroupPairInfoList', pairIndex, 'TargetGroups', index, 'Name'] });
      });
    });
  }
  return names;
}

/** CX0512: a target group named by Ref, which gives its ARN. */
export const codeDeployTargetGroupByArn: CatalogueCheck = {
  id: 'CX0512',
  title: 'Deployment group names a target group with Ref, which returns its ARN',
  topics: ['T05', 'T17'],
  severity: 'warning',
  url: TG_INFO_URL,
  explanation: {
    what:
      'CodeDeploy identifies a target group by its name. Ref on an AWS::ElasticLoadBalancingV2::TargetGroup returns the ARN, ' +
      'so the deployment group points at a target group that does not exist; use Fn::GetAtt TargetGroup.TargetGroupName.',
    exam:
      'know what Ref returns for each resource type: a name for a Classic Load Balancer or a CloudWatch alarm, an ARN for a ' +
      'target group or an ALB; GetAtt gives the other attributes.',
    trap: 'ElbInfoList takes the Classic Load Balancer name, which Ref does return; only target groups need GetAtt.',
  },
  resourceTypes: [GROUP, 'AWS::ElasticLoadBalancingV2::TargetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const base: NodePath = ['Resources', group.logicalId, 'Properties', 'LoadBalancerInfo'];
      for (const { node, path } of targetGroupNames(valueOf(group.properties, 'LoadBalancerInfo'), base)) {
        const target = context.referenced(node);
        if (intrinsicName(node) !== 'Ref' || target?.type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') continue;
        const text = context.template.format === 'json'
          ? `{ "Fn::GetAtt": ["${target.logicalId}", "TargetGroupName"] }`
          : `!GetAtt ${target.logicalId}.TargetGroupName`;
        hits.push({
          message:
            `Deployment group '${group.logicalId}' names target group '${target.logicalId}' with Ref, which returns its ARN: ` +
            'CodeDeploy needs the target group name (Fn::GetAtt …TargetGroupName)',
          span: node.span,
          path,
          fixes: [{ title: 'Use the target group name (GetAtt TargetGroupName)', edits: [{ span: node.span, newText: text }], preferred: true }],
        });
      }
    }
    return hits;
  },
};

/** Whether the load balancer a CodeDeploy group names drains connections: 'no' when the template shows it does not. */
function drains(context: CheckContext, node: TemplateNode): 'no' | 'yes' | 'unknown' {
  const target = context.referenced(node);
  if (target?.type === 'AWS::ElasticLoadBalancing::LoadBalancer') {
    const policy = valueOf(target.properties, 'ConnectionDrainingPolicy');
    if (policy === undefined) return 'no';
    const enabled = literalBoolean(valueOf(policy, 'Enabled'));
    return enabled === undefined ? 'unknown' : enabled ? 'yes' : 'no';
  }
  if (target?.type === 'AWS::ElasticLoadBalancingV2::TargetGroup') {
    const attributes = valueOf(target.properties, 'TargetGroupAttributes');
    if (attributes !== undefined && !isSeq(attributes)) return 'unknown';
    const delay = (isSeq(attributes) ? attributes.items : []).find((item) => literalString(valueOf(item, 'Key')) === 'deregistration_delay.timeout_seconds');
    return delay && literalNumber(valueOf(delay, 'Value')) === 0 ? 'no' : 'yes';
  }
  return 'unknown';
}

/** CX0513: CodeDeploy takes instances out of a load balancer that cuts their connections at once. */
export const codeDeployNoDraining: CatalogueCheck = {
  id: 'CX0513',
  title: 'Load balancer of a CodeDeploy group does not drain connections',
  topics: ['T05', 'T11'],
  severity: 'warning',
  url: ELB_URL,
  explanation: {
    what:
      'When CodeDeploy deregisters an instance (in-place with traffic control) or the original fleet (blue/green), requests in ' +
      'flight finish only if the load balancer drains: connection draining on a Classic Load Balancer (off by default when ' +
      'created through the API or CloudFormation) or a deregistration delay above 0 on a target group.',
    exam:
      'deregistration delay / connection draining is what makes a deployment or a scale-in graceful; the BlockTraffic event ' +
      '(deregistration and its draining wait) finishes before the AfterBlockTraffic hooks run.',
    scenario: 'users report dropped requests every time a deployment starts',
  },
  resourceTypes: [GROUP, 'AWS::ElasticLoadBalancing::LoadBalancer', 'AWS::ElasticLoadBalancingV2::TargetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      if (trafficControl(context, group) !== 'with') continue;
      const info = valueOf(group.properties, 'LoadBalancerInfo');
      const base: NodePath = ['Resources', group.logicalId, 'Properties', 'LoadBalancerInfo'];
      const named: NamedTarget[] = [...targetGroupNames(info, base)];
      const elbs = valueOf(info, 'ElbInfoList');
      if (isSeq(elbs)) {
        elbs.items.forEach((item, index) => {
          const name = valueOf(item, 'Name');
          if (name) named.push({ node: name, path: [...base, 'ElbInfoList', index, 'Name'] });
        });
      }
      for (const { node, path } of named) {
        if (drains(context, node) !== 'no') continue;
        hits.push({
          message:
            `Deployment group '${group.logicalId}' takes instances out of '${context.referenced(node)!.logicalId}', which does not ` +
            'drain connections: requests in flight are cut when an instance is deregistered',
          span: node.span,
          path,
        });
      }
    }
    return hits;
  },
};
