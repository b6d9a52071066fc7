import type { Finding } from '../../findings';
import { isMap, isSeq, isString, valueOf, type TemplateNode } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { examFinding, intrinsicName, literalItems, resourcesOfType } from './values';

const SAM_FUNCTION = 'AWS::Serverless::Function';

const ADMIN_POLICY = /^arn:(aws|aws-cn|aws-us-gov|\$\{AWS::Partition\}):iam::aws:policy\/AdministratorAccess$/;

/** CX5001: a role, user or group with the AdministratorAccess managed policy. */
export const iamAdministratorAccessRule: Rule = {
  id: 'CX5001',
  description: 'IAM principal with the AdministratorAccess managed policy',
  onlyWith: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', SAM_FUNCTION],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const principal of resourcesOfType(template.root, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', SAM_FUNCTION)) {
      const sam = principal.type === SAM_FUNCTION;
      const places = sam ? samPolicies(valueOf(principal.properties, 'Policies')) : managedPolicies(valueOf(principal.properties, 'ManagedPolicyArns'));
      places.forEach(({ node: arn, path: rest }) => {
        if (!(isAdministratorAccess(arn) || (sam && isString(arn) && arn.value === 'AdministratorAccess'))) return;
        const kind = sam ? 'SAM function' : `IAM ${principal.type!.split('::')[2].toLowerCase()}`;
        const role = sam ? ' (on the execution role SAM creates)' : '';
        findings.push(
          examFinding({
            ruleId: 'CX5001',
            severity: 'warning',
            message: `${kind} '${principal.logicalId}' has the AdministratorAccess managed policy${role}: full access to every action on every resource`,
            span: arn.span,
            path: ['Resources', principal.logicalId, 'Properties', ...rest],
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

interface PolicyPlace {
  node: TemplateNode;
  path: Array<string | number>;
}

/** The items of ManagedPolicyArns written as a list. */
function managedPolicies(node: TemplateNode | undefined): PolicyPlace[] {
  return (literalItems(node) ?? []).map((item, index) => ({ node: item, path: ['ManagedPolicyArns', index] }));
}

/** A SAM function's Policies: one policy name or ARN, or a list mixing names, ARNs, documents and policy templates. */
function samPolicies(node: TemplateNode | undefined): PolicyPlace[] {
  if (node === undefined) return [];
  if (isSeq(node)) return node.items.map((item, index) => ({ node: item, path: ['Policies', index] }));
  return [{ node, path: ['Policies'] }];
}

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
