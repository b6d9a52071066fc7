/** DeletionPolicy and UpdateReplacePolicy: the values CloudFormation accepts for a resource type. */
import { finding, type Finding } from '../../findings';
import { isScalar } from '../../model';
import { isComputed } from '../../schema/values';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import { describeNode } from './describe';

/** The resource types CloudFormation can snapshot before deleting or replacing them. */
export const SNAPSHOT_TYPES: readonly string[] = [
  'AWS::DocDB::DBCluster',
  'AWS::EC2::Volume',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::Neptune::DBCluster',
  'AWS::RDS::DBCluster',
  'AWS::RDS::DBInstance',
  'AWS::Redshift::Cluster',
];

/** The findings about one resource's DeletionPolicy or UpdateReplacePolicy. */
export function checkRemovalPolicy(template: Template, resource: ResourceDeclaration, ruleId: string, attribute: string, values: readonly string[]): Finding[] {
  const entry = resource.body?.entries.find((candidate) => candidate.key.value === attribute);
  if (!entry || isComputed(entry.value)) return [];
  const node = entry.value;
  const path = ['Resources', resource.logicalId, attribute];
  const canSnapshot = resource.type !== undefined && SNAPSHOT_TYPES.includes(resource.type);
  const allowed = canSnapshot ? [...values, 'Snapshot'] : values;
  if (!isScalar(node)) {
    return [finding(ruleId, 'error', `${attribute} takes one of ${allowed.join(', ')}, not ${describeNode(node)}`, entry.key.span, path)];
  }
  const value = String(node.value);
  if (allowed.includes(value)) return [];
  const message =
    value === 'Snapshot'
      ? `${attribute} Snapshot is only for types CloudFormation can snapshot (${SNAPSHOT_TYPES.join(', ')}), not ${resource.type}`
      : `${attribute} must be one of ${allowed.join(', ')}, not ${describeNode(node)}`;
  const found = finding(ruleId, 'error', message, node.span, path);
  const sameButCase = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (sameButCase) {
    const newText = template.text.slice(node.span.start, node.span.end).replace(value, sameButCase);
    found.fixes = [{ title: `Change to '${sameButCase}'`, edits: [{ span: node.span, newText }], preferred: true }];
  }
  return [found];
}
