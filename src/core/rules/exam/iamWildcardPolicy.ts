import type { Finding } from '../../findings';
import { isMap, isSeq, valueOf, type NodePath, type TemplateNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { examFinding, literalItems, literalString, resourcesOfType } from './values';

interface PolicyDocument {
  document: TemplateNode | undefined;
  path: NodePath;
}

/** CX5002: an Allow statement for every action on every resource. */
export const iamWildcardPolicyRule: Rule = {
  id: 'CX5002',
  description: 'IAM policy that allows every action on every resource',
  onlyWith: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    const resources = resourcesOfType(template.root, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy');
    for (const resource of resources) {
      for (const { document, path } of policyDocuments(resource)) {
        statementsOf(document).forEach((statement, index) => {
          if (!allowsEverything(statement)) return;
          findings.push(
            examFinding({
              ruleId: 'CX5002',
              severity: 'warning',
              message: `A policy of '${resource.logicalId}' allows Action "*" on Resource "*": that is administrator access`,
              span: statement.span,
              path: [...path, 'Statement', index],
              explanation: {
                text:
                  'An Allow of every action on every resource is AdministratorAccess written inline, with the same risk: least ' +
                  'privilege grants only the actions and resources the task needs. The exam expects scoped policies, permission ' +
                  'boundaries and SCPs, and AWS Config rules to detect such statements.',
                url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
                topics: ['T32'],
              },
            }),
          );
        });
      }
    }
    return findings;
  },
};

function policyDocuments(resource: ResourceDeclaration): PolicyDocument[] {
  const base: NodePath = ['Resources', resource.logicalId, 'Properties'];
  if (resource.type !== 'AWS::IAM::Role' && resource.type !== 'AWS::IAM::User' && resource.type !== 'AWS::IAM::Group') {
    return [{ document: valueOf(resource.properties, 'PolicyDocument'), path: [...base, 'PolicyDocument'] }];
  }
  const policies = literalItems(valueOf(resource.properties, 'Policies')) ?? [];
  return policies.map((policy, index) => ({
    document: valueOf(policy, 'PolicyDocument'),
    path: [...base, 'Policies', index, 'PolicyDocument'],
  }));
}

function statementsOf(document: TemplateNode | undefined): TemplateNode[] {
  const statement = valueOf(document, 'Statement');
  if (isSeq(statement)) return statement.items;
  return isMap(statement) ? [statement] : [];
}

function allowsEverything(statement: TemplateNode): boolean {
  if (literalString(valueOf(statement, 'Effect')) !== 'Allow' || valueOf(statement, 'Condition')) return false;
  return isWildcard(valueOf(statement, 'Action'), ['*', '*:*']) && isWildcard(valueOf(statement, 'Resource'), ['*']);
}

function isWildcard(node: TemplateNode | undefined, wildcards: string[]): boolean {
  const values = isSeq(node) ? node.items.map(literalString) : [literalString(node)];
  return values.some((value) => value !== undefined && wildcards.includes(value));
}
