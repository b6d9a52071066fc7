/** T32/T33: CloudTrail trails that can prove what happened, everywhere. */
import { entryOf, isScalar, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import { neverTrue } from '../data/common';
import { dependsOnFix, waitsFor } from '../support/dependencies';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';

const TRAIL = 'AWS::CloudTrail::Trail';

/** CX3316: a trail whose log files cannot be shown to be unaltered. */
export const trailLogFileValidation: CatalogueCheck = {
  id: 'CX3316',
  title: 'CloudTrail trail without log file integrity validation',
  topics: ['T33', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  explanation: {
    what:
      'With log file integrity validation, CloudTrail delivers an hourly digest file that holds a hash of each log file, signed ' +
      'with its own key: `aws cloudtrail validate-logs` then proves whether a log file was modified or deleted after delivery. ' +
      'Without it, nothing shows that the audit trail is intact.',
    exam:
      '"prove that the CloudTrail logs were not tampered with" is EnableLogFileValidation: true, with the bucket protected by ' +
      'a bucket policy, MFA delete or S3 Object Lock; a trail for the whole organization is IsOrganizationTrail.',
    scenario: 'auditors must be able to verify that no API activity record was changed or removed',
  },
  resourceTypes: [TRAIL],
  run(context) {
    const hits: CheckHit[] = [];
    for (const trail of context.resources(TRAIL)) {
      if (!trail.properties) continue;
      const entry = entryOf(trail.properties, 'EnableLogFileValidation');
      if (!neverTrue(context, entry?.value)) continue;
      const edit = entry && isScalar(entry.value) ? replaceScalar(context.template, entry.value, true) : entry ? undefined : insertEntry(context.template, trail.properties, 'EnableLogFileValidation', true);
      hits.push({
        message: `Trail '${trail.logicalId}' does not validate its log files: nothing can prove a log file was not modified or deleted after delivery`,
        span: entry ? entry.value.span : trail.key.span,
        path: entry ? ['Resources', trail.logicalId, 'Properties', 'EnableLogFileValidation'] : ['Resources', trail.logicalId],
        ...(edit ? { fixes: [{ title: 'Turn on log file validation', edits: [edit], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};

/** CX3317 (hint): a trail that records the events of one Region. */
export const trailSingleRegion: CatalogueCheck = {
  id: 'CX3317',
  title: 'CloudTrail trail that records one Region only',
  topics: ['T33'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  explanation: {
    what:
      'A trail with IsMultiRegionTrail false records the API activity of the Region its stack is in; activity in every other ' +
      'Region goes unrecorded by it. A multi-Region trail covers all Regions, including ones enabled later.',
    exam: 'the expected answer for account-wide auditing is one multi-Region trail (or an organization trail) into a central bucket.',
  },
  resourceTypes: [TRAIL],
  run(context) {
    const hits: CheckHit[] = [];
    for (const trail of context.resources(TRAIL)) {
      if (!trail.properties) continue;
      const entry = entryOf(trail.properties, 'IsMultiRegionTrail');
      if (!neverTrue(context, entry?.value) || !neverTrue(context, valueOf(trail.properties, 'IsOrganizationTrail'))) continue;
      hits.push({
        message: `Trail '${trail.logicalId}' records the API activity of its own Region only`,
        span: entry ? entry.value.span : trail.key.span,
        path: entry ? ['Resources', trail.logicalId, 'Properties', 'IsMultiRegionTrail'] : ['Resources', trail.logicalId],
      });
    }
    return hits;
  },
};

/** CX3320: a trail that writes to a bucket of its own template before that bucket's policy lets it. */
export const trailBeforeBucketPolicy: CatalogueCheck = {
  id: 'CX3320',
  title: 'CloudTrail trail created before the policy of its log bucket',
  topics: ['T33', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  explanation: {
    what:
      'CloudTrail checks, when the trail is created, that the bucket policy lets cloudtrail.amazonaws.com read the bucket ACL ' +
      '(s3:GetBucketAcl) and write objects (s3:PutObject); a new bucket has no policy, so the trail fails to create ' +
      '(InsufficientS3BucketPolicyException) and the stack rolls back. A Ref to the bucket orders the trail after the bucket, not ' +
      'after its policy: the trail needs DependsOn on the AWS::S3::BucketPolicy.',
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
      const bucketEntry = entryOf(trail.properties, 'S3BucketName');
      const bucket = context.referenced(bucketEntry?.value);
      if (bucket?.type !== 'AWS::S3::Bucket') continue;
      const policies = bucketPolicies(context, bucket);
      if (policies.some((policy) => waitsFor(context.template, trail.logicalId, policy.logicalId))) continue;
      const base = { span: bucketEntry!.value.span, path: ['Resources', trail.logicalId, 'Properties', 'S3BucketName'] };
      if (policies.length === 0) {
        hits.push({ ...base, message: `Trail '${trail.logicalId}' writes to bucket '${bucket.logicalId}', which no AWS::S3::BucketPolicy of this template opens to CloudTrail: creating the trail fails` });
        continue;
      }
      const fixes = dependsOnFix(context.template, trail, policies[0].logicalId, `Create the trail after ${policies[0].logicalId}`);
      hits.push({
        ...base,
        message: `Trail '${trail.logicalId}' does not depend on '${policies[0].logicalId}', the policy of its bucket '${bucket.logicalId}': CloudFormation may create the trail first, and it fails`,
        ...(fixes ? { fixes } : {}),
      });
    }
    return hits;
  },
};

/** The bucket policies of this template for `bucket`. */
function bucketPolicies(context: CheckContext, bucket: ResourceDeclaration): ResourceDeclaration[] {
  return context.resources('AWS::S3::BucketPolicy').filter((policy) => context.referenced(valueOf(policy.properties, 'Bucket'))?.logicalId === bucket.logicalId);
}

export const CLOUDTRAIL_CHECKS: readonly CatalogueCheck[] = [trailLogFileValidation, trailSingleRegion, trailBeforeBucketPolicy];
