/** T07: the IPv4 CIDR blocks of a VPC and its subnets, as EC2 checks them when it creates them. */
import { isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { propertyHit, push, stringValues } from '../data/common';
import { intrinsicName, literalNumber, literalString } from '../support/values';
import { getAttParts } from '../support/arns';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';

const SUBNET_PAGE = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html';

interface Block {
  text: string;
  start: number;
  prefix: number;
}

/** `10.0.1.0/24` as its first address and prefix length; undefined for anything else. */
export function ipv4Block(text: string): Block | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((octet) => octet > 255) || prefix > 32) return undefined;
  const address = octets.reduce((value, octet) => value * 256 + octet, 0);
  const size = 2 ** (32 - prefix);
  return { text: text.trim(), start: address - (address % size), prefix };
}

function end(block: Block): number {
  return block.start + 2 ** (32 - block.prefix);
}

const contains = (outer: Block, inner: Block) => inner.start >= outer.start && end(inner) <= end(outer);
const overlaps = (one: Block, other: Block) => one.start < end(other) && other.start < end(one);

/** The one block a CIDR value always is, when it is written as text or chosen from allowed values that all agree. */
function literalBlock(context: CheckContext, node: TemplateNode | undefined): Block | undefined {
  const texts = stringValues(context, node);
  const blocks = texts?.map(ipv4Block);
  if (!blocks || blocks.length !== 1 || !blocks[0]) return undefined;
  return blocks[0];
}

/**
 * Where a CidrBlock lies. Written out, on the address line (`base` empty). Carved by
 * `Fn::Select [i, Fn::Cidr [base, count, bits]]` from a base not known before deploy time (the VPC's
 * `CidrBlock` attribute, a parameter): block i is a /(32 − bits) at i × 2^bits from the base's start, so two
 * blocks carved from the same base can still be compared.
 */
interface Placement extends Block {
  base: string;
  /** The known block Fn::Cidr carves from, when its blocks are larger than it: no such block fits in it. */
  largerThan?: Block;
}

function placementOf(context: CheckContext, node: TemplateNode | undefined): Placement | undefined {
  const literal = literalBlock(context, node);
  if (literal) return { ...literal, base: '' };
  if (intrinsicName(node) !== 'Fn::Select') return undefined;
  const select = valueOf(node, 'Fn::Select');
  const index = isSeq(select) && select.items.length === 2 ? literalNumber(select.items[0]) : undefined;
  const cidr = isSeq(select) ? valueOf(select.items[1], 'Fn::Cidr') : undefined;
  if (index === undefined || !isSeq(cidr) || cidr.items.length !== 3) return undefined;
  const bits = literalNumber(cidr.items[2]);
  if (bits === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32 || !Number.isInteger(index) || index < 0) return undefined;
  const prefix = 32 - bits;
  const text = `block ${index} of an Fn::Cidr of /${prefix} blocks`;
  const offset = index * 2 ** bits;
  const base = baseOf(context, cidr.items[0]);
  if (base === undefined) return undefined;
  if (typeof base === 'string') return { text, start: offset, prefix, base };
  if (base.prefix > prefix) return { text, start: offset, prefix, base: base.text, largerThan: base };
  return { text, start: base.start + offset, prefix, base: '' };
}

/** Fn::Cidr's block: known, or a name for what it is at deploy time (the same name, the same block). */
function baseOf(context: CheckContext, node: TemplateNode): Block | string | undefined {
  const literal = literalBlock(context, node);
  if (literal) return literal;
  const name = intrinsicName(node);
  if (name === 'Ref') return `Ref ${literalString(valueOf(node, 'Ref'))}`;
  const attribute = getAttParts(node);
  if (!attribute || attribute.attribute !== 'CidrBlock') return undefined;
  const vpc = context.resources('AWS::EC2::VPC').find((resource) => resource.logicalId === attribute.logicalId);
  return (vpc && literalBlock(context, valueOf(vpc.properties, 'CidrBlock'))) ?? `GetAtt ${attribute.logicalId}.CidrBlock`;
}

function sizeProblem(block: Block): string | undefined {
  if (block.prefix < 16) return `/${block.prefix} is larger than /16`;
  return block.prefix > 28 ? `/${block.prefix} is smaller than /28` : undefined;
}

/** Why Fn::Cidr or EC2 refuses a block. A refused block is never made, so it overlaps nothing and lies nowhere. */
function refusal(block: Placement): string | undefined {
  const carvedFrom = block.largerThan;
  if (carvedFrom) {
    return `larger than ${carvedFrom.text} it is carved from: cidrBits ${32 - block.prefix} makes /${block.prefix} blocks, and a /${carvedFrom.prefix} takes cidrBits ${32 - carvedFrom.prefix} at most`;
  }
  const problem = sizeProblem(block);
  return problem && `too ${block.prefix < 16 ? 'large' : 'small'} (${problem}): EC2 takes /16 to /28`;
}

