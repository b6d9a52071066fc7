/** T21: the target a SecretTargetAttachment describes, and the type it says it is. */
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const ATTACHMENT = 'AWS::SecretsManager::SecretTargetAttachment';
/** Types whose attributes pass on values of other resources (a nested stack's outputs, a custom resource's data): their own type says nothing of the target. */
const PASS_THROUGH = /^(AWS::CloudFormation::Stack|AWS::Serverless::Application|AWS::CloudFormation::CustomResource|Custom::.+)$/;
/** The databases an attachment describes (the CloudFormation page's list, and RDS Proxy, which the CDK names too). */
const TARGET_TYPES = new Set([
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::DBProxy', 'AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Namespace',
  'AWS::DocDB::DBInstance', 'AWS::DocDB::DBCluster', 'AWS::DocDBElastic::Cluster',
]);
const ATTACHMENT_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secrettargetattachment.html';

/** CX2121: TargetType names another type than the resource TargetId refers to. */
export const secretTargetTypeMismatch: CatalogueCheck = {
  id: 'CX2121',
  title: 'SecretTargetAttachment whose TargetType is not the type of its target',
  topics: ['T21'],
  severity: 'warning',
  url: ATTACHMENT_PAGE,
  explanation: {
    what:
      'The attachment tells Secrets Manager how to read the database it writes into the secret (engine, host, port): TargetType ' +
      'says which kind of database TargetId is, an RDS instance, an RDS or DocumentDB cluster, a Redshift cluster… A type that does ' +
      'not match the target leaves the secret without the connection details, and rotation cannot reach the database.',
    exam: 'rotated credentials for Aurora: TargetType AWS::RDS::DBCluster with TargetId the cluster, not one of its instances.',
    trap: 'an Aurora cluster is AWS::RDS::DBCluster; AWS::RDS::DBInstance is for a database that is not in a cluster.',
  },
  resourceTypes: [ATTACHMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const attachment of context.resources(ATTACHMENT)) {
      const typeEntry = entryOf(attachment.properties, 'TargetType');
      const written = literalString(typeEntry?.value);
      const target = context.referenced(valueOf(attachment.properties, 'TargetId'));
      if (!typeEntry || written === undefined || !target?.type || target.type === written || PASS_THROUGH.test(target.type)) continue;
      hits.push({
        message: TARGET_TYPES.has(target.type)
          ? `'${attachment.logicalId}' gives TargetType ${written}, but TargetId names '${target.logicalId}', of type ${target.type}: use TargetType ${target.type}`
          : `'${attachment.logicalId}' gives TargetType ${written}, but TargetId names '${target.logicalId}', of type ${target.type}, which is not a database an attachment describes: name the DB instance or cluster itself`,
        span: typeEntry.value.span,
        path: ['Resources', attachment.logicalId, 'Properties', 'TargetType'],
      });
    }
    return hits;
  },
};
