import type { CatalogueCheck } from '../types';
import { TABLE_TYPES } from './dynamodb';
import { retainHits } from './retain';

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
    return retainHits(context, context.resources(...TABLE_TYPES), { kind: 'DynamoDB table', noun: 'table', contents: 'items', fixTitle: 'Retain the table on delete and replacement' });
  },
};
