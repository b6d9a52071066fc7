/** Stores that CloudFormation (or the service) deletes only when empty: S3 buckets, backup vaults. */
import { isString } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry } from '../../exam/edits';
import { attributeAt } from '../support/values';
import type { CheckContext, CheckHit } from '../types';

export interface EmptyOnlyWords {
  /** How the message names the store: `Backup vault 'Vault'`. */
  store: (resource: ResourceDeclaration) => string;
  /** What it holds: `recovery points`, `objects`. */
  contents: string;
  /** What emptying it loses: `the backups`, `the data it replicates`. */
  loss: string;
  fixTitle: string;
}

/**
 * A hit on each store without DeletionPolicy Retain (a computed policy is the author's choice): deleting the
 * stack fails once the store holds something, and emptying it to let the stack go loses it. An absent policy
 * gets a fix that inserts Retain.
 */
export function emptyOnlyHits(context: CheckContext, stores: Iterable<ResourceDeclaration>, words: EmptyOnlyWords): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const store of stores) {
    const policy = attributeAt(store, 'DeletionPolicy');
    if (policy !== undefined && (!isString(policy) || policy.value === 'Retain' || policy.value === 'RetainExceptOnCreate')) continue;
    const edit = policy === undefined && store.body ? insertEntry(context.template, store.body, 'DeletionPolicy', 'Retain', 'Type') : undefined;
    hits.push({
      message:
        `${words.store(store)} has ${policy ? `DeletionPolicy ${policy.value}${policy.value === 'Snapshot' ? ' (which CloudFormation takes as Delete here)' : ''}` : 'no DeletionPolicy Retain'}: once it holds ${words.contents}, deleting ` +
        `the stack fails (it is deleted only when empty), and emptying it deletes ${words.loss}; retain it`,
      span: policy ? policy.span : store.key.span,
      path: policy ? ['Resources', store.logicalId, 'DeletionPolicy'] : ['Resources', store.logicalId],
      ...(edit ? { fixes: [{ title: words.fixTitle, edits: [edit], preferred: true }] } : {}),
    });
  }
  return hits;
}
