/** T07: an interface endpoint with private DNS in a VPC of the template that has DNS hostnames or DNS support off. */
import { entryOf, isMap, isScalar, valueOf } from '../../../model';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { Fix, TextEdit } from '../../../findings';
import type { CatalogueCheck, CheckHit } from '../types';
import { booleanValues } from '../data/common';
import { literalString } from '../support/values';
import type { CheckContext } from '../support/context';
import type { ResourceDeclaration } from '../../../sections';

const CREATE_ENDPOINT = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEndpoint.html';
const ENDPOINT = 'AWS::EC2::VPCEndpoint';
const VPC = 'AWS::EC2::VPC';
/** The VPC attributes private DNS needs, each with its default in a VPC CloudFormation creates. */
const ATTRIBUTES = [
  { name: 'EnableDnsHostnames', absent: false },
  { name: 'EnableDnsSupport', absent: true },
] as const;

/** CX0729: private DNS on an interface endpoint whose VPC (of the template) does not have both DNS attributes on. */
export const endpointPrivateDnsWithoutVpcDns: CatalogueCheck = {
  id: 'CX0729',
  title: 'Interface endpoint with private DNS in a VPC without DNS hostnames and DNS support',
  topics: ['T07'],
  severity: 'error',
  url: CREATE_ENDPOINT,
  rejection: {
    quote: 'To use a private hosted zone, you must set the following VPC attributes to true: enableDnsHostnames and enableDnsSupport.',
    url: CREATE_ENDPOINT,
  },
  explanation: {
    what:
      'PrivateDnsEnabled makes the service\'s own name (sqs.us-east-1.amazonaws.com) resolve to the endpoint inside the VPC, through ' +
      'a private hosted zone. EC2 creates that only in a VPC with both DNS attributes on, and a VPC that CloudFormation creates has ' +
      'EnableDnsHostnames off unless the template turns it on: the endpoint, and the stack, fail.',
    exam:
      'private subnets reach AWS services without a NAT gateway through interface endpoints with private DNS (and a gateway endpoint ' +
      'for S3 and DynamoDB); the VPC sets EnableDnsSupport and EnableDnsHostnames to true.',
    scenario: 'instances in private subnets must call Systems Manager and Secrets Manager without internet access',
    trap: 'EnableDnsSupport is on by default, EnableDnsHostnames is not.',
  },
  resourceTypes: [ENDPOINT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const endpoint of context.resources(ENDPOINT)) {
      if (literalString(valueOf(endpoint.properties, 'VpcEndpointType'))?.toLowerCase() !== 'interface') continue;
      const privateDns = booleanValues(context, valueOf(endpoint.properties, 'PrivateDnsEnabled'));
      if (!privateDns || privateDns.length === 0 || !privateDns.every((value) => value)) continue;
      const vpc = context.referenced(valueOf(endpoint.properties, 'VpcId'));
      if (vpc?.type !== VPC) continue;
      const off = ATTRIBUTES.filter(({ name, absent }) => booleanValues(context, valueOf(vpc.properties, name), absent)?.every((value) => !value));
      if (off.length === 0) continue;
      const offNames = off.map(({ name }) => name);
      const names = offNames.join(' and ');
      const fixes = dnsFixes(context, vpc, offNames);
      hits.push({
        message:
          `Interface endpoint '${endpoint.logicalId}' turns on private DNS, but VPC '${vpc.logicalId}' has ${names} off` +
          `${off.some(({ name }) => valueOf(vpc.properties, name) === undefined) ? ' (the default)' : ''}: EC2 refuses the endpoint; set ${names} to true on the VPC`,
        span: entryOf(endpoint.properties, 'PrivateDnsEnabled')!.key.span,
        path: ['Resources', endpoint.logicalId, 'Properties', 'PrivateDnsEnabled'],
        ...(fixes ? { fixes } : {}),
      });
    }
    return hits;
  },
};

/** Turns the attributes on in the VPC: a written false becomes true, a missing one is added. */
function dnsFixes(context: CheckContext, vpc: ResourceDeclaration, names: readonly string[]): Fix[] | undefined {
  if (!isMap(vpc.properties)) return undefined;
  const properties = vpc.properties;
  const edits: TextEdit[] = [];
  for (const name of names) {
    const written = valueOf(properties, name);
    const edit = written === undefined ? insertEntry(context.template, properties, name, true) : isScalar(written) ? replaceScalar(context.template, written, true) : undefined;
    if (!edit) return undefined;
    edits.push(edit);
  }
  return [{ title: `Turn on ${names.join(' and ')} in ${vpc.logicalId}`, edits, preferred: true }];
}
