/** T27: a bucket policy that lets CloudFront read without naming the distribution. */
import { entryOf, isMap, valueOf, type MapNode } from '../../../model';
import { principalValues } from '../data/policyDocument';
import { literalStrings, statementsOf } from '../support/policyDocuments';
import { literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';

const PAGE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html';
/** Condition keys that tie a service's request to one distribution or one account (keys are case-insensitive). */
const SCOPING_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths']);

/** The statement allows the CloudFront service principal (written literally). */
function allowsCloudFront(statement: MapNode): boolean {
  if (literalString(valueOf(statement, 'Effect')) !== 'Allow') return false;
  return principalValues(statement, 'Service').some((value) => literalStrings(value)?.includes('cloudfront.amazonaws.com') === true);
}

/** Some condition operator of the statement tests one of the scoping keys (or the Condition is computed: unknown, taken as scoped). */
function isScoped(statement: MapNode): boolean {
  const condition = valueOf(statement, 'Condition');
  if (condition === undefined) return false;
  if (!isMap(condition)) return true;
  return condition.entries.some(({ value }) => !isMap(value) || value.entries.some(({ key }) => SCOPING_KEYS.has(key.value.toLowerCase())));
}

/** CX2735: any distribution, of any account, may read through origin access control. */
export const originAccessWithoutSource: CatalogueCheck = {
  id: 'CX2735',
  title: 'Bucket policy lets the CloudFront service read without naming the distribution',
  topics: ['T27', 'T23'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'With origin access control, CloudFront signs its requests to S3 as the service principal cloudfront.amazonaws.com. A bucket ' +
      'policy statement that allows that principal with no condition on AWS:SourceArn (or the source account) lets every ' +
      "distribution that uses origin access control read the bucket, other accounts' distributions included.",
    exam:
      'OAC bucket policy: Principal {Service: cloudfront.amazonaws.com}, the s3:GetObject action on the objects, and a Condition ' +
      'StringEquals AWS:SourceArn with the ARN of this distribution; with Block Public Access left on.',
    scenario: 'the objects must be served only through our CloudFront distribution',
    trap: 'the service principal alone is not "our CloudFront": it is CloudFront on behalf of any customer.',
  },
  resourceTypes: ['AWS::S3::BucketPolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources('AWS::S3::BucketPolicy')) {
      const base = ['Resources', policy.logicalId, 'Properties', 'PolicyDocument'];
      for (const { statement, path } of statementsOf(valueOf(policy.properties, 'PolicyDocument'), base, policy)) {
        if (!allowsCloudFront(statement) || isScoped(statement)) continue;
        hits.push({
          message:
            `A statement of bucket policy '${policy.logicalId}' allows cloudfront.amazonaws.com without a condition on AWS:SourceArn: ` +
            "every CloudFront distribution with origin access control, in any account, can read the bucket; add the distribution's ARN as AWS:SourceArn",
          span: entryOf(statement, 'Principal')!.key.span,
          path: [...path, 'Principal'],
        });
      }
    }
    return hits;
  },
};