/** CX0723: VPC and subnet CIDR blocks EC2 refuses: a size outside /16–/28, a subnet outside its VPC or over another subnet. */
export const vpcSubnetCidrs: CatalogueCheck = {
  id: 'CX0723',
  title: 'VPC or subnet CIDR block of a size EC2 refuses, outside its VPC, or overlapping another subnet',
  topics: ['T07'],
  severity: 'error',
  url: SUBNET_PAGE,
  rejection: {
    quote:
      'A subnet CIDR block must not overlap the CIDR block of an existing subnet in the VPC. … The allowed size for an IPv4 subnet ' +
      'is between a /28 netmask (16 IP addresses) and a /16 netmask (65,536 IP addresses). (A VPC\'s IPv4 blocks take the same sizes: ' +
      'Amazon VPC User Guide, IP addressing for your VPCs and subnets.)',
    url: SUBNET_PAGE,
  },
  explanation: {
    what:
      'A VPC and each of its subnets take an IPv4 block between /16 and /28. Every subnet lies inside a CIDR block of its VPC, and ' +
      'no two subnets of a VPC overlap; EC2 refuses a subnet that breaks either rule, and the stack fails.',
    exam:
      'a highly available tier spreads its subnets over at least two Availability Zones, one subnet per zone, each a distinct ' +
      'slice of the VPC block (10.0.0.0/16 → 10.0.1.0/24, 10.0.2.0/24…); Fn::Cidr can carve them without overlaps.',
    trap: 'a subnet can use a secondary CIDR block of the VPC (AWS::EC2::VPCCidrBlock), but only once that block is associated: DependsOn it.',
  },
  resourceTypes: ['AWS::EC2::VPC', 'AWS::EC2::Subnet'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources('AWS::EC2::VPC', 'AWS::EC2::Subnet')) {
      const block = placementOf(context, valueOf(resource.properties, 'CidrBlock'));
      const problem = block && refusal(block);
      const kind = resource.type === 'AWS::EC2::VPC' ? 'VPC' : 'Subnet';
      if (problem) push(hits, propertyHit(resource, ['CidrBlock'], `${kind} '${resource.logicalId}' takes ${block!.text}, ${problem}`));
    }
    for (const [vpc, subnets] of subnetsByVpc(context)) {
      const vpcBlock = literalBlock(context, valueOf(vpc.properties, 'CidrBlock'));
      // A secondary block may hold some subnets: only a VPC with none is judged on containment.
      const judgeContainment = vpcBlock !== undefined && !sizeProblem(vpcBlock) && context.resources('AWS::EC2::VPCCidrBlock').length === 0;
      const placed: { subnet: ResourceDeclaration; block: Placement }[] = [];
      for (const subnet of subnets) {
        const block = placementOf(context, valueOf(subnet.properties, 'CidrBlock'));
        if (!block || refusal(block)) continue;
        if (judgeContainment && block.base === '' && !contains(vpcBlock!, block)) {
          push(hits, propertyHit(subnet, ['CidrBlock'], `Subnet '${subnet.logicalId}' takes ${block.text}, outside ${vpcBlock!.text} of its VPC '${vpc.logicalId}': a subnet's block must lie in the VPC's`));
          continue;
        }
        const other = placed.find((earlier) => earlier.block.base === block.base && overlaps(earlier.block, block));
        if (other) push(hits, propertyHit(subnet, ['CidrBlock'], `Subnet '${subnet.logicalId}' takes ${block.text}, which overlaps ${other.block.text} of subnet '${other.subnet.logicalId}' in the same VPC`));
        else placed.push({ subnet, block });
      }
    }
    return hits;
  },
};

/** The template's subnets grouped by the VPC of the template they name, unconditional ones only (conditions may keep two apart). */
function subnetsByVpc(context: CheckContext): Map<ResourceDeclaration, ResourceDeclaration[]> {
  const groups = new Map<ResourceDeclaration, ResourceDeclaration[]>();
  for (const subnet of context.resources('AWS::EC2::Subnet')) {
    const vpc = context.referenced(valueOf(subnet.properties, 'VpcId'));
    if (vpc?.type !== 'AWS::EC2::VPC' || subnet.body?.entries.some((entry) => entry.key.value === 'Condition')) continue;
    groups.set(vpc, [...(groups.get(vpc) ?? []), subnet]);
  }
  return groups;
}
