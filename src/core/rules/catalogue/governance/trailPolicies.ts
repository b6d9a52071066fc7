/** T33/T32: a CloudTrail trail that CloudFormation may create before the policies that let it deliver. */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { dependsOnFix, waitsFor } from '../support/dependencies';
import { namedAsWritten } from '../support/resourcePolicies';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';

const TRAIL = 'AWS::CloudTrail::Trail';

/** Where a trail delivers, and the resource policy of this template that must let CloudTrail do it. */
interface Destination {
  property: string;
  type: string;
  /** The property that names the destination, when a policy may name it by the same value (a bucket policy's Bucket). */
  nameProperty?: string;
  what: 'bucket' | 'topic';
  verb: string;
  policyType: string;
  /** The nodes of a policy that name what it applies to. */
  targets(policy: ResourceDeclaration): readonly TemplateNode[];
}

const DESTINATIONS: readonly Destination[] = [
  {
    property: 'S3BucketName',
    type: 'AWS::S3::Bucket',
    nameProperty: 'BucketName',
    what: 'bucket',
    verb: 'writes to',
    policyType: 'AWS::S3::BucketPolicy',
    targets: (policy) => oneOrMany(valueOf(policy.properties, 'Bucket')),
  },
  {
    property: 'SnsTopicName',
    type: 'AWS::SNS::Topic',
    what: 'topic',
    verb: 'notifies',
    policyType: 'AWS::SNS::TopicPolicy',
    targets: (policy) => oneOrMany(valueOf(policy.properties, 'Topics')),
  },
];

function oneOrMany(node: TemplateNode | undefined): readonly TemplateNode[] {
  if (node === undefined) return [];
  return isSeq(node) ? node.items : [node];
}

/** CX3320: a trail created before its bucket's (or topic's) policy lets CloudTrail deliver. */
export const trailBeforeDestinationPolicy: CatalogueCheck = {
  id: 'CX3320',
  title: 'CloudTrail trail created before the policy of its log bucket or notification topic',
  topics: ['T33', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  explanation: {
    what:
      'CloudTrail checks, when the trail is created, that the bucket policy lets cloudtrail.amazonaws.com read the bucket ACL ' +
      '(s3:GetBucketAcl) and write objects (s3:PutObject), and that the policy of its SNS topic, if it has one, lets it publish; a ' +
      'new bucket or topic has no such policy, so the trail fails to create (InsufficientS3BucketPolicyException, ' +
      'InsufficientSnsTopicPolicyException) and the stack rolls back. A Ref to the bucket orders the trail after the bucket, not ' +
      'after its policy: the trail needs DependsOn on the AWS::S3::BucketPolicy (and the AWS::SNS::TopicPolicy).',
    exam:
      'a central audit trail from a template is a bucket, a bucket policy for cloudtrail.amazonaws.com, and a trail with DependsOn ' +
      'on that policy (plus EnableLogFileValidation and IsMultiRegionTrail).',
    scenario: 'the stack that creates the CloudTrail trail fails with "Incorrect S3 bucket policy is detected for bucket"',
    trap: 'the console adds the bucket policy for you when it creates the bucket; CloudFormation and the API do not.',
  },
  resourceTypes: [TRAIL],
  run(context) {
    const hits: CheckHit[] = [];
    for (const trail of context.resources(TRAIL)) {
      for (const destination of DESTINATIONS) {
        const hit = destinationHit(context, trail, destination);
        if (hit) hits.push(hit);
      }
    }
    return hits;
  },
};

function destinationHit(context: CheckContext, trail: ResourceDeclaration, destination: Destination): CheckHit | undefined {
  const entry = entryOf(trail.properties, destination.property);
  const target = context.referenced(entry?.value);
  if (!entry || target?.type !== destination.type) return undefined;
  const policies = context
    .resources(destination.policyType)
    .filter((policy) =>
      destination.targets(policy).some(
        (node) => context.referenced(node)?.logicalId === target.logicalId || (destination.nameProperty !== undefined && namedAsWritten(node, target, destination.nameProperty)),
      ),
    );
  if (policies.some((policy) => waitsFor(context.template, trail.logicalId, policy.logicalId))) return undefined;
  const base = { span: entry.value.span, path: ['Resources', trail.logicalId, 'Properties', destination.property] };
  const { what, verb, policyType } = destination;
  if (policies.length === 0) {
    return { ...base, message: `Trail '${trail.logicalId}' ${verb} ${what} '${target.logicalId}', which no ${policyType} of this template opens to CloudTrail: creating the trail fails` };
  }
  const policy = policies[0].logicalId;
  const fixes = dependsOnFix(context.template, trail, policy, `Create the trail after ${policy}`);
  return {
    ...base,
    message: `Trail '${trail.logicalId}' does not depend on '${policy}', the policy of its ${what} '${target.logicalId}': CloudFormation may create the trail first, and it fails`,
    ...(fixes ? { fixes } : {}),
  };
}

