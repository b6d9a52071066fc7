/** T32/T33: CloudTrail trails that can prove what happened, everywhere. */
import { entryOf, isScalar, valueOf } from '../../../model';
import { insertEntry, replaceScalar } from '../../exam/edits';
import { neverTrue } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';
import { trailBeforeDestinationPolicy } from './trailPolicies';

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

export const CLOUDTRAIL_CHECKS: readonly CatalogueCheck[] = [trailLogFileValidation, trailSingleRegion, trailBeforeDestinationPolicy];
