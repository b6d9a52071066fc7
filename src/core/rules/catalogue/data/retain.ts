/** What the checks on stores without DeletionPolicy and UpdateReplacePolicy Retain share (tables, file systems). */
import { isString } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry } from '../../exam/edits';
import type { CheckContext, CheckHit } from '../types';
import { attributeAt } from '../support/values';

/** How a hit names the store and what it loses: `DynamoDB table`, `table`, `items`. */
export interface StoreWords {
  kind: string;
  noun: string;
  contents: string;
  fixTitle: string;
}

/** A hit on each store whose DeletionPolicy or UpdateReplacePolicy is not Retain, with a fix that inserts the missing ones. */
export function retainHits(context: CheckContext, stores: Iterable<ResourceDeclaration>, words: StoreWords): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const store of stores) {
    const deletion = attributeAt(store, 'DeletionPolicy');
    const replace = attributeAt(store, 'UpdateReplacePolicy');
    const missing = [
      ...(isString(deletion) && deletion.value === 'Retain' ? [] : ['DeletionPolicy']),
      ...(isString(replace) && replace.value === 'Retain' ? [] : ['UpdateReplacePolicy']),
    ];
    // A computed policy (Fn::If on a condition) is the author's choice.
    if (missing.length === 0 || (deletion !== undefined && !isString(deletion)) || (replace !== undefined && !isString(replace))) continue;
    const edits = store.body ? missing.map((name) => insertEntry(context.template, store.body!, name, 'Retain', 'Type')) : [];
    // Only an absent policy is inserted; a policy written with another value is left to the author.
    const insertable = missing.every((name) => attributeAt(store, name) === undefined) && edits.every((edit) => edit !== undefined);
    hits.push({
      message: `${words.kind} '${store.logicalId}' has no ${missing.join(' or ')} Retain: ${consequence(missing, words)}`,
      span: store.key.span,
      path: ['Resources', store.logicalId],
      ...(insertable ? { fixes: [{ title: words.fixTitle, edits: edits.filter((edit) => edit !== undefined), preferred: true }] } : {}),
    });
  }
  return hits;
}

function consequence(missing: string[], { noun, contents }: StoreWords): string {
  if (missing.length === 2) return `deleting the stack, or an update that replaces the ${noun}, deletes its ${contents}`;
  return missing[0] === 'DeletionPolicy'
    ? `deleting the stack (or removing the ${noun} from it) deletes its ${contents}`
    : `an update that replaces the ${noun} deletes the old ${noun} with its ${contents}`;
}
