/** CX0723: VPC and subnet IPv4 blocks, on the edges; CX0724: application protocols written as IpProtocol. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ipv4Block } from '../../../../src/core/rules/catalogue/autoscaling/vpcCidrs';
import { check, findingPaths, paths } from './helpers';
import { applyEdits } from '../exam/helpers';

const template = (vpc: string, subnets: string[], extra = '') => `${extra}Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: ${vpc}
${subnets.map((block, index) => `  Subnet${index}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: ${block}\n`).join('')}`;

describe('CX0723 VPC and subnet CIDR blocks', () => {
  it('reads a block as its first address and prefix', () => {
    assert.deepEqual(ipv4Block('10.0.1.0/24'), { text: '10.0.1.0/24', start: 167772416, prefix: 24 });
    assert.equal(ipv4Block('10.0.1.7/24')?.start, 167772416);
    assert.equal(ipv4Block('10.0.300.0/24'), undefined);
    assert.equal(ipv4Block('2001:db8::/64'), undefined);
  });

  it('takes a subnet equal to its VPC, and subnets side by side', () => {
    assert.deepEqual(paths('CX0723', template('10.0.0.0/24', ['10.0.0.0/24'])), []);
    assert.deepEqual(paths('CX0723', template('10.0.0.0/16', ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/23'])), []);
  });

  it('reports sizes outside /16–/28, a subnet outside the VPC, and overlaps', () => {
    assert.deepEqual(paths('CX0723', template('10.0.0.0/8', [])), ['Resources/Vpc/Properties/CidrBlock']);
    assert.deepEqual(paths('CX0723', template('10.0.0.0/16', ['10.0.0.0/29', '10.1.0.0/24', '10.0.4.0/22', '10.0.5.0/24'])), [
      'Resources/Subnet0/Properties/CidrBlock',
      'Resources/Subnet1/Properties/CidrBlock',
      'Resources/Subnet3/Properties/CidrBlock',
    ]);
  });

  it('leaves alone blocks it cannot know, and containment when the VPC has a secondary block', () => {
    assert.deepEqual(paths('CX0723', template('!Ref VpcCidr', ['!Select [0, !Cidr [!Ref Other, 4, 8]]', '10.0.0.0/24', '!Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]'])), []);
    const secondary = template('10.0.0.0/16', ['10.1.0.0/24']).replace('Resources:\n', 'Resources:\n  Extra:\n    Type: AWS::EC2::VPCCidrBlock\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.1.0.0/16\n');
    assert.deepEqual(paths('CX0723', secondary), []);
  });

  it('places blocks Fn::Cidr carves: side by side they pass, the same index twice or a block under /28 fails', () => {
    const carved = (index: number, bits = 8, base = '!GetAtt Vpc.CidrBlock') => `!Select [${index}, !Cidr [${base}, 4, ${bits}]]`;
    assert.deepEqual(paths('CX0723', template('!Ref VpcCidr', [carved(0), carved(1), carved(2), carved(3)])), []);
    const copied = check('CX0723', template('!Ref VpcCidr', [carved(0), carved(1), carved(1)]));
    assert.deepEqual(findingPaths(copied), ['Resources/Subnet2/Properties/CidrBlock']);
    assert.equal(copied[0].message, "Subnet 'Subnet2' takes block 1 of an Fn::Cidr of /24 blocks, which overlaps block 1 of an Fn::Cidr of /24 blocks of subnet 'Subnet1' in the same VPC");
    const small = check('CX0723', template('!Ref VpcCidr', [carved(0, 3), carved(1)]));
    assert.equal(small[0].message, "Subnet 'Subnet0' takes block 0 of an Fn::Cidr of /29 blocks, too small (/29 is smaller than /28): EC2 takes /16 to /28");
    // With the VPC's block known, a carved block is an address range like any other.
    assert.deepEqual(paths('CX0723', template('10.0.0.0/16', [carved(0), '10.0.0.0/24', '10.0.1.0/24'])), ['Resources/Subnet1/Properties/CidrBlock']);
    assert.deepEqual(paths('CX0723', template('10.0.0.0/16', [carved(0, 8, '10.0.0.0/16'), carved(0, 8, '!Ref Other')])), []);
  });

  it('reports one subnet with a wrong cidrBits, not its correct siblings as overlapping its refused block', () => {
    const carved = (index: number, bits: number) => `!Select [${index}, !Cidr [!GetAtt Vpc.CidrBlock, 4, ${bits}]]`;
    const cascade = check('CX0723', template('!Ref VpcCidr', [carved(0, 24), carved(1, 8), carved(2, 8)]));
    assert.deepEqual(findingPaths(cascade), ['Resources/Subnet0/Properties/CidrBlock']);
    assert.equal(cascade[0].message, "Subnet 'Subnet0' takes block 0 of an Fn::Cidr of /8 blocks, too large (/8 is larger than /16): EC2 takes /16 to /28");
    // A refused block written out takes no part either: neither outside the VPC nor under a sibling.
    assert.deepEqual(paths('CX0723', template('10.0.0.0/16', ['10.0.0.0/8', '10.0.0.0/29', '10.0.0.0/24'])), [
      'Resources/Subnet0/Properties/CidrBlock',
      'Resources/Subnet1/Properties/CidrBlock',
    ]);
  });

  it('reports a cidrBits too large for a VPC block written out, and only that subnet', () => {
    const carved = (index: number, bits: number) => `!Select [${index}, !Cidr [!GetAtt Vpc.CidrBlock, 4, ${bits}]]`;
    const found = check('CX0723', template('10.20.0.0/16', [carved(0, 24), carved(1, 8)]));
    assert.deepEqual(findingPaths(found), ['Resources/Subnet0/Properties/CidrBlock']);
    assert.equal(
      found[0].message,
      "Subnet 'Subnet0' takes block 0 of an Fn::Cidr of /8 blocks, larger than 10.20.0.0/16 it is carved from: cidrBits 24 makes /8 blocks, and a /16 takes cidrBits 16 at most",
    );
    // Blocks of an allowed size can still be too large for a small VPC.
    assert.deepEqual(paths('CX0723', template('10.0.0.0/24', [carved(0, 12), carved(0, 4)])), ['Resources/Subnet0/Properties/CidrBlock']);
    assert.deepEqual(paths('CX0723', template('10.20.0.0/16', [carved(0, 16)])), []);
  });
});

describe('CX0724 an application protocol as IpProtocol', () => {
  const group = (protocol: string, key = 'SecurityGroupIngress') =>
    `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      ${key}:\n        - IpProtocol: ${protocol}\n          FromPort: 80\n          ToPort: 80\n          CidrIp: 10.0.0.0/16\n`;

  it('reports http, SSH and dns in ingress and egress rules, says what to write, and the fix writes it', () => {
    const found = check('CX0724', group('http'));
    assert.deepEqual(findingPaths(found), ['Resources/Sg/Properties/SecurityGroupIngress/0/IpProtocol']);
    assert.equal(found[0].message, "'Sg' has IpProtocol http, an application protocol: write tcp with FromPort and ToPort 80 (IpProtocol takes tcp, udp, icmp, icmpv6, a protocol number or -1)");
    assert.deepEqual(check('CX0724', applyEdits(group('http'), found[0].fixes![0].edits)), []);
    assert.deepEqual(paths('CX0724', group('SSH', 'SecurityGroupEgress')), ['Resources/Sg/Properties/SecurityGroupEgress/0/IpProtocol']);
    assert.match(check('CX0724', group('dns'))[0].message, /write udp with FromPort and ToPort 53/);
  });

  it('accepts IP protocol names in any case, numbers, -1 and computed values', () => {
    for (const protocol of ['tcp', 'TCP', 'udp', 'icmp', 'icmpv6', '"6"', '-1', '50', '!Ref Protocol']) assert.deepEqual(paths('CX0724', group(protocol)), [], protocol);
  });
});

describe('CX0725 one NAT gateway for private subnets of several zones', () => {
  const vpc = (zoneB: string, extra = '') => `Resources:
  PubA: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs '']}}
  PrivA: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs '']}}
  PrivB: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZone: ${zoneB}}}
  Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref PubA, AllocationId: eipalloc-12345678}}
  Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: vpc-1}}
  Out: {Type: AWS::EC2::Route, ${extra}Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}}
  AssocA: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {RouteTableId: !Ref Table, SubnetId: !Ref PrivA}}
  AssocB: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {RouteTableId: !Ref Table, SubnetId: !Ref PrivB}}
`;

  it('warns when subnets of two zones route to one NAT gateway, zones written by Fn::Select or by name', () => {
    assert.deepEqual(paths('CX0725', vpc("!Select [1, !GetAZs '']")), ['Resources/Nat']);
    assert.deepEqual(paths('CX0725', vpc('us-east-1b').replace("!Select [0, !GetAZs '']}}\n  PrivB", 'us-east-1a}}\n  PrivB')), ['Resources/Nat']);
  });

  it('leaves one zone, zones it cannot tell apart, and a route under a condition alone', () => {
    assert.deepEqual(paths('CX0725', vpc("!Select [0, !GetAZs '']")), []);
    assert.deepEqual(paths('CX0725', vpc('!Ref ZoneB')), []);
    assert.deepEqual(paths('CX0725', vpc("!Select [1, !GetAZs '']", 'Condition: SingleNat, ')), []);
  });
});

describe('CX0728 route to an internet gateway before its attachment', () => {
  const network = (routeAttributes: string) => `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
  Table:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Public:
    Type: AWS::EC2::Route${routeAttributes}
    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
`;
  it('reports a route that names the gateway but not its attachment, and DependsOn fixes it', () => {
    const [found] = check('CX0728', network(''));
    assert.equal(
      found.message,
      "Route 'Public' goes through internet gateway 'Igw' but does not depend on its attachment 'Attach': CloudFormation may create the route before the gateway is attached to the VPC, and the route fails",
    );
    assert.deepEqual(check('CX0728', applyEdits(network(''), found.fixes![0].edits)), []);
  });
  it('leaves alone a route that waits for the attachment, directly or through another resource, and a gateway attached elsewhere', () => {
    assert.deepEqual(check('CX0728', network('\n    DependsOn: Attach')), []);
    const throughTable = network('').replace('Properties: { VpcId: !Ref Vpc }\n  Public', 'DependsOn: Attach\n    Properties: { VpcId: !Ref Vpc }\n  Public');
    assert.deepEqual(check('CX0728', throughTable), []);
    const noAttachment = network('').replace(/ {2}Attach:\n.*\n.*\n/, '');
    assert.deepEqual(check('CX0728', noAttachment), []);
  });
});

describe('CX0729 interface endpoint with private DNS in a VPC without DNS hostnames', () => {
  const network = (vpcDns: string, endpoint = 'VpcEndpointType: Interface\n      PrivateDnsEnabled: true') => `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16${vpcDns}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      ServiceName: com.amazonaws.us-east-1.ssm
      VpcId: !Ref Vpc
      ${endpoint}
`;
  it('is an error when the VPC leaves DNS hostnames at its default or turns DNS support off, and the fix turns them on', () => {
    const [found] = check('CX0729', network(''));
    assert.equal(found.severity, 'error');
    assert.equal(found.message, "Interface endpoint 'Endpoint' turns on private DNS, but VPC 'Vpc' has EnableDnsHostnames off (the default): EC2 refuses the endpoint; set EnableDnsHostnames to true on the VPC");
    assert.deepEqual(check('CX0729', applyEdits(network(''), found.fixes![0].edits)), []);
    const [both] = check('CX0729', network('\n      EnableDnsSupport: false\n      EnableDnsHostnames: false'));
    assert.match(both.message, /has EnableDnsHostnames and EnableDnsSupport off: EC2 refuses/);
    assert.deepEqual(check('CX0729', applyEdits(network('\n      EnableDnsSupport: false\n      EnableDnsHostnames: false'), both.fixes![0].edits)), []);
  });
  it('leaves gateway endpoints, endpoints without private DNS and VPCs with both attributes on alone', () => {
    assert.deepEqual(check('CX0729', network('\n      EnableDnsHostnames: true')), []);
    assert.deepEqual(check('CX0729', network('', 'PrivateDnsEnabled: true')), []);
    assert.deepEqual(check('CX0729', network('', 'VpcEndpointType: Interface')), []);
    assert.deepEqual(check('CX0729', network('', 'VpcEndpointType: Interface\n      PrivateDnsEnabled: !Ref UsePrivateDns')), []);
  });
});
