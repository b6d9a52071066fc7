/** T07: instances behind a load balancer whose security group admits the whole internet on an application port. */
import { isSeq, nodeAt, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import { literalNumber, literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import { GROUP, behindLoadBalancer, launchTemplateOf, launchTemplateSpecifications } from './groups';
import { ANYWHERE, exposedPorts, ingressRules, loadBalancerGroups } from '../governance/openAdminPorts';


interface OpenRule {
  rule: MapNode;
  path: NodePath;
  source: string;
  ports: string;
}

/** The security groups of the template that the group's instances launch with (launch templates and configurations). */
function instanceGroups(context: CheckContext, group: ResourceDeclaration): ResourceDeclaration[] {
  const lists: (TemplateNode | undefined)[] = [];
  for (const { node } of launchTemplateSpecifications(group)) {
    const template = launchTemplateOf(context, node);
    if (!template) continue;
    const data = valueOf(template.properties, 'LaunchTemplateData');
    lists.push(valueOf(data, 'SecurityGroupIds'), valueOf(data, 'SecurityGroups'));
    const interfaces = valueOf(data, 'NetworkInterfaces');
    for (const item of isSeq(interfaces) ? interfaces.items : []) lists.push(valueOf(item, 'Groups'));
  }
  const configuration = context.referenced(valueOf(group.properties, 'LaunchConfigurationName'));
  if (configuration?.type === 'AWS::AutoScaling::LaunchConfiguration') lists.push(valueOf(configuration.properties, 'SecurityGroups'));
  const found = lists.flatMap((list) => (isSeq(list) ? list.items : [])).map((item) => context.referenced(item));
  return [...new Set(found.filter((resource): resource is ResourceDeclaration => resource?.type === 'AWS::EC2::SecurityGroup'))];
}

/** Inbound rules of the security group (its own list and AWS::EC2::SecurityGroupIngress resources naming it) open to everyone on TCP ports. */
function openRules(context: CheckContext, securityGroup: ResourceDeclaration): OpenRule[] {
  const rules = ingressRules(context.resources('AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress')).filter(({ rule, owner }) =>
    owner.type === 'AWS::EC2::SecurityGroupIngress' ? context.referenced(valueOf(rule, 'GroupId')) === securityGroup : owner === securityGroup,
  );
  return rules.flatMap(({ rule, path }) => {
    const source = literalString(valueOf(rule, 'CidrIp')) ?? literalString(valueOf(rule, 'CidrIpv6'));
    const ports = tcpPorts(rule);
    // Administration and database ports open to the internet are CX3218's.
    return source !== undefined && ANYWHERE.has(source) && ports && exposedPorts(rule).length === 0 ? [{ rule, path, source, ports }] : [];
  });
}

/** "port 80", "ports 8000-8100" for a TCP rule written out; undefined otherwise (all traffic is CX3218's). */
function tcpPorts(rule: MapNode): string | undefined {
  const protocol = String(literalString(valueOf(rule, 'IpProtocol')) ?? literalNumber(valueOf(rule, 'IpProtocol')) ?? '').toLowerCase();
  if (protocol !== 'tcp' && protocol !== '6') return undefined;
  const from = literalNumber(valueOf(rule, 'FromPort'));
  const to = literalNumber(valueOf(rule, 'ToPort'));
  if (from === undefined || to === undefined || from > to || (from <= 0 && to >= 65535)) return undefined;
  return from === to ? `port ${from}` : `ports ${from}-${to}`;
}

/** CX0727: the instances take traffic straight from the internet, around the load balancer. */
export const instancesOpenBehindLoadBalancer: CatalogueCheck = {
  id: 'CX0727',
  title: 'Instances behind a load balancer admit the whole internet on an application port',
  topics: ['T07', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html',
  explanation: {
    what:
      "Instances registered with a load balancer need traffic only from the load balancer. A security group rule that admits " +
      '0.0.0.0/0 on the application port lets anyone who reaches an instance (by a public IP, or from anywhere in the VPC and its peers) ' +
      'bypass the load balancer, its TLS, its WAF rules and its health-based routing.',
    exam:
      'the instance security group allows the application port from the load balancer\'s security group (SourceSecurityGroupId), ' +
      'and the instances sit in private subnets: only the load balancer faces the internet.',
    scenario: 'users must reach the application only through the Application Load Balancer',
    trap: 'a CIDR of 0.0.0.0/0 on port 80 looks like "the web port", but on the instances it is a second, unprotected front door.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    const balancerGroups = loadBalancerGroups(context);
    const reported = new Set<MapNode>();
    for (const group of context.resources(GROUP)) {
      if (behindLoadBalancer(group) !== true) continue;
      for (const securityGroup of instanceGroups(context, group)) {
        // A group shared with the load balancer must admit the internet for the load balancer's sake.
        if (balancerGroups.has(securityGroup.logicalId)) continue;
        for (const { rule, path, source, ports } of openRules(context, securityGroup)) {
          if (reported.has(rule)) continue;
          reported.add(rule);
          const key = valueOf(rule, 'CidrIp') !== undefined ? 'CidrIp' : 'CidrIpv6';
          hits.push({
            message:
              `'${securityGroup.logicalId}', the security group of the instances of '${group.logicalId}', admits ${source} on ${ports}, but ` +
              "the instances are behind a load balancer: admit the load balancer's security group (SourceSecurityGroupId) instead",
            span: nodeAt(rule, [key])!.span,
            path: [...path, key],
          });
        }
      }
    }
    return hits;
  },
};
