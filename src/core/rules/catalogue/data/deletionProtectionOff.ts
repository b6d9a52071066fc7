/** T20, T24: deletion protection written as false on a database or table. */
import { isScalar, isSeq, valueOf, type NodePath, type ScalarNode, type TemplateNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import { literalBoolean } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';

/** Where each type keeps its deletion protection flag; `list` for one per item of a list property. */
const FLAGS: readonly { type: string; property: string; list?: string; what: string }[] = [
  { type: 'AWS::DynamoDB::Table', property: 'DeletionProtectionEnabled', what: 'table' },
  { type: 'AWS::DynamoDB::GlobalTable', list: 'Replicas', property: 'DeletionProtectionEnabled', what: 'table replica' },
  { type: 'AWS::RDS::DBInstance', property: 'DeletionProtection', what: 'database' },
  { type: 'AWS::RDS::DBCluster', property: 'DeletionProtection', what: 'cluster' },
  { type: 'AWS::RDS::GlobalCluster', property: 'DeletionProtection', what: 'global database' },
  { type: 'AWS::DocDB::DBCluster', property: 'DeletionProtection', what: 'cluster' },
  { type: 'AWS::Neptune::DBCluster', property: 'DeletionProtection', what: 'cluster' },
];

/** The maps that hold the flag: the Properties, or each item of a list property. */
function flagHolders(properties: TemplateNode | undefined, base: NodePath, list?: string): { node: TemplateNode; path: NodePath }[] {
  if (!list) return properties ? [{ node: properties, path: base }] : [];
  const items = valueOf(properties, list);
  return isSeq(items) ? items.items.map((item, index) => ({ node: item, path: [...base, list, index] })) : [];
}

/** CX2228: the protection against a deletion by mistake is written off. */
export const deletionProtectionOff: CatalogueCheck = {
  id: 'CX2228',
  title: 'Deletion protection written as false on a database or DynamoDB table',
  topics: ['T22', 'T20', 'T24'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html',
  explanation: {
    what:
      'With deletion protection on, RDS, Aurora, DocumentDB, Neptune and DynamoDB refuse to delete the database or table until the ' +
      'flag is turned off: a mistaken console click, API call or stack deletion fails instead of destroying the data. Writing the ' +
      'flag as false in the template turns that safety off on purpose.',
    exam:
      'protect stateful resources at every layer: deletion protection on the database or table, DeletionPolicy Retain or Snapshot ' +
      'in the template, and a stack policy that denies replacing them.',
    scenario: 'an operator deleted the wrong stack, and the production table must survive such mistakes',
    trap: 'deletion protection also blocks CloudFormation: a stack whose database has it on cannot be deleted until it is turned off, which is the point.',
  },
  resourceTypes: FLAGS.map((flag) => flag.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, property, list, what } of FLAGS) {
      for (const resource of context.resources(type)) {
        for (const { node, path } of flagHolders(resource.properties, ['Resources', resource.logicalId, 'Properties'], list)) {
          const flag = valueOf(node, property);
          if (!isScalar(flag) || literalBoolean(flag) !== false) continue;
          hits.push({
            message: `Deletion protection of ${what} '${resource.logicalId}' is written as false: nothing refuses a delete by mistake (from the console, the API or CloudFormation); set ${property} to true`,
            span: flag.span,
            path: [...path, property],
            fixes: [{ title: 'Turn deletion protection on', edits: [replaceScalar(context.template, flag as ScalarNode, true)], preferred: true }],
          });
        }
      }
    }
    return hits;
  },
};
