/** T07: a security group rule whose IpProtocol names an application protocol (http, ssh) instead of the IP protocol it runs over. */
import { isMap, isScalar, isSeq, valueOf, type MapNode, type NodePath } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';

const RULE_TYPES = ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'];
const INGRESS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-securitygroup-ingress.html';

/** Application protocols written where the IP protocol belongs: the IP protocol each runs over and its usual port. */
const APPLICATION_PROTOCOLS: Readonly<Record<string, { over: 'tcp' | 'udp'; port: number }>> = {
  http: { over: 'tcp', port: 80 },
  https: { over: 'tcp', port: 443 },
  ssh: { over: 'tcp', port: 22 },
  sftp: { over: 'tcp', port: 22 },
  rdp: { over: 'tcp', port: 3389 },
  ftp: { over: 'tcp', port: 21 },
  smtp: { over: 'tcp', port: 25 },
  telnet: { over: 'tcp', port: 23 },
  mysql: { over: 'tcp', port: 3306 },
  postgres: { over: 'tcp', port: 5432 },
  postgresql: { over: 'tcp', port: 5432 },
  redis: { over: 'tcp', port: 6379 },
  ldap: { over: 'tcp', port: 389 },
  ldaps: { over: 'tcp', port: 636 },
  nfs: { over: 'tcp', port: 2049 },
  winrm: { over: 'tcp', port: 5985 },
  dns: { over: 'udp', port: 53 },
  ntp: { over: 'udp', port: 123 },
  snmp: { over: 'udp', port: 161 },
};

/** The rules of a security group (inline, ingress and egress) and of the separate rule resources, with their paths. */
function securityGroupRules(resource: ResourceDeclaration): { rule: MapNode; path: NodePath }[] {
  const base: NodePath = ['Resources', resource.logicalId, 'Properties'];
  if (resource.type !== 'AWS::EC2::SecurityGroup') return resource.properties ? [{ rule: resource.properties, path: base }] : [];
  return ['SecurityGroupIngress', 'SecurityGroupEgress'].flatMap((key) => {
    const list = valueOf(resource.properties, key);
    return isSeq(list) ? list.items.flatMap((rule, index) => (isMap(rule) ? [{ rule, path: [...base, key, index] }] : [])) : [];
  });
}

/** CX0724: IpProtocol http, ssh… where EC2 takes tcp, udp, icmp, icmpv6, a protocol number or -1. */
export const applicationProtocolInRule: CatalogueCheck = {
  id: 'CX0724',
  title: 'Security group rule whose IpProtocol is an application protocol such as http or ssh',
  topics: ['T07', 'T32'],
  severity: 'error',
  url: INGRESS_PAGE,
  rejection: {
    quote:
      'IpProtocol: The IP protocol name (tcp, udp, icmp, icmpv6) or number (see Protocol Numbers). (EC2 answers another name with ' +
      "InvalidParameterValue: Invalid value '…' for IP protocol. Unknown protocol.)",
    url: INGRESS_PAGE,
  },
  explanation: {
    what:
      'A security group rule filters by IP protocol and port, not by application: HTTP is TCP on port 80, SSH is TCP on port 22, ' +
      'DNS is UDP (and TCP) on port 53. IpProtocol takes tcp, udp, icmp, icmpv6, a protocol number, or -1 for every protocol; EC2 ' +
      'refuses an application name, and the stack fails.',
    exam:
      'a web tier admits tcp 443 (and 80) from the internet or from the load balancer\'s security group only; the application and ' +
      'database tiers admit their ports from the security group of the tier in front of them.',
    scenario: 'allow only HTTPS traffic from the load balancer to the instances',
    trap: '-1, or a protocol number other than those of tcp, udp, icmp and icmpv6, opens every port whatever FromPort and ToPort say.',
  },
  resourceTypes: RULE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(...RULE_TYPES)) {
      for (const { rule, path } of securityGroupRules(resource)) {
        const node = valueOf(rule, 'IpProtocol');
        const name = isScalar(node) && typeof node.value === 'string' ? node.value.trim().toLowerCase() : undefined;
        const meant = name !== undefined && Object.hasOwn(APPLICATION_PROTOCOLS, name) ? APPLICATION_PROTOCOLS[name] : undefined;
        if (!meant || !isScalar(node)) continue;
        hits.push({
          message: `'${resource.logicalId}' has IpProtocol ${node.value}, an application protocol: write ${meant.over} with FromPort and ToPort ${meant.port} (IpProtocol takes tcp, udp, icmp, icmpv6, a protocol number or -1)`,
          span: node.span,
          path: [...path, 'IpProtocol'],
          fixes: [{ title: `Change to ${meant.over}`, edits: [replaceScalar(context.template, node, meant.over)], preferred: true }],
        });
      }
    }
    return hits;
  },
};
