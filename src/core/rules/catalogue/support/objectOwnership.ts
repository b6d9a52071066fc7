/** Whether a bucket of the template has its ACLs disabled: S3 Object Ownership BucketOwnerEnforced, the default since April 2023. */
import { isSeq, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from './context';
import { possibleValues } from './values';

/**
 * True when no OwnershipControls is given (the default disables ACLs) or every rule is a literal
 * BucketOwnerEnforced; false when a rule may enable ACLs (BucketOwnerPreferred, ObjectWriter, or a computed value).
 */
export function aclsDisabled(context: CheckContext, bucket: ResourceDeclaration): boolean {
  const controls = valueOf(bucket.properties, 'OwnershipControls');
  if (controls === undefined) return true;
  const rules = valueOf(controls, 'Rules');
  if (!isSeq(rules) || rules.items.length === 0) return false;
  return rules.items.every((rule) => {
    const values = possibleValues(context, valueOf(rule, 'ObjectOwnership'));
    return values !== undefined && values.length > 0 && values.every((value) => value === 'BucketOwnerEnforced');
  });
}
