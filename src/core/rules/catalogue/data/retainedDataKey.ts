/** T20: data the stack keeps on deletion, encrypted with a KMS key the stack deletes. */
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt, literalString } from '../support/values';
import { keyProperties, keysNamed, OTHER_USES, passesOn } from './keyReferences';

const KEY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html';
/** Policies that leave something behind when the stack is deleted: the resource itself, or its snapshot. */
const KEEPS_DATA = new Set(['Retain', 'RetainExceptOnCreate', 'Snapshot']);
const KEEPS_KEY = new Set(['Retain', 'RetainExceptOnCreate']);

function deletionPolicy(resource: ResourceDeclaration): string | undefined {
  return literalString(attributeAt(resource, 'DeletionPolicy'));
}

/** CX2040: a retained (or snapshotted) resource encrypted with a key of the template that is not retained. */
export const retainedDataDeletedKey: CatalogueCheck = {
  id: 'CX2040',
  title: 'Data kept on stack deletion, encrypted with a KMS key of the stack that is not kept',
  topics: ['T20', 'T22'],
  severity: 'warning',
  url: KEY_PAGE,
  explanation: {
    what:
      'DeletionPolicy Retain (or Snapshot) keeps a bucket, table, database, volume or its snapshot when the stack is deleted. A KMS ' +
      'key of the same stack without DeletionPolicy Retain is removed with it: KMS schedules the key for deletion (after ' +
      'PendingWindowInDays, 30 days by default, 7 at least) and then destroys it, and whatever it encrypted can never be decrypted again.',
    exam:
      'data-safety settings must agree: retain the key that encrypts retained data (DeletionPolicy and UpdateReplacePolicy Retain on ' +
      'the AWS::KMS::Key), or encrypt with a key managed outside the stack.',
    scenario: 'the application stack is deleted, and months later the retained bucket or database snapshot must be restored',
    trap: 'a key pending deletion can still be recovered (CancelKeyDeletion) during the waiting period, but not after.',
  },
  resourceTypes: ['AWS::KMS::Key'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of resourceDeclarations(context.template.root)) {
      const policy = deletionPolicy(resource);
      if (!policy || !KEEPS_DATA.has(policy) || !resource.type || OTHER_USES.has(resource.type) || passesOn(resource.type) || !resource.properties) continue;
      const found: Parameters<typeof keyProperties>[2] = [];
      keyProperties(resource.properties, [], found);
      const reported = new Set<string>();
      for (const { node, path } of found) {
        for (const key of keysNamed(context, node)) {
          if (!key || reported.has(key.logicalId) || KEEPS_KEY.has(deletionPolicy(key) ?? '')) continue;
          reported.add(key.logicalId);
          hits.push({
            message:
              `'${resource.logicalId}' is kept when the stack is deleted (DeletionPolicy ${policy}), but key '${key.logicalId}' that ` +
              'encrypts it is not: KMS deletes the key after its waiting period, and the kept data can no longer be decrypted; give ' +
              'the key DeletionPolicy Retain',
            span: node.span,
            path: ['Resources', resource.logicalId, 'Properties', ...path],
          });
        }
      }
    }
    return hits;
  },
};
