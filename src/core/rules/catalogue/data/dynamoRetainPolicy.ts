import { isString } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { insertEntry } from '../../exam/edits';
import { TABLE_TYPES } from './dynamodb';

/** CX2419: a DynamoDB table deleted with the stack or on replacement. */
export const dynamoRetainPolicy: CatalogueCheck = {
  id: 'CX2419',
  title: 'DynamoDB table without DeletionPolicy and UpdateReplacePolicy Retain',
  topics: ['T24', 'T28'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
  explanation: {
    what:
      'Tables are deleted with the stack by default, and an update that replaces the table (a new key schema, a changed ' +
      'LocalSecondaryIndexes or TableName) deletes the old one with all its items unless UpdateReplacePolicy is Retain.',
    exam:
      'protect stateful resources: DeletionPolicy and UpdateReplacePolicy Retain on tables, DeletionProtectionEnabled, and a ' +
      'stack policy or change set review before updates that show "Replacement: True".',
    scenario: 'an update to the table\'s indexes must not lose the data in it',
    trap: 'DynamoDB tables do not support DeletionPolicy Snapshot: use Retain and backups (PITR, AWS Backup).',
  },
  resourceTypes: TABLE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources(...TABLE_TYPES)) {
      const deletion = attributeAt(table, 'DeletionPolicy');
      const replace = attributeAt(table, 'UpdateReplacePolicy');
      const missing = [
        ...(isString(deletion) && deletion.value === 'Retain' ? [] : ['DeletionPolicy']),
        ...(isString(replace) && replace.value === 'Retain' ? [] : ['UpdateReplacePolicy']),
      ];
      // A computed policy (Fn::If on a condition) is the author's choice.
      if (missing.length === 0 || (deletion !== undefined && !isString(deletion)) || (replace !== undefined && !isString(replace))) continue;
      const consequence = missing.length === 2
        ? 'deleting the stack, or an update that replaces the table, deletes its items'
        : missing[0] === 'DeletionPolicy'
          ? 'deleting the stack (or removing the table from it) deletes its items'
          : 'an update that replaces the table deletes the old table with its items';
      const edits = table.body ? missing.map((name) => insertEntry(context.template, table.body!, name, 'Retain', 'Type')) : [];
      // Only an absent policy is inserted; a policy written with another value is left to the author.
      const insertable = missing.every((name) => attributeAt(table, name) === undefined) && edits.every((edit) => edit !== undefined);
      hits.push({
        message: `DynamoDB table '${table.logicalId}' has no ${missing.join(' or ')} Retain: ${consequence}`,
        span: table.key.span,
        path: ['Resources', table.logicalId],
        ...(insertable ? { fixes: [{ title: 'Retain the table on delete and replacement', edits: edits.filter((edit) => edit !== undefined), preferred: true }] } : {}),
      });
    }
    return hits;
  },
};
