/**
 * T22: a replica in another Region encrypted with a KMS key of the stack's own Region. KMS keys are
 * Regional: a key is used only in its Region (a multi-Region key has a replica key, with its own ARN, in
 * each Region), so the replica's key must be one of the replica's Region.
 */
import { isSeq, isString, nodeAt, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { arnFields } from '../support/arns';
import type { CheckContext } from '../support/context';
import { templateText } from '../support/mentions';
import { intrinsicName, literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';

const KMS_TYPES = ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey', 'AWS::KMS::Alias'];

/** Where a resource lists its replicas, each with a Region and a key. */
interface ReplicaList {
  type: string;
  list: string;
  key: NodePath;
  /** Whether one item is the stack's own Region (a global table's replicas include it; a secret's are all elsewhere). */
  includesOwnRegion: boolean;
}

const LISTS: readonly ReplicaList[] = [
  { type: 'AWS::SecretsManager::Secret', list: 'ReplicaRegions', key: ['KmsKeyId'], includesOwnRegion: false },
  { type: 'AWS::DynamoDB::GlobalTable', list: 'Replicas', key: ['SSESpecification', 'KMSMasterKeyId'], includesOwnRegion: true },
];

function isOwnRegion(node: TemplateNode | undefined): boolean {
  return intrinsicName(node) === 'Ref' && literalString(valueOf(node, 'Ref')) === 'AWS::Region';
}

/** How the key names a key of the stack's own Region: a KMS resource of the template, or an ARN built with ${AWS::Region}. */
function ownRegionKey(context: CheckContext, node: TemplateNode | undefined): string | undefined {
  const resource = context.referenced(node);
  if (resource) return resource.type !== undefined && KMS_TYPES.includes(resource.type) ? `'${resource.logicalId}', a key of this stack` : undefined;
  const text = intrinsicName(node) === 'Fn::Sub' ? templateText(node) : undefined;
  return text?.startsWith('arn:') && arnFields(text)[3] === '{Region}' ? `an ARN of the stack's own Region` : undefined;
}

/** The replica's Region in words. */
function regionWords(node: TemplateNode | undefined): string {
  if (isString(node)) return node.value;
  const name = intrinsicName(node) === 'Ref' ? literalString(valueOf(node, 'Ref')) : undefined;
  return name !== undefined ? `the Region parameter '${name}' gives` : 'another Region';
}

/** The replica lists a property holds: itself, or each branch of an Fn::If that is a list, with its path. */
function replicaLists(node: TemplateNode | undefined, path: NodePath): { items: TemplateNode[]; path: NodePath }[] {
  if (isSeq(node)) return [{ items: node.items, path }];
  const branches = intrinsicName(node) === 'Fn::If' ? valueOf(node, 'Fn::If') : undefined;
  if (!isSeq(branches)) return [];
  return [1, 2].flatMap((index) => replicaLists(branches.items[index], [...path, 'Fn::If', index]));
}

function hitsOf(context: CheckContext, resource: ResourceDeclaration, list: ReplicaList): CheckHit[] {
  return replicaLists(valueOf(resource.properties, list.list), [list.list]).flatMap(({ items, path }) => {
    if (list.includesOwnRegion && !items.some((item) => isOwnRegion(valueOf(item, 'Region')))) return [];
    return items.flatMap((item, index) => {
      const region = valueOf(item, 'Region');
      if (region === undefined || isOwnRegion(region)) return [];
      const key = ownRegionKey(context, nodeAt(item, list.key));
      if (!key) return [];
      const hit = propertyHit(
        resource,
        [...path, index, ...list.key],
        `The replica of '${resource.logicalId}' in ${regionWords(region)} is encrypted with ${key}: a KMS key works only in its own Region, ` +
          "so the replica cannot use it; give the replica a key of its Region (the multi-Region replica key's ARN there)",
      );
      return hit ? [hit] : [];
    });
  });
}

/** CX2225: a replica in another Region encrypted with a key of the stack's Region. */
export const replicaKeyOfOwnRegion: CatalogueCheck = {
  id: 'CX2225',
  title: "Replica in another Region encrypted with a KMS key of the stack's own Region",
  topics: ['T22', 'T21', 'T24'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
  explanation: {
    what:
      "A KMS key belongs to one Region and is used only there. A secret's replica or a global table's replica in another Region " +
      'must be encrypted with a key of that Region; the key ARN of the primary Region (or a key this stack creates) does not work ' +
      'there, and the replica fails to encrypt.',
    exam:
      'multi-Region keys: create the primary key with MultiRegion true, an AWS::KMS::ReplicaKey in each other Region (same key ID, ' +
      "that Region's ARN), and give each replica the ARN of the key in its own Region.",
    scenario: 'the secret and the table must be readable in the DR Region if the primary Region fails, encrypted with your own key',
    trap: 'a multi-Region key has the same key ID everywhere, but its ARN names the Region: the primary ARN is still the wrong one for the replica.',
  },
  resourceTypes: LISTS.map((list) => list.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const list of LISTS) {
      for (const resource of context.resources(list.type)) for (const hit of hitsOf(context, resource, list)) push(hits, hit);
    }
    return hits;
  },
};
