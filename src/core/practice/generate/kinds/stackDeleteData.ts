/** What happens to a data store and its data when the stack is deleted (DeletionPolicy and its defaults). */
import { valueOf } from '../../../model';
import { literalBoolean, literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const DELETION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html';
const BUCKET = 'AWS::S3::Bucket';
/** Data stores the question asks about, with the topic of their data. */
const DATA_TYPES: Readonly<Record<string, string>> = {
  [BUCKET]: 'T23',
  'AWS::RDS::DBInstance': 'T20',
  'AWS::RDS::DBCluster': 'T20',
  'AWS::DynamoDB::Table': 'T24',
  'AWS::EC2::Volume': 'T22',
};
const SNAPSHOT_CAPABLE = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::EC2::Volume']);
/** Types whose DeletionPolicy defaults to Snapshot (DB instances only outside a cluster, which are the only ones asked about). */
const SNAPSHOT_BY_DEFAULT = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);

type Outcome = 'delete' | 'retain' | 'snapshot';

export const stackDeleteData: QuestionKind = {
  kind: 'stack-delete-data',
  title: 'What happens to this data store when the stack is deleted',
  topics: ['T28'],
  domain: 'D2',
  needs: [],
  generate(context) {
    return context.checks
      .resources(...Object.keys(DATA_TYPES))
      .map((resource) => questionFor(context, resource))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

/** An Aurora DB instance (DBClusterIdentifier set): its data lives in the cluster volume, not in the instance. */
export function isClusterMember(resource: ResourceDeclaration): boolean {
  return resource.type === 'AWS::RDS::DBInstance' && valueOf(resource.properties, 'DBClusterIdentifier') !== undefined;
}

/** The policy CloudFormation applies on stack deletion, and whether it is the type's default. */
export function deletionOutcome(resource: ResourceDeclaration): { outcome: Outcome; written?: string } | undefined {
  // A question about "the data it holds" does not fit an instance whose data is the cluster's.
  if (isClusterMember(resource)) return undefined;
  const node = valueOf(resource.body, 'DeletionPolicy');
  if (node !== undefined) {
    const written = literalString(node);
    if (written === 'Delete') return { outcome: 'delete', written };
    if (written === 'Retain' || written === 'RetainExceptOnCreate') return { outcome: 'retain', written };
    if (written === 'Snapshot' && SNAPSHOT_CAPABLE.has(resource.type ?? '')) return { outcome: 'snapshot', written };
    return undefined;
  }
  // Read replicas are deleted whatever their policy says; leave them out.
  if (valueOf(resource.properties, 'SourceDBInstanceIdentifier') !== undefined) return undefined;
  return { outcome: SNAPSHOT_BY_DEFAULT.has(resource.type ?? '') ? 'snapshot' : 'delete' };
}

function questionFor(context: GenerateContext, resource: ResourceDeclaration): TemplateQuestion | undefined {
  const found = deletionOutcome(resource);
  if (!found || valueOf(resource.body, 'Condition') !== undefined || mayBeProtected(resource)) return undefined;
  const policy = found.written === undefined ? `no \`DeletionPolicy\`, so the default for this type applies` : `\`DeletionPolicy: ${found.written}\``;
  const options = optionsFor(resource, policy);
  return buildQuestion(stackDeleteData, context, {
    subject: resource.logicalId,
    path: resourcePath(resource),
    stem: `Someone deletes the stack created from \`${context.fileName}\`. What happens to ${resourceLabel(resource)} and the data it holds?`,
    right: [options[found.outcome]],
    wrong: [options.delete, options.retain, options.snapshot, options.never].filter((option) => option !== options[found.outcome]),
    notes: notesFor(resource.type),
    url: DELETION_PAGE,
    topics: [DATA_TYPES[resource.type!], 'T28'],
  });
}

function optionsFor(resource: ResourceDeclaration, policy: string): Record<Outcome | 'never', OptionDraft> {
  const bucket = resource.type === BUCKET;
  const has = `The resource has ${policy}`;
  return {
    delete: bucket
      ? { text: 'CloudFormation deletes the bucket if it is empty; while it still holds objects the deletion fails', why: `${has}: Delete. CloudFormation does not empty buckets, and S3 refuses to delete a bucket with objects in it, so the stack deletion fails until someone empties the bucket.` }
      : { text: 'CloudFormation deletes it together with its data, keeping no final snapshot', why: `${has}: Delete, which removes the resource and its data.` },
    retain: {
      text: 'CloudFormation removes it from the stack but leaves it, with its data, in the account',
      why: `With \`Retain\` (or \`RetainExceptOnCreate\`) a stack deletion leaves the resource in place; ${has.charAt(0).toLowerCase()}${has.slice(1)}.`,
    },
    snapshot: bucket
      ? { text: 'CloudFormation takes a snapshot of the bucket, then deletes it', why: 'S3 buckets have no snapshots: `Snapshot` is accepted only by types such as RDS instances and clusters or EBS volumes.' }
      : { text: 'CloudFormation takes a final snapshot, then deletes it', why: `That is what \`Snapshot\` does (the default for RDS DB clusters and for DB instances outside a cluster); ${has.charAt(0).toLowerCase()}${has.slice(1)}.` },
    never: bucket
      ? { text: 'CloudFormation empties the bucket, then deletes it', why: 'CloudFormation never deletes objects for you: emptying a bucket on stack deletion takes a custom resource or a manual step.' }
      : { text: 'CloudFormation refuses to delete the stack while the resource holds data', why: 'Only non-empty S3 buckets make a deletion fail; CloudFormation does not look at the data of other resources.' },
  };
}

/** RDS and DynamoDB deletion protection makes the deletion fail instead: such resources are not asked about. */
function mayBeProtected(resource: ResourceDeclaration): boolean {
  return ['DeletionProtection', 'DeletionProtectionEnabled'].some((name) => {
    const node = valueOf(resource.properties, name);
    return node !== undefined && literalBoolean(node) !== false;
  });
}

function notesFor(type: string | undefined): string[] {
  if (type === 'AWS::RDS::DBInstance') return ['deletion-policy', 'rds-instance-deletion-policy'];
  if (type === 'AWS::RDS::DBCluster') return ['deletion-policy', 'rds-cluster-deletion-policy'];
  if (type === BUCKET) return ['deletion-policy', 's3-bucket'];
  return ['deletion-policy'];
}
