import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { booleanValues, propertyHit, push } from './common';
import { isAllow, isEveryone, statementsOf } from './policyDocument';
import { intrinsicName, literalString } from '../support/values';
import { templateText } from '../support/mentions';

const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-publicaccessblockconfiguration.html';

/** CX2327: a bucket that turns BlockPublicPolicy off while the template's policy for it is not public. */
export const s3PublicPolicyAllowed: CatalogueCheck = {
  id: 'CX2327',
  title: 'Bucket allows public bucket policies that its own policy does not need',
  topics: ['T23', 'T26'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'With BlockPublicPolicy true, S3 refuses a bucket policy that grants public access. A bucket that sets it to false accepts ' +
      'such a policy: when the policy the template gives it grants access only to named principals (CloudFront through origin ' +
      'access control, an account, a role), turning the block off protects nothing and lets a later public statement through.',
    exam:
      'least privilege for S3: keep all four Block Public Access settings on and serve public content through CloudFront with origin ' +
      'access control, whose bucket policy names the distribution and is not public.',
    scenario: 'the site must be reachable only through the CloudFront distribution, never directly from S3',
    trap: 'origin access control needs a bucket policy, not a public one: Block Public Access can stay on.',
  },
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const configuration = valueOf(bucket.properties, 'PublicAccessBlockConfiguration');
      const block = valueOf(configuration, 'BlockPublicPolicy');
      const values = booleanValues(context, block);
      if (!values || values.length === 0 || values.some((value) => value)) continue;
      const policies = policiesOf(context, bucket);
      if (policies.length === 0 || !policies.every(grantsOnlyNamedPrincipals)) continue;
      push(
        hits,
        propertyHit(
          bucket,
          ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'],
          `'${bucket.logicalId}' turns BlockPublicPolicy off, but its bucket policy in this template is not public: the block would ` +
            'refuse nothing it needs, only a public statement added later; set BlockPublicPolicy (and RestrictPublicBuckets) to true',
          isScalar(block) ? [{ title: 'Block public bucket policies', edits: [{ span: block.span, newText: 'true' }], preferred: true }] : undefined,
        ),
      );
    }
    return hits;
  },
};

/** The PolicyDocuments of the template's bucket policies for this bucket. */
function policiesOf(context: CheckContext, bucket: ResourceDeclaration): TemplateNode[] {
  return context
    .resources('AWS::S3::BucketPolicy')
    .filter((policy) => context.referenced(valueOf(policy.properties, 'Bucket')) === bucket)
    .map((policy) => valueOf(policy.properties, 'PolicyDocument'))
    .filter((document): document is TemplateNode => document !== undefined);
}

/** Every statement written out, and each Allow names its principals literally, none of them everyone. */
function grantsOnlyNamedPrincipals(document: TemplateNode): boolean {
  const { statements, complete } = statementsOf(document);
  return complete && statements.every((statement) => {
    if (literalString(valueOf(statement, 'Effect')) === 'Deny') return true;
    return isAllow(statement) && valueOf(statement, 'NotPrincipal') === undefined && literalPrincipal(statement) && !isEveryone(statement);
  });
}

/** The Principal names its principals: literal values, ARNs an Fn::Sub writes out, or an Fn::GetAtt of a template resource. */
function literalPrincipal(statement: MapNode): boolean {
  const principal = valueOf(statement, 'Principal');
  if (!isMap(principal)) return false;
  return principal.entries.every(({ value }) => (isSeq(value) ? value.items : [value]).every(namesOne));
}

function namesOne(item: TemplateNode): boolean {
  if (isString(item)) return true;
  if (intrinsicName(item) === 'Fn::GetAtt') return true;
  return intrinsicName(item) === 'Fn::Sub' && templateText(item)?.startsWith('arn:') === true;
}
