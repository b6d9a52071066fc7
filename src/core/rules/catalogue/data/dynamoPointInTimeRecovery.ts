import type { Fix } from '../../../findings';
import { entryOf, isMap, isScalar, valueOf, type TemplateNode } from '../../../model';
import { intrinsicName, literalString } from '../support/values';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { knownItems, neverTrue, propertyHit, push, resourceHit, stringValues } from './common';

const GLOBAL_TABLE = 'AWS::DynamoDB::GlobalTable';

/** CX2418: a DynamoDB table without point-in-time recovery. */
export const dynamoPointInTimeRecovery: CatalogueCheck = {
  id: 'CX2418',
  title: 'DynamoDB table without point-in-time recovery',
  topics: ['T24', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
  explanation: {
    what:
      'Without point-in-time recovery a table can only be restored from on-demand or AWS Backup backups; with it, DynamoDB ' +
      'keeps continuous backups and restores the table to any second of the last 35 days (configurable down to 1).',
    exam:
      'PITR is the answer to "recover from an accidental write or delete with minimal data loss"; it restores to a new ' +
      'table. Global table replicas each need PITR turned on.',
    scenario: 'a faulty deployment overwrote items yesterday afternoon; restore the table to the moment before',
    trap: 'PITR does not survive the deletion of the table beyond its retained backup; also protect the table with DeletionProtectionEnabled.',
  },
  resourceTypes: ['AWS::DynamoDB::Table', GLOBAL_TABLE],
  run(context) {
    const hits: CheckHit[] = globalTableHits(context);
    for (const table of context.resources('AWS::DynamoDB::Table')) {
      if (!table.properties) continue;
      const specification = valueOf(table.properties, 'PointInTimeRecoverySpecification');
      if (specification !== undefined && !isMap(specification)) continue;
      const enabled = valueOf(specification, 'PointInTimeRecoveryEnabled');
      if (!neverTrue(context, enabled)) continue;
      const message = `DynamoDB table '${table.logicalId}' has no point-in-time recovery: it cannot be restored to a moment before a bad write or delete`;
      const fix = pitrFix(context, table);
      push(hits, enabled ? propertyHit(table, ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], message, fix) : resourceHit(table, message, fix));
    }
    return hits;
  },
};

/** A global table whose replicas (each set on its own) leave point-in-time recovery off in some Region. */
function globalTableHits(context: CheckContext): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const table of context.resources(GLOBAL_TABLE)) {
    const replicas = knownItems(valueOf(table.properties, 'Replicas'));
    if (!replicas || replicas.length === 0) continue;
    const without = replicas.filter((replica) => isMap(replica) && neverTrue(context, valueOf(valueOf(replica, 'PointInTimeRecoverySpecification'), 'PointInTimeRecoveryEnabled')));
    if (without.length === 0) continue;
    const regions = without.map((replica) => regionName(context, valueOf(replica, 'Region')));
    const where = without.length === replicas.length ? 'any replica' : `its replica${without.length === 1 ? '' : 's'} in ${regions.join(', ')}`;
    const message =
      `Global table '${table.logicalId}' has no point-in-time recovery on ${where}: each replica sets PointInTimeRecoverySpecification ` +
      'itself, and one without it cannot be restored to a moment before a bad write or delete';
    push(hits, propertyHit(table, ['Replicas'], message, undefined, true));
  }
  return hits;
}

/** A replica's Region in words: its name, the stack's own Region, a parameter, or "a Region known at deploy time". */
function regionName(context: CheckContext, node: TemplateNode | undefined): string {
  const names = stringValues(context, node);
  if (names) return names.join(' or ');
  const target = intrinsicName(node) === 'Ref' ? literalString(valueOf(node, 'Ref')) : undefined;
  if (target === 'AWS::Region') return "the stack's own Region";
  return target ? `the Region ${target} names` : 'a Region known at deploy time';
}

function pitrFix(context: CheckContext, table: ResourceDeclaration): Fix[] | undefined {
  const specification = entryOf(table.properties, 'PointInTimeRecoverySpecification')?.value;
  const current = isMap(specification) ? entryOf(specification, 'PointInTimeRecoveryEnabled')?.value : undefined;
  let edit;
  if (isScalar(current)) edit = replaceScalar(context.template, current, true);
  else if (specification === undefined) edit = insertEntry(context.template, table.properties!, 'PointInTimeRecoverySpecification', { PointInTimeRecoveryEnabled: true }, 'TableName');
  return edit ? [{ title: 'Turn on point-in-time recovery', edits: [edit], preferred: true }] : undefined;
}
