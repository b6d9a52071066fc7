import type { Finding } from '../../findings';
import { isMap, isSeq, valueOf, type NodePath, type TemplateNode } from '../../model';
import { currentSchema } from '../../schema/current';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { examFinding, literalItems, literalString, resourcesOfType } from './values';

interface PolicyDocument {
  document: TemplateNode | undefined;
  path: NodePath;
}

const IAM_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy'];
/** SAM resources whose `Policies` may hold inline policy documents beside managed policy names and policy templates. */
const SAM_TYPES = ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'];

const EXPLANATION = {
  text:
    'An Allow of every action on every resource is AdministratorAccess written inline, with the same risk; every action of a ' +
    'service on every resource (s3:* on *) gives that service entirely. Least privilege grants only the actions and resources ' +
    'the task needs. The exam expects scoped policies, permission boundaries and SCPs, and AWS Config rules to detect such statements.',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  topics: ['T32'],
};

/** CX5002: an Allow statement of an identity policy for every action, or every action of a service, on every resource. */
export const iamWildcardPolicyRule: Rule = {
  id: 'CX5002',
  description: 'IAM policy that allows every action (or every action of a service) on every resource',
  onlyWith: [...IAM_TYPES, ...SAM_TYPES],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    const boundaries = boundaryPolicies(template.root);
    const registry = currentSchema()?.registry;
    for (const resource of resourcesOfType(template.root, ...IAM_TYPES, ...SAM_TYPES)) {
      // A permissions boundary grants nothing: it caps what identity policies grant.
      if (resource.type === 'AWS::IAM::ManagedPolicy' && boundaries.has(resource.logicalId) && !attachesToIdentities(resource)) continue;
      for (const { document, path } of policyDocuments(resource)) {
        statementsOf(document).forEach((statement, index) => {
          // A service with no resource types (ssmmessages, ec2messages…) can only be granted on "*".
          const granted = wildcardGrants(statement).filter((grant) => grant === '*' || !registry?.iamServiceTakesOnlyStar(grant.slice(0, -2)));
          if (granted.length === 0) return;
          findings.push(
            examFinding({
              ruleId: 'CX5002',
              severity: 'warning',
              message:
                granted[0] === '*'
                  ? `A policy of '${resource.logicalId}' allows Action "*" on Resource "*": that is administrator access`
                  : `A policy of '${resource.logicalId}' allows ${everyActionOf(granted)} (${granted.join(', ')}) on Resource "*": grant only the actions and resources the task needs`,
              span: statement.span,
              path: [...path, 'Statement', index],
              explanation: EXPLANATION,
            }),
          );
        });
      }
    }
    return findings;
  },
};

/** Logical ids of managed policies some resource names as its PermissionsBoundary. */
function boundaryPolicies(root: TemplateNode | undefined): Set<string> {
  const names = new Set<string>();
  for (const resource of resourcesOfType(root, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine')) {
    const target = refTarget(valueOf(resource.properties, 'PermissionsBoundary'));
    if (target) names.add(target);
  }
  return names;
}

function refTarget(node: TemplateNode | undefined): string | undefined {
  return isMap(node) && node.entries.length === 1 && node.entries[0].key.value === 'Ref' ? literalString(node.entries[0].value) : undefined;
}

/** A managed policy that also attaches itself to roles, users or groups grants what it allows to them. */
function attachesToIdentities(resource: ResourceDeclaration): boolean {
  return ['Roles', 'Users', 'Groups'].some((name) => valueOf(resource.properties, name) !== undefined);
}

function policyDocuments(resource: ResourceDeclaration): PolicyDocument[] {
  const base: NodePath = ['Resources', resource.logicalId, 'Properties'];
  if (SAM_TYPES.includes(resource.type!)) return samDocuments(valueOf(resource.properties, 'Policies'), [...base, 'Policies']);
  if (resource.type !== 'AWS::IAM::Role' && resource.type !== 'AWS::IAM::User' && resource.type !== 'AWS::IAM::Group') {
    return [{ document: valueOf(resource.properties, 'PolicyDocument'), path: [...base, 'PolicyDocument'] }];
  }
  const policies = literalItems(valueOf(resource.properties, 'Policies')) ?? [];
  return policies.map((policy, index) => ({
    document: valueOf(policy, 'PolicyDocument'),
    path: [...base, 'Policies', index, 'PolicyDocument'],
  }));
}

/** The inline documents of SAM `Policies`: one document, or the documents among a list's items (names and templates skipped). */
function samDocuments(policies: TemplateNode | undefined, path: NodePath): PolicyDocument[] {
  if (isMap(policies)) return valueOf(policies, 'Statement') ? [{ document: policies, path }] : [];
  if (!isSeq(policies)) return [];
  return policies.items.flatMap((item, index) => (isMap(item) && valueOf(item, 'Statement') ? [{ document: item, path: [...path, index] }] : []));
}

function statementsOf(document: TemplateNode | undefined): TemplateNode[] {
  const statement = valueOf(document, 'Statement');
  if (isSeq(statement)) return statement.items;
  return isMap(statement) ? [statement] : [];
}

/** What an unconditional Allow on Resource "*" grants wholesale: ['*'] (everything), each 'service:*', or nothing. */
function wildcardGrants(statement: TemplateNode): string[] {
  if (literalString(valueOf(statement, 'Effect')) !== 'Allow' || valueOf(statement, 'Condition')) return [];
  if (!literalValues(valueOf(statement, 'Resource')).includes('*')) return [];
  const actions = literalValues(valueOf(statement, 'Action'));
  if (actions.some((action) => action === '*' || action === '*:*')) return ['*'];
  // iam:* on * is reported as PassRole on every role (CX3210), the escalation it opens.
  return actions.filter((action) => /^[a-z0-9-]+:\*$/i.test(action) && action.toLowerCase() !== 'iam:*');
}

/** "every s3 action", or "every action of logs and s3". */
function everyActionOf(grants: string[]): string {
  const services = grants.map((grant) => grant.slice(0, -2));
  if (services.length === 1) return `every ${services[0]} action`;
  return `every action of ${services.slice(0, -1).join(', ')} and ${services[services.length - 1]}`;
}

function literalValues(node: TemplateNode | undefined): string[] {
  const values = isSeq(node) ? node.items.map(literalString) : [literalString(node)];
  return values.filter((value): value is string => value !== undefined);
}
