/** CX3218: a security group rule that opens a remote-administration, database or file-share port to the whole internet. */
import { isMap, isSeq, valueOf, type MapNode, type NodePath } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber, literalString } from '../support/values';

/** Ports that should never face the internet, by what listens on them. */
const SENSITIVE_PORTS: readonly [number, string][] = [
  [22, 'SSH'],
  [3389, 'RDP'],
  [3306, 'MySQL'],
  [5432, 'PostgreSQL'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [5439, 'Redshift'],
  [27017, 'MongoDB'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [9200, 'OpenSearch'],
  [2049, 'NFS'],
  [445, 'SMB'],
];
export const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

export interface IngressRule {
  rule: MapNode;
  path: NodePath;
  owner: ResourceDeclaration;
}

export const openAdminPort: CatalogueCheck = {
  id: 'CX3218',
  title: 'Security group opens a remote-administration, database or file-share port to the internet',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  explanation: {
    what:
      'An inbound rule from 0.0.0.0/0 (or ::/0) admits every address on the internet. On SSH or RDP that invites password ' +
      'guessing and exploits; on a database or file-share port (NFS for EFS, SMB) it exposes the data store itself. Only a load balancer\'s listener ports ' +
      'are meant to face the internet.',
    exam:
      'administer instances with Systems Manager Session Manager (no inbound port at all) or from a bastion\'s security group; ' +
      'let the database accept only the application tier\'s security group (SourceSecurityGroupId), in private subnets.',
    scenario: 'operators need shell access to the instances without opening SSH to the internet',
    trap: 'a security group is stateful: opening inbound SSH is the whole hole, no outbound rule is needed for the attacker.',
  },
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'],
  run(context) {
    const hits: CheckHit[] = [];
    const fronted = loadBalancerGroups(context);
    for (const { rule, path, owner } of ingressRules(context.resources('AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'))) {
      const source = literalString(valueOf(rule, 'CidrIp')) ?? literalString(valueOf(rule, 'CidrIpv6'));
      if (source === undefined || !ANYWHERE.has(source)) continue;
      const exposed = exposedPorts(rule);
      // A load balancer answers on its listeners only: all traffic allowed to its group opens nothing else.
      const group = owner.type === 'AWS::EC2::SecurityGroupIngress' ? context.referenced(valueOf(rule, 'GroupId'))?.logicalId : owner.logicalId;
      if (exposed.length === 0 || (exposed[0] === 'every port' && group !== undefined && fronted.has(group))) continue;
      hits.push({
        message: `'${owner.logicalId}' lets ${source} (the whole internet) reach ${exposed.join(', ')}: admit only the sources that need it`,
        span: (valueOf(rule, 'CidrIp') ?? valueOf(rule, 'CidrIpv6'))!.span,
        path: [...path, valueOf(rule, 'CidrIp') !== undefined ? 'CidrIp' : 'CidrIpv6'],
      });
    }
    return hits;
  },
};

/** The security groups of the template's load balancers, by logical id. */
export function loadBalancerGroups(context: Parameters<CatalogueCheck['run']>[0]): Set<string> {
  const groups = new Set<string>();
  for (const balancer of context.resources('AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer')) {
    const list = valueOf(balancer.properties, 'SecurityGroups');
    for (const item of isSeq(list) ? list.items : []) {
      const id = context.referenced(item)?.logicalId;
      if (id) groups.add(id);
    }
  }
  return groups;
}

export function ingressRules(resources: readonly ResourceDeclaration[]): IngressRule[] {
  return resources.flatMap((owner): IngressRule[] => {
    const base: NodePath = ['Resources', owner.logicalId, 'Properties'];
    if (owner.type === 'AWS::EC2::SecurityGroupIngress') return owner.properties ? [{ rule: owner.properties, path: base, owner }] : [];
    const list = valueOf(owner.properties, 'SecurityGroupIngress');
    if (!isSeq(list)) return [];
    return list.items.flatMap((rule, index) => (isMap(rule) ? [{ rule, path: [...base, 'SecurityGroupIngress', index], owner }] : []));
  });
}

/** The sensitive ports a TCP (or all-traffic) rule's range covers, named; none when the range is not written out. */
export function exposedPorts(rule: MapNode): string[] {
  const protocol = String(literalString(valueOf(rule, 'IpProtocol')) ?? literalNumber(valueOf(rule, 'IpProtocol')) ?? '').toLowerCase();
  if (protocol === '-1' || protocol === 'all') return ['every port'];
  if (protocol !== 'tcp' && protocol !== '6') return [];
  const from = literalNumber(valueOf(rule, 'FromPort'));
  const to = literalNumber(valueOf(rule, 'ToPort'));
  if (from === undefined || to === undefined) return [];
  if (from <= 0 && to >= 65535) return ['every port'];
  return SENSITIVE_PORTS.filter(([port]) => port >= from && port <= to).map(([port, name]) => `port ${port} (${name})`);
}
