/** DeletionPolicy and UpdateReplacePolicy: the values CloudFormation accepts for a resource type. */
import { finding, type Finding } from '../../findings';
import { entryOf, isMap, isScalar, isSeq, isString, valueOf, type NodePath, type ScalarNode, type TemplateNode } from '../../model';
import { parameterDeclaration } from '../../sections';
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
  const entry = entryOf(resource.body, attribute);
  if (!entry) return [];
  if (isComputed(entry.value)) return parameterSnapshot(template, resource, ruleId, attribute, entry.value);
  const node = entry.value;
  const path = ['Resources', resource.logicalId, attribute];
  const canSnapshot = resource.type !== undefined && SNAPSHOT_TYPES.includes(resource.type);
  const allowed = canSnapshot ? [...values, 'Snapshot'] : values;
  if (!isScalar(node)) {
    return [finding(ruleId, 'error', `${attribute} takes one of ${allowed.join(', ')}, not ${describeNode(node)}`, entry.key.span, path)];
  }
  const value = String(node.value);
  if (allowed.includes(value)) return [];
  if (value === 'Snapshot') return [snapshotIgnored(template, ruleId, attribute, resource.type, node, path)];
  const found = finding(ruleId, 'error', `${attribute} must be one of ${allowed.join(', ')}, not ${describeNode(node)}`, node.span, path);
  const sameButCase = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (sameButCase) {
    const newText = template.text.slice(node.span.start, node.span.end).replace(value, sameButCase);
    found.fixes = [{ title: `Change to '${sameButCase}'`, edits: [{ span: node.span, newText }], preferred: true }];
  }
  return [found];
}

/**
 * Snapshot on a type CloudFormation cannot snapshot is accepted and read as Delete ("If you specify the
 * Snapshot option … for a resource that doesn't support snapshots, CloudFormation reverts to the default
 * option, which is Delete", the UpdateReplacePolicy page; the CDK saw the same for DeletionPolicy): no
 * rejection, but the data the policy seems to protect is lost.
 */
function snapshotIgnored(template: Template, ruleId: string, attribute: string, type: string | undefined, node: ScalarNode, path: NodePath): Finding {
  const message =
    `${attribute} Snapshot does nothing on ${type}: CloudFormation takes snapshots only of ${SNAPSHOT_TYPES.join(', ')}, ` +
    'and on other types reads Snapshot as Delete (use Retain to keep the resource)';
  const found = finding(ruleId, 'warning', message, node.span, path);
  const newText = template.text.slice(node.span.start, node.span.end).replace('Snapshot', 'Retain');
  found.fixes = [{ title: "Change to 'Retain'", edits: [{ span: node.span, newText }] }];
  return found;
}

/**
 * With AWS::LanguageExtensions the policy may come from a parameter (`DeletionPolicy: !Ref Policy`): a
 * Snapshot among the values it allows does nothing on a type CloudFormation cannot snapshot.
 */
function parameterSnapshot(template: Template, resource: ResourceDeclaration, ruleId: string, attribute: string, node: TemplateNode): Finding[] {
  if (resource.type === undefined || SNAPSHOT_TYPES.includes(resource.type) || !isMap(node) || node.entries.length !== 1 || node.entries[0].key.value !== 'Ref') return [];
  const name = node.entries[0].value;
  const parameter = isString(name) ? parameterDeclaration(template.root, name.value) : undefined;
  const values = [valueOf(parameter, 'Default'), ...(asList(valueOf(parameter, 'AllowedValues')))].filter(isScalar).map((value) => String(value.value));
  if (!values.includes('Snapshot')) return [];
  const message =
    `${attribute} comes from parameter '${(name as { value: string }).value}', which allows Snapshot: on ${resource.type} CloudFormation ` +
    `takes no snapshot and reads Snapshot as Delete (only ${SNAPSHOT_TYPES.join(', ')} are snapshotted); allow Retain instead`;
  return [finding(ruleId, 'warning', message, node.span, ['Resources', resource.logicalId, attribute])];
}

function asList(node: TemplateNode | undefined): TemplateNode[] {
  return isSeq(node) ? node.items : [];
}
