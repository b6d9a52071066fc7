/** The replication rules of a bucket, lifecycle rules, and how a bucket treats public access. */
import { isMap, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { intrinsicName, isNoValue } from '../support/values';

export interface BucketRule {
  bucket: ResourceDeclaration;
  rule: MapNode;
  /** Path of the rule under the bucket's Properties. */
  path: NodePath;
}

/** The items of a list under Properties that are written as maps, with their paths. */
function mapItems(bucket: ResourceDeclaration, list: TemplateNode | undefined, path: NodePath): BucketRule[] {
  if (!isSeq(list)) return [];
  return list.items.flatMap((rule, index) =>
    isMap(rule) && intrinsicName(rule) === undefined && !isNoValue(rule) ? [{ bucket, rule, path: [...path, index] }] : [],
  );
}

export function replicationRules(bucket: ResourceDeclaration): BucketRule[] {
  const rules = valueOf(valueOf(bucket.properties, 'ReplicationConfiguration'), 'Rules');
  return mapItems(bucket, rules, ['ReplicationConfiguration', 'Rules']);
}

export function lifecycleRules(bucket: ResourceDeclaration): BucketRule[] {
  const rules = valueOf(valueOf(bucket.properties, 'LifecycleConfiguration'), 'Rules');
  return mapItems(bucket, rules, ['LifecycleConfiguration', 'Rules']);
}

/** The transitions of a lifecycle rule (Transition and Transitions), with their paths. */
export function transitions(rule: BucketRule, single: string, plural: string): BucketRule[] {
  const found: BucketRule[] = [];
  const one = valueOf(rule.rule, single);
  if (isMap(one) && intrinsicName(one) === undefined) found.push({ bucket: rule.bucket, rule: one, path: [...rule.path, single] });
  return [...found, ...mapItems(rule.bucket, valueOf(rule.rule, plural), [...rule.path, plural])];
}
