/** T33/T32: a CloudTrail trail encrypted with a key of the template whose key policy does not let CloudTrail use it. */
import { entryOf, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { Answer } from '../support/iam';
import { statementsOf } from '../support/policyDocuments';
import { statementLetsService } from '../support/resourcePolicies';
import type { CatalogueCheck, CheckHit } from '../types';

const TRAIL = 'AWS::CloudTrail::Trail';
const KEY_POLICY_PAGE = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html';
const CREATE_TRAIL_PAGE = 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html';

/** Whether the key policy lets cloudtrail.amazonaws.com generate data keys: 'no' also for a key without a policy (the default one names only the account). */
function letsCloudTrailEncrypt(key: ResourceDeclaration): Answer {
  const policy = valueOf(key.properties, 'KeyPolicy');
  if (policy === undefined) return 'no';
  const statements = statementsOf(policy, [], key);
  if (statements.length === 0) return 'unknown';
  let answer: Answer = 'no';
  for (const { statement } of statements) {
    const lets = statementLetsService(statement, 'kms:GenerateDataKey', 'cloudtrail');
    if (lets === 'yes') return 'yes';
    if (lets === 'unknown') answer = 'unknown';
  }
  return answer;
}

/** CX3323: CloudTrail must be allowed to encrypt with the trail's key. */
export const trailKeyPolicyWithoutCloudTrail: CatalogueCheck = {
  id: 'CX3323',
  title: 'CloudTrail trail encrypted with a KMS key whose key policy does not let CloudTrail use it',
  topics: ['T33', 'T32'],
  severity: 'error',
  url: KEY_POLICY_PAGE,
  rejection: {
    quote:
      'For the CreateTrail PutInsightSelectors, UpdateTrail, StartQuery, and StartImport operations, this exception is thrown when the ' +
      'policy on the S3 bucket or KMS key does not have sufficient permissions for the operation.',
    url: CREATE_TRAIL_PAGE,
  },
  explanation: {
    what:
      'A trail with KMSKeyId encrypts its log and digest files with that key, as the CloudTrail service. CloudTrail checks when the ' +
      'trail is created that the key policy lets cloudtrail.amazonaws.com call kms:GenerateDataKey*; the default key policy (and one ' +
      'that names only IAM principals) does not, so CreateTrail fails with InsufficientEncryptionPolicyException.',
    exam:
      'encrypt the audit trail with a customer managed key whose policy allows cloudtrail.amazonaws.com kms:GenerateDataKey* (narrowed ' +
      'by aws:SourceArn or the kms:EncryptionContext:aws:cloudtrail:arn condition) and lets the auditors kms:Decrypt.',
    scenario: 'the security team must control who can read the CloudTrail logs, with a key they can disable',
    trap: 'the console adds these statements when it creates the key for the trail; a key from a template has only what its policy says.',
  },
  resourceTypes: [TRAIL],
  run(context) {
    const hits: CheckHit[] = [];
    for (const trail of context.resources(TRAIL)) {
      const entry = entryOf(trail.properties, 'KMSKeyId');
      const key = context.referenced(entry?.value);
      if (!entry || key?.type !== 'AWS::KMS::Key' || letsCloudTrailEncrypt(key) !== 'no') continue;
      hits.push({
        message:
          `Trail '${trail.logicalId}' encrypts with key '${key.logicalId}', whose key policy does not let cloudtrail.amazonaws.com ` +
          'use it (kms:GenerateDataKey*): creating the trail fails; add a statement for the CloudTrail service to the key policy',
        span: entry.value.span,
        path: ['Resources', trail.logicalId, 'Properties', 'KMSKeyId'],
      });
    }
    return hits;
  },
};
