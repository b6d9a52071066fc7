import { reachableBranches } from '../conditions';
import { finding, type Finding } from '../findings';
import { isSeq, valueOf } from '../model';
import { alternativesOf } from '../schema/constraints/alternatives';
import { conditionOfResource, resourceDeclarations } from '../sections';
import type { Rule } from './rule';

/** Canned ACLs a bucket whose ACLs are disabled still accepts. */
const ACCEPTED_WITHOUT_ACLS = new Set(['Private', 'BucketOwnerFullControl', 'BucketOwnerRead']);

/**
 * E3045: a canned ACL on a bucket whose ACLs are disabled. New buckets use the Bucket owner
 * enforced setting of S3 Object Ownership unless OwnershipControls says otherwise, and S3 then
 * rejects requests that set an ACL (AccessControlListNotSupported), so the bucket is not created.
 */
export const s3AccessControlRule: Rule = {
  id: 'E3045',
  description: 'A bucket with an AccessControl ACL needs OwnershipControls that enable ACLs',
  onlyWith: ['AWS::S3::Bucket'],
  run(template) {
    const findings: Finding[] = [];
    for (const bucket of resourceDeclarations(template.root)) {
      if (bucket.type !== 'AWS::S3::Bucket' || !bucket.properties) continue;
      const acl = valueOf(bucket.properties, 'AccessControl');
      if (!acl || aclsEnabled(valueOf(bucket.properties, 'OwnershipControls'))) continue;
      const path = ['Resources', bucket.logicalId, 'Properties', 'AccessControl'];
      const rejected = alternativesOf(acl, path, { parameter: () => undefined, reachable: reachableBranches(template.root, conditionOfResource(bucket)) }).find(
        (alternative) => alternative.kind === 'scalar' && !ACCEPTED_WITHOUT_ACLS.has(String(alternative.value)),
      );
      if (rejected?.kind !== 'scalar') continue;
      findings.push(
        finding(
          'E3045',
          'error',
          `Bucket '${bucket.logicalId}' sets the ${String(rejected.value)} ACL, but new buckets have ACLs disabled (Object Ownership: bucket owner enforced), so S3 rejects it: ` +
            'add OwnershipControls with ObjectOwnership BucketOwnerPreferred or ObjectWriter, or grant access with a bucket policy instead',
          rejected.node.span,
          rejected.path,
        ),
      );
    }
    return findings;
  },
};

/** OwnershipControls with a rule other than BucketOwnerEnforced (or one computed at deploy time). */
function aclsEnabled(controls: ReturnType<typeof valueOf>): boolean {
  if (controls === undefined) return false;
  const rules = valueOf(controls, 'Rules');
  if (!isSeq(rules)) return true;
  return rules.items.some((rule) => {
    const ownership = valueOf(rule, 'ObjectOwnership');
    return ownership === undefined || ownership.kind !== 'scalar' || ownership.value !== 'BucketOwnerEnforced';
  });
}
