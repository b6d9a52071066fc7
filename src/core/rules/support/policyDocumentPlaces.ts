/**
 * Where a resource type holds an IAM policy document, and which kind it is: an identity-based policy
 * (attached to a user, group or role), a role's trust policy, or a resource-based policy. A `*` step is
 * every item of a list (the inline `Policies` of a role).
 */
export type PolicyKind = 'identity' | 'trust' | 'resource' | 'scp';

export interface PolicyDocumentPlace {
  path: readonly string[];
  kind: PolicyKind;
}

const INLINE: PolicyDocumentPlace = { path: ['Policies', '*', 'PolicyDocument'], kind: 'identity' };
const DOCUMENT: PolicyDocumentPlace = { path: ['PolicyDocument'], kind: 'identity' };
const RESOURCE_DOCUMENT: PolicyDocumentPlace = { path: ['PolicyDocument'], kind: 'resource' };

export const POLICY_DOCUMENTS: Readonly<Record<string, readonly PolicyDocumentPlace[]>> = {
  'AWS::IAM::Role': [{ path: ['AssumeRolePolicyDocument'], kind: 'trust' }, INLINE],
  'AWS::IAM::User': [INLINE],
  'AWS::IAM::Group': [INLINE],
  'AWS::IAM::Policy': [DOCUMENT],
  'AWS::IAM::ManagedPolicy': [DOCUMENT],
  'AWS::IAM::RolePolicy': [DOCUMENT],
  'AWS::IAM::UserPolicy': [DOCUMENT],
  'AWS::IAM::GroupPolicy': [DOCUMENT],
  'AWS::S3::BucketPolicy': [RESOURCE_DOCUMENT],
  'AWS::SQS::QueuePolicy': [RESOURCE_DOCUMENT],
  'AWS::SNS::TopicPolicy': [RESOURCE_DOCUMENT],
  'AWS::KMS::Key': [{ path: ['KeyPolicy'], kind: 'resource' }],
  'AWS::ECR::Repository': [{ path: ['RepositoryPolicyText'], kind: 'resource' }],
  'AWS::SecretsManager::ResourcePolicy': [{ path: ['ResourcePolicy'], kind: 'resource' }],
  // Only when its Type is SERVICE_CONTROL_POLICY (iamPolicyGrammar checks): other Organizations policies have grammars of their own.
  'AWS::Organizations::Policy': [{ path: ['Content'], kind: 'scp' }],
};
