import { resourceDeclarations } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { dynamicReferences, propertyName } from './dynamicReferences';

/** Resource properties the CloudFormation User Guide lists as supporting `ssm-secure`. */
const SUPPORTED: Readonly<Record<string, readonly string[]>> = {
  'AWS::DirectoryService::MicrosoftAD': ['Password'],
  'AWS::DirectoryService::SimpleAD': ['Password'],
  'AWS::ElastiCache::ReplicationGroup': ['AuthToken'],
  'AWS::IAM::User': ['LoginProfile.Password'],
  'AWS::KinesisFirehose::DeliveryStream': ['RedshiftDestinationConfiguration.Password'],
  'AWS::OpsWorks::App': ['AppSource.Password'],
  'AWS::OpsWorks::Stack': ['CustomCookbooksSource.Password', 'RdsDbInstances.DbPassword'],
  'AWS::RDS::DBCluster': ['MasterUserPassword'],
  'AWS::RDS::DBInstance': ['MasterUserPassword'],
  'AWS::Redshift::Cluster': ['MasterUserPassword'],
};

/**
 * A password-like property of another resource may have been added to the list since: never reported.
 * A key of a free-form map (a Lambda environment variable DB_PASSWORD, a tag, a nested stack's
 * parameter) is no property and stays reported.
 */
const PASSWORD_FIELD = /(password|passwd|authtoken|secret)$/i;
const FREE_FORM_MAP = /(^|\.)(Variables|Tags|Parameters)\./;

/** CX2110: an ssm-secure reference in a property that cannot take one. */
export const ssmSecureUnsupported: CatalogueCheck = {
  id: 'CX2110',
  title: 'ssm-secure dynamic reference in a property that does not support it',
  topics: ['T21'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm-secure-strings.html',
  rejection: {
    quote: 'Secure strings can only be used for resource properties that support the ssm-secure dynamic reference pattern.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm-secure-strings.html',
  },
  explanation: {
    what:
      'CloudFormation resolves {{resolve:ssm-secure:…}} only in a short list of password properties (RDS and Redshift master ' +
      'passwords, IAM user login profiles, ElastiCache AuthToken, Directory Service passwords…); anywhere else, such as ' +
      'Lambda environment variables, user data, task definitions or custom resources, the stack fails.',
    exam:
      'to hand a secret to an application, let the application read it at run time (SSM GetParameter with decryption, or ' +
      'Secrets Manager GetSecretValue) through its IAM role with kms:Decrypt, or use {{resolve:secretsmanager:…}}, which ' +
      'works in most resource properties (not in custom resources, cfn-init metadata or EC2 UserData).',
    scenario: 'the Lambda function needs the database password without it appearing in the template',
    trap: 'a resolved secret in an environment variable or user data is visible to anyone who can read the function or instance configuration.',
  },
  resourceTypes: ['AWS::Lambda::Function', 'AWS::EC2::Instance', 'AWS::ECS::TaskDefinition'],
  readsEveryResource: true,
  needsText: ['{{resolve:'],
  run(context) {
    const hits: CheckHit[] = [];
    if (!context.mentions('{{resolve:')) return hits;
    for (const resource of resourceDeclarations(context.template.root)) {
      if (!resource.properties || !resource.type) continue;
      const custom = resource.type.startsWith('Custom::') || resource.type === 'AWS::CloudFormation::CustomResource';
      const supported = SUPPORTED[resource.type] ?? [];
      for (const reference of dynamicReferences(resource.properties, ['Resources', resource.logicalId, 'Properties'])) {
        if (reference.service !== 'ssm-secure') continue;
        const name = propertyName(reference.path);
        if (supported.includes(name)) continue;
        if (!custom && !(resource.type in SUPPORTED) && PASSWORD_FIELD.test(name) && !FREE_FORM_MAP.test(name)) continue;
        hits.push({
          message:
            `'${resource.logicalId}' uses an ssm-secure reference in ${name}: CloudFormation resolves secure strings only in ` +
            'the properties that support them, and fails the stack here',
          span: reference.node.span,
          path: reference.path,
        });
      }
    }
    return hits;
  },
};
