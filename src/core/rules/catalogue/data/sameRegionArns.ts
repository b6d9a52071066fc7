/**
 * T22: ARNs that must name something in the stack's own Region, written with another Region: a literal
 * one (the template then deploys only there) or a Region parameter (a DR Region's, most often). What a
 * template builds from `${AWS::Region}` or takes from its own resources is in the stack's Region.
 */
import { isSeq, nodeAt, valueOf, type NodePath, type TemplateNode } from '../../../model';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import { arnFields } from '../support/arns';
import { templateText } from '../support/mentions';
import { intrinsicName } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';

const CUSTOM_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-customresource.html';
const ECR_PAGE = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfiguration.html';

/** Where an ARN must be of the stack's Region, and what it names. */
interface RegionBoundPlace {
  applies: (type: string) => boolean;
  path: NodePath;
  names: string;
}

const PLACES: readonly RegionBoundPlace[] = [
  { applies: (type) => type === 'AWS::CloudFormation::CustomResource' || type.startsWith('Custom::'), path: ['ServiceToken'], names: 'a function or topic' },
  { applies: (type) => type === 'AWS::ECR::Repository', path: ['EncryptionConfiguration', 'KmsKey'], names: 'a KMS key' },
];

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d$/;

export type ArnRegion = { kind: 'named'; region: string } | { kind: 'parameter'; name: string };

/** The Region an ARN is written with when it is not the stack's: a literal Region, or a parameter of the template. */
export function otherRegion(context: CheckContext, node: TemplateNode | undefined): ArnRegion | undefined {
  const text = templateText(node);
  if (text === undefined || !text.startsWith('arn:')) return undefined;
  const region = arnFields(text)[3];
  if (region === undefined) return undefined;
  if (REGION_NAME.test(region)) return { kind: 'named', region };
  const name = intrinsicName(node) === 'Fn::Sub' ? /^\$\{([A-Za-z0-9]+)\}$/.exec(region)?.[1] : undefined;
  const argument = valueOf(node, 'Fn::Sub');
  const variables = isSeq(argument) ? argument.items[1] : undefined;
  if (name === undefined || valueOf(variables, name) !== undefined || !context.parameter(name)) return undefined;
  return { kind: 'parameter', name };
}

function hitOf(resource: ResourceDeclaration, place: RegionBoundPlace, region: ArnRegion): CheckHit | undefined {
  const where = place.path.join('.');
  const message =
    region.kind === 'named'
      ? `${where} of '${resource.logicalId}' names ${place.names} in ${region.region}, but it must be in the stack's own Region: ` +
        `the stack deploys only in ${region.region}; build the ARN with \${AWS::Region}`
      : `${where} of '${resource.logicalId}' names ${place.names} in the Region parameter '${region.name}' gives, but it must be in the ` +
        `stack's own Region: the stack fails wherever '${region.name}' is another Region (a DR Region); build the ARN with \${AWS::Region}`;
  return propertyHit(resource, place.path, message);
}

/** CX2224: an ARN that must be of the stack's Region, written with another Region. */
export const sameRegionArns: CatalogueCheck = {
  id: 'CX2224',
  title: "ARN that must be in the stack's own Region written with another Region",
  topics: ['T22', 'T28'],
  severity: 'warning',
  url: CUSTOM_PAGE,
  explanation: {
    what:
      "Some ARNs must name something in the stack's own Region: a custom resource's ServiceToken (\"The service token must be from " +
      'the same Region in which you are creating the stack\") and an ECR repository\'s KMS key ("The key must exist in the same Region ' +
      `as the repository", ${ECR_PAGE}). Written with a fixed Region, or with the Region a parameter gives, the template fails ` +
      'wherever that is not the Region it is deployed in.',
    exam:
      "a template meant for both Regions of a DR pair is Region-agnostic: ARNs of the stack's own Region are built with " +
      '${AWS::Region} or taken with Fn::GetAtt; the DR Region appears only where a service replicates to it (replica Regions, ' +
      'replication destinations).',
    scenario: 'deploy the same template in the primary and the DR Region with a StackSet',
    trap: 'the template deploys fine in the Region it was written in; only the second Region, during a DR test, fails.',
  },
  resourceTypes: ['AWS::CloudFormation::CustomResource', 'AWS::ECR::Repository'],
  readsEveryResource: true,
  needsText: ['arn:'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of resourceDeclarations(context.template.root)) {
      const type = resource.type;
      if (!type || !resource.properties) continue;
      for (const place of PLACES) {
        if (!place.applies(type)) continue;
        const region = otherRegion(context, nodeAt(resource.properties, place.path));
        if (region) push(hits, hitOf(resource, place, region));
      }
    }
    return hits;
  },
};
