/** Properties that need an ARN given `Ref` to a resource whose Ref returns a name or an id. */
import { intrinsicName } from '../support/values';
import type { TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../types';

/** What `Ref` returns for resource types whose Ref is not their ARN, and the attribute that is. */
const REF_RETURNS: Readonly<Record<string, { gives: string; arn: string }>> = {
  'AWS::Backup::BackupVault': { gives: 'the vault name', arn: 'BackupVaultArn' },
  'AWS::KMS::Key': { gives: 'the key id', arn: 'Arn' },
  'AWS::IAM::Role': { gives: 'the role name', arn: 'Arn' },
  'AWS::S3::Bucket': { gives: 'the bucket name', arn: 'Arn' },
};

export interface RefForArn {
  target: ResourceDeclaration;
  gives: string;
  arn: string;
}

/** The node is `Ref X` where X's Ref is a name or id, not the ARN the property needs. */
export function refForArn(context: CheckContext, node: TemplateNode | undefined): RefForArn | undefined {
  if (intrinsicName(node) !== 'Ref') return undefined;
  const target = context.referenced(node);
  const returns = target?.type ? REF_RETURNS[target.type] : undefined;
  return target && returns ? { target, ...returns } : undefined;
}
