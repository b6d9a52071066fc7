/**
 * CX3217: a topic, queue, key, secret or event bus policy that lets every AWS principal in, with no condition to narrow it; a
 * bucket policy only when it grants more than reads (public reads are how a website bucket is served).
 */
import { entryOf, valueOf, type MapNode, type NodePath } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { isEveryone } from '../data/policyDocument';
import { blocksPublicPolicies } from '../data/s3PublicPolicyBlocked';
import { literalStrings, statementsOf } from '../support/policyDocuments';
import { literalBoolean, literalString } from '../support/values';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';

/**
 * Where each resource type keeps its resource policy (no property: its Properties hold the Statement), what it guards, and
 * which of its open statements to report (all when not given).
 */
const POLICIES: readonly { type: string; property?: string; what: string; reported?: OpenStatementFilter }[] = [
  { type: 'AWS::SNS::TopicPolicy', property: 'PolicyDocument', what: 'topic policy' },
  { type: 'AWS::SQS::QueuePolicy', property: 'PolicyDocument', what: 'queue policy' },
  { type: 'AWS::KMS::Key', property: 'KeyPolicy', what: 'key policy' },
  { type: 'AWS::Events::EventBus', property: 'Policy', what: 'event bus policy' },
  { type: 'AWS::Events::EventBusPolicy', what: 'event bus policy' },
  { type: 'AWS::S3::BucketPolicy', property: 'PolicyDocument', what: 'bucket policy', reported: grantsBeyondReads },
  { type: 'AWS::SecretsManager::ResourcePolicy', property: 'ResourcePolicy', what: 'secret policy', reported: secretPolicyAccepted },
];

type OpenStatementFilter = (statement: MapNode, owner: ResourceDeclaration, context: CheckContext) => boolean;

/** Reads only: s3:Get… and s3:List… actions, written literally. */
const S3_READ = /^s3:(Get|List)[A-Za-z*]*$/i;

/**
 * An open bucket statement worth a warning: it grants writes, deletes or every action (NotAction counts), on a bucket that
 * takes a public policy at all (where Block Public Access rejects it, CX2315's error says so).
 */
function grantsBeyondReads(statement: MapNode, owner: ResourceDeclaration, context: CheckContext): boolean {
  const bucket = context.referenced(valueOf(owner.properties, 'Bucket'));
  if (bucket?.type === 'AWS::S3::Bucket' && blocksPublicPolicies(context, bucket)) return false;
  if (valueOf(statement, 'NotAction') !== undefined) return true;
  const actions = literalStrings(valueOf(statement, 'Action'));
  return actions !== undefined && actions.some((action) => !S3_READ.test(action));
}

/** A secret policy Secrets Manager attaches: with BlockPublicPolicy true it refuses an open one (CX2124's error says so). */
function secretPolicyAccepted(_statement: MapNode, owner: ResourceDeclaration): boolean {
  return literalBoolean(valueOf(owner.properties, 'BlockPublicPolicy')) !== true;
}

export const openResourcePolicy: CatalogueCheck = {
  id: 'CX3217',
  title: 'SNS topic, SQS queue, KMS key, secret or event bus policy (or a bucket policy beyond reads) allows every AWS principal without a condition',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
  explanation: {
    what:
      'A resource policy statement that allows Principal "*" (or {AWS: "*"}) with no Condition grants its actions to every AWS ' +
      'account and anonymous caller the service admits: anyone may publish to the topic, read the queue, use the key, read the secret or put events on the bus. ' +
      'On a bucket, public reads are how a website bucket is served; a public grant of writes, deletes or s3:* lets anyone replace or erase the objects. ' +
      'A Condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, kms:CallerAccount) narrows it to the callers meant.',
    exam:
      'let a service deliver to a topic or queue with Principal {Service: events.amazonaws.com} and aws:SourceArn; let other ' +
      'accounts use a key by naming their account roots or aws:PrincipalOrgID: least privilege on the resource side.',
    scenario: 'allow only the EventBridge rule of this account to publish alerts to the operations topic',
    trap: 'a wildcard principal looks harmless on a resource "only our stack uses", but the resource policy alone decides who may call.',
  },
  resourceTypes: POLICIES.map((policy) => policy.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, property, what, reported } of POLICIES) {
      for (const owner of context.resources(type)) {
        const base: NodePath = property ? ['Resources', owner.logicalId, 'Properties', property] : ['Resources', owner.logicalId, 'Properties'];
        const document = property ? valueOf(owner.properties, property) : owner.properties;
        for (const { statement, path } of statementsOf(document, base, owner)) {
          if (literalString(valueOf(statement, 'Effect')) !== 'Allow' || valueOf(statement, 'Condition') !== undefined || !isEveryone(statement)) continue;
          if (reported && !reported(statement, owner, context)) continue;
          hits.push({
            message: `A statement of the ${what} of '${owner.logicalId}' allows every AWS principal ("*") without a condition`,
            span: entryOf(statement, 'Principal')!.key.span,
            path: [...path, 'Principal'],
          });
        }
      }
    }
    return hits;
  },
};
