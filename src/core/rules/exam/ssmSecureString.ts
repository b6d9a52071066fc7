import type { Finding } from '../../findings';
import { entryOf } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { examFinding, literalString, resourcesOfType } from './values';

/**
 * CX4003: an SSM parameter type that CloudFormation cannot create. An error: the resource reference
 * says "AWS CloudFormation doesn't support creating a SecureString parameter type" (allowed values
 * String and StringList).
 */
export const ssmSecureStringRule: Rule = {
  id: 'CX4003',
  description: 'AWS::SSM::Parameter of type SecureString',
  onlyWith: ['AWS::SSM::Parameter'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const parameter of resourcesOfType(template.root, 'AWS::SSM::Parameter')) {
      const type = entryOf(parameter.properties, 'Type');
      if (!type || literalString(type.value) !== 'SecureString') continue;
      findings.push(
        examFinding({
          ruleId: 'CX4003',
          severity: 'error',
          message:
            `'${parameter.logicalId}' asks for a SecureString parameter, which CloudFormation cannot create: AWS::SSM::Parameter ` +
            'supports only String and StringList',
          span: type.value.span,
          path: ['Resources', parameter.logicalId, 'Properties', 'Type'],
          explanation: {
            text:
              'Create the SecureString outside the stack (console, CLI `aws ssm put-parameter --type SecureString`, or a pipeline ' +
              'step) and read it where a property supports it with a dynamic reference such as ' +
              '`{{resolve:ssm-secure:/myapp/db-password:1}}`; CloudFormation then never stores or shows the value. For a secret ' +
              'the stack itself creates, use AWS::SecretsManager::Secret with GenerateSecretString and ' +
              '`{{resolve:secretsmanager:…}}`, and rotation if needed. The role that reads the parameter also needs kms:Decrypt on ' +
              'its key.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-parameter.html',
            topics: ['T21'],
          },
        }),
      );
    }
    return findings;
  },
};
