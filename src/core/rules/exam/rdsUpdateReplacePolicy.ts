import type { Finding } from '../../findings';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry } from './edits';
import { holdsOwnData } from './rdsHelpers';
import { attributeOf, examFinding, resourcePath, resourcesOfType } from './values';

/** CX4001: a database that a replacing update deletes with its data. */
export const rdsUpdateReplacePolicyRule: Rule = {
  id: 'CX4001',
  description: 'RDS database without an UpdateReplacePolicy',
  onlyWith: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(template: Template): Finding[] {
    return resourcesOfType(template.root, 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')
      .filter((database) => holdsOwnData(database) && database.body && !attributeOf(database, 'UpdateReplacePolicy'))
      .map((database) => {
        const edit = insertEntry(template, database.body!, 'UpdateReplacePolicy', 'Snapshot', 'Type');
        return examFinding({
          ruleId: 'CX4001',
          severity: 'warning',
          message:
            `'${database.logicalId}' has no UpdateReplacePolicy: UpdateReplacePolicy defaults to Delete, so an update that ` +
            'replaces the database loses its data. (Only the default DeletionPolicy of DB clusters and of DB instances ' +
            'outside a cluster is already Snapshot.)',
          span: database.key.span,
          path: resourcePath(database),
          explanation: {
            text:
              'Some property changes (for example Engine, DBInstanceIdentifier or the KMS key) make CloudFormation replace the ' +
              'database: it creates a new one, then deletes the old one as UpdateReplacePolicy says, Delete by default. ' +
              'DeletionPolicy applies only when the resource is deleted from the stack or the stack is deleted, not to ' +
              'replacement. The exam answer for "never lose the data on update or delete" is DeletionPolicy and ' +
              'UpdateReplacePolicy both set to Snapshot (or Retain).',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html',
            topics: ['T20', 'T28'],
          },
          fixes: edit ? [{ title: 'Add UpdateReplacePolicy: Snapshot', edits: [edit], preferred: true }] : undefined,
        });
      });
  },
};
