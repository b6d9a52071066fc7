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
      const edits = table.body && deletion === undefined && replace === undefined
        ? [insertEntry(context.template, table.body, 'UpdateReplacePolicy', 'Retain', 'Type'), insertEntry(context.template, table.body, 'DeletionPolicy', 'Retain', 'Type')]
        : [];
      hits.push({
        message:
          `DynamoDB table '${table.logicalId}' has no ${missing.join(' or ')} Retain: deleting the stack or an update that ` +
          'replaces the table deletes its items',
        span: table.key.span,
        path: ['Resources', table.logicalId],
        ...(edits.length === 2 && edits.every(Boolean) ? { fixes: [{ title: 'Retain the table on delete and replacement', edits: edits as NonNullable<(typeof edits)[number]>[], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};
