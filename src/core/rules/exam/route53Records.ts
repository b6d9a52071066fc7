/** Route 53 records of a template, whether declared one per resource or in a RecordSetGroup. */
import { isMap, toPlain, valueOf, type MapNode, type NodePath, type Span } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import { literalItems, literalString, resourcesOfType } from './values';

export interface RecordDeclaration {
  /** The record's own map (the Properties of a RecordSet, or an item of RecordSets). */
  record: MapNode;
  path: NodePath;
  /** How a message names it: `Primary` or `Records.RecordSets[1]`. */
  label: string;
  /** Where a finding about something missing goes: the resource key, or the item's first key. */
  anchor: Span;
  logicalId: string;
  index?: number;
}

/** The types whose records routeRecords reads: rules built on it find nothing without one. */
export const ROUTE53_RECORD_TYPES: readonly string[] = ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'];

export function routeRecords(template: Template): RecordDeclaration[] {
  return recordsOf(resourcesOfType(template.root, 'AWS::Route53::RecordSet'), resourcesOfType(template.root, 'AWS::Route53::RecordSetGroup'));
}

/** The records of these RecordSet and RecordSetGroup resources, in that order. */
export function recordsOf(recordSets: readonly ResourceDeclaration[], recordSetGroups: readonly ResourceDeclaration[]): RecordDeclaration[] {
  const records: RecordDeclaration[] = [];
  for (const resource of recordSets) {
    if (!resource.properties) continue;
    records.push({
      record: resource.properties,
      path: ['Resources', resource.logicalId, 'Properties'],
      label: resource.logicalId,
      anchor: resource.key.span,
      logicalId: resource.logicalId,
    });
  }
  for (const resource of recordSetGroups) {
    const items = literalItems(valueOf(resource.properties, 'RecordSets')) ?? [];
    items.forEach((item, index) => {
      if (!isMap(item) || item.entries.length === 0) return;
      records.push({
        record: item,
        path: ['Resources', resource.logicalId, 'Properties', 'RecordSets', index],
        label: `${resource.logicalId}.RecordSets[${index}]`,
        anchor: item.entries[0].key.span,
        logicalId: resource.logicalId,
        index,
      });
    });
  }
  return records;
}

/** A comparable form of the record's Name and Type; literal names compare case- and final-dot-insensitively. */
export function nameAndType(record: MapNode): string {
  const name = valueOf(record, 'Name');
  const literal = literalString(name);
  const nameKey = literal !== undefined ? literal.toLowerCase().replace(/\.$/, '') : JSON.stringify(toPlain(name));
  return `${nameKey}|${JSON.stringify(toPlain(valueOf(record, 'Type')))}`;
}

export function isLiteralName(record: MapNode): boolean {
  return literalString(valueOf(record, 'Name')) !== undefined;
}
