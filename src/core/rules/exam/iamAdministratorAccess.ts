import type { Finding } from '../../findings';
import { isMap, isSeq, isString, valueOf, type TemplateNode } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { examFinding, intrinsicName, literalItems, resourcesOfType } from './values';

const ADMIN_POLICY = /^arn:(aws|aws-cn|aws-us-gov|\$\{AWS::Partition\}):iam::aws:policy\/AdministratorAccess$/;

/** CX5001: a role, user or group with the AdministratorAccess managed policy. */
export const iamAdministratorAccessRule: Rule = {
  id: 'CX5001',
  description: 'IAM principal with the AdministratorAccess managed policy',
  onlyWith: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const principal of resourcesOfType(template.root, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')) {
      const arns = literalItems(valueOf(principal.properties, 'ManagedPolicyArns')) ?? [];
      arns.forEach((arn, index) => {
        if (!isAdministratorAccess(arn)) return;
        const kind = principal.type!.split('::')[2].toLowerCase();
        findings.push(
          examFinding({
            ruleId: 'CX5001',
            severity: 'warning',
            message: `IAM ${kind} '${principal.logicalId}' has the AdministratorAccess managed policy: full access to every action on every resource`,
            span: arn.span,
            path: ['Resources', principal.logicalId, 'Properties', 'ManagedPolicyArns', index],
            explanation: {
              text:
                'Least privilege means granting only the actions and resources a task needs: a policy scoped to the services ' +
                'the workload calls (instance profile, task role, CodeBuild or CloudFormation service role), with permission ' +
                'boundaries and Organizations SCPs as guardrails. On the exam, AdministratorAccess on a role is the wrong ' +
                'answer, and "detect roles with admin policies" points to AWS Config (iam-policy-no-statements-with-admin-access).',
              url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
              topics: ['T32'],
            },
          }),
        );
      });
    }
    return findings;
  },
};

/** The ARN literally, through Fn::Sub, or through Fn::Join with Ref AWS::Partition. */
function isAdministratorAccess(node: TemplateNode): boolean {
  if (isString(node)) return ADMIN_POLICY.test(node.value);
  const name = intrinsicName(node);
  if (!isMap(node)) return false;
  const argument = node.entries[0].value;
  if (name === 'Fn::Sub') return isString(argument) && ADMIN_POLICY.test(argument.value);
  if (name !== 'Fn::Join' || !isSeq(argument) || !isString(argument.items[0]) || !isSeq(argument.items[1])) return false;
  const parts = argument.items[1].items.map((part) => {
    if (isString(part)) return part.value;
    return intrinsicName(part) === 'Ref' && isMap(part) && isString(part.entries[0].value) && part.entries[0].value.value === 'AWS::Partition'
      ? '${AWS::Partition}'
      : '\u0000';
  });
  return ADMIN_POLICY.test(parts.join(argument.items[0].value));
}
