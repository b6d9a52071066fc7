/** T32: least privilege in IAM policies written in the template (escalation paths, open trust, deny-lists). */
import { entryOf, isMap, isSeq, isString, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { identityStatements, literalStrings, servicePrincipals, statementAllowsAction, trustStatements, trustsService } from '../support/policyDocuments';
import { intrinsicName, isNoValue, literalString } from '../support/values';

const BEST_PRACTICES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html';
const ROLE = 'AWS::IAM::Role';

function isAllow(statement: Parameters<typeof statementAllowsAction>[0]): boolean {
  return literalString(valueOf(statement, 'Effect')) === 'Allow';
}

/** CX3210: iam:PassRole on every role lets the holder hand any role, including admin ones, to a service it controls. */
export const passRoleOnEveryRole: CatalogueCheck = {
  id: 'CX3210',
  title: 'iam:PassRole allowed on every role (Resource "*")',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  explanation: {
    what:
      'iam:PassRole lets a principal give a role to a service (an EC2 instance profile, a Lambda function, a CloudFormation ' +
      'stack). Allowed on Resource "*", it lets the holder pass any role, including an administrator one, and act through it.',
    exam:
      'scope PassRole to the ARNs of the roles the workload may pass, and add the iam:PassedToService condition; this is the ' +
      'classic privilege-escalation path the exam expects you to close.',
    scenario: 'developers may create Lambda functions but must not be able to grant them more permissions than approved',
  },
  resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { statement, path, owner } of identityStatements(context)) {
      if (!isAllow(statement) || valueOf(statement, 'Condition') !== undefined) continue;
      const actions = literalStrings(valueOf(statement, 'Action'));
      const resources = literalStrings(valueOf(statement, 'Resource'));
      if (!actions || !resources || !resources.includes('*') || actions.some((action) => action === '*' || action === '*:*')) continue;
      if (statementAllowsAction(statement, 'iam:PassRole') !== 'yes') continue;
      hits.push({
        message: `A policy of '${owner.logicalId}' allows iam:PassRole on every role (Resource "*"): whoever holds it can pass an administrator role to a service`,
        span: entryOf(statement, 'Action')!.key.span,
        path: [...path, 'Action'],
      });
    }
    return hits;
  },
};

/** CX3211: a trust policy open to any principal. */
export const trustAnyPrincipal: CatalogueCheck = {
  id: 'CX3211',
  title: 'Role trust policy that lets any AWS principal assume the role',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
  explanation: {
    what:
      'A trust policy with Principal "*" (or AWS "*") and no condition lets anyone with AWS credentials, in any account, assume ' +
      'the role and use its permissions.',
    exam:
      'trust exactly the service (Service: lambda.amazonaws.com) or the account/role that needs it; for third parties add an ' +
      'sts:ExternalId condition, and for organizations aws:PrincipalOrgID.',
    trap: 'the role\'s permission policies can be narrow and still leak through an open trust policy.',
  },
  resourceTypes: [ROLE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const role of context.resources(ROLE)) {
      for (const { statement, path } of trustStatements(role)) {
        if (!isAllow(statement) || valueOf(statement, 'Condition') !== undefined || !opensToEveryone(valueOf(statement, 'Principal'))) continue;
        hits.push({
          message: `The trust policy of role '${role.logicalId}' lets any AWS principal assume it (Principal "*" without a condition)`,
          span: entryOf(statement, 'Principal')!.key.span,
          path: [...path, 'Principal'],
        });
      }
    }
    return hits;
  },
};

function opensToEveryone(principal: ReturnType<typeof valueOf>): boolean {
  if (isString(principal)) return principal.value === '*';
  if (!isMap(principal) || intrinsicName(principal) !== undefined) return false;
  const aws = literalStrings(valueOf(principal, 'AWS'));
  return aws !== undefined && aws.includes('*');
}

/** CX3212: Allow with NotAction grants everything else, including actions added to AWS later. */
export const allowNotAction: CatalogueCheck = {
  id: 'CX3212',
  title: 'IAM policy statement that allows NotAction (or NotResource)',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
  explanation: {
    what:
      '"Effect: Allow, NotAction: X" allows every action of every service except X, including services and actions AWS adds ' +
      'later; Allow with NotResource likewise reaches every other resource. It is a deny-list, the opposite of least privilege.',
    exam: 'NotAction belongs with Effect Deny (for example, deny everything except IAM for users without MFA); grants list the actions they need.',
  },
  resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { statement, path, owner } of identityStatements(context)) {
      if (!isAllow(statement)) continue;
      const element = entryOf(statement, 'NotAction') ?? entryOf(statement, 'NotResource');
      // NotResource "*" excludes every resource: the statement grants nothing, which is no over-grant.
      if (!element || isNoValue(element.value) || (element.key.value === 'NotResource' && namesEverything(element.value))) continue;
      hits.push({
        message: `A policy of '${owner.logicalId}' allows ${element.key.value}: it grants everything except what is listed`,
        span: element.key.span,
        path: [...path, element.key.value],
      });
    }
    return hits;
  },
};

/** `"*"`, or a list holding it. */
function namesEverything(node: TemplateNode): boolean {
  const items = isSeq(node) ? node.items : [node];
  return items.some((item) => isString(item) && item.value === '*');
}

/** Where resources name the role a service assumes, and that service's principal prefix. */
const SERVICE_ROLES: Array<{ type: string; property: string; service: string; list?: boolean; what: string }> = [
  { type: 'AWS::Lambda::Function', property: 'Role', service: 'lambda', what: 'execution role of function' },
  { type: 'AWS::IAM::InstanceProfile', property: 'Roles', service: 'ec2', list: true, what: 'role of instance profile' },
  { type: 'AWS::ECS::TaskDefinition', property: 'TaskRoleArn', service: 'ecs-tasks', what: 'task role of task definition' },
  { type: 'AWS::ECS::TaskDefinition', property: 'ExecutionRoleArn', service: 'ecs-tasks', what: 'execution role of task definition' },
  { type: 'AWS::CodeBuild::Project', property: 'ServiceRole', service: 'codebuild', what: 'service role of CodeBuild project' },
  { type: 'AWS::CodePipeline::Pipeline', property: 'RoleArn', service: 'codepipeline', what: 'service role of pipeline' },
  { type: 'AWS::CodeDeploy::DeploymentGroup', property: 'ServiceRoleArn', service: 'codedeploy', what: 'service role of deployment group' },
  { type: 'AWS::StepFunctions::StateMachine', property: 'RoleArn', service: 'states', what: 'role of state machine' },
  { type: 'AWS::Config::ConfigurationRecorder', property: 'RoleARN', service: 'config', what: 'role of configuration recorder' },
];

/** CX3213: a role given to a service that its trust policy does not name. */
export const serviceRoleTrust: CatalogueCheck = {
  id: 'CX3213',
  title: 'Role used by a service whose principal its trust policy does not name',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html',
  explanation: {
    what:
      'A service acts with a role only after assuming it, and it may assume it only if the role\'s trust policy names its ' +
      'service principal (lambda.amazonaws.com, ec2.amazonaws.com, ecs-tasks.amazonaws.com…). A role trusted by another ' +
      'service makes function creation, instance credentials or task start fail.',
    exam:
      'each workload gets its own role trusted by exactly its service and holding only the permissions it needs (instance ' +
      'profile for EC2, task role for ECS, execution role for Lambda) — never shared credentials.',
    trap: 'ECS tasks use ecs-tasks.amazonaws.com, not ecs.amazonaws.com; Step Functions uses states.amazonaws.com.',
  },
  resourceTypes: [ROLE, ...new Set(SERVICE_ROLES.map((entry) => entry.type))],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, property, service, list, what } of SERVICE_ROLES) {
      for (const user of context.resources(type)) {
        const value = valueOf(user.properties, property);
        const nodes = list ? (isSeq(value) ? value.items : []) : value === undefined ? [] : [value];
        nodes.forEach((node, index) => {
          const role = context.referenced(node);
          if (role?.type !== ROLE || trustsService(role, service) !== 'no') return;
          const path: NodePath = ['Resources', user.logicalId, 'Properties', property, ...(list ? [index] : [])];
          hits.push({
            message: `Role '${role.logicalId}' is the ${what} '${user.logicalId}', but its trust policy does not let ${service}.amazonaws.com assume it`,
            span: node.span,
            path,
          });
        });
      }
    }
    return hits;
  },
};


/** CX3214: long-term access keys in a template. */
export const iamAccessKey: CatalogueCheck = {
  id: 'CX3214',
  title: 'IAM access key created in the template',
  topics: ['T32', 'T21'],
  severity: 'warning',
  url: BEST_PRACTICES,
  explanation: {
    what:
      'AWS::IAM::AccessKey creates long-term credentials for an IAM user; they do not expire, must be rotated by hand, and ' +
      'whoever reads the stack output or the secret holding them can use them from anywhere.',
    exam:
      'workloads on AWS use roles (instance profiles, task roles, execution roles) with temporary credentials; people use IAM ' +
      'Identity Center; a third-party system that truly needs keys gets them in Secrets Manager with rotation.',
    scenario: 'an application on EC2 must read from S3 without storing credentials on the instance',
  },
  resourceTypes: ['AWS::IAM::AccessKey'],
  run(context) {
    return context.resources('AWS::IAM::AccessKey').map((key) => ({
      message: `'${key.logicalId}' creates a long-term access key for an IAM user: give the workload a role instead`,
      span: key.key.span,
      path: ['Resources', key.logicalId],
    }));
  },
};

/** CX3215: a permissions boundary on some roles only. */
export const partialPermissionsBoundary: CatalogueCheck = {
  id: 'CX3215',
  title: 'Role without the permissions boundary other roles of the template have',
  topics: ['T32'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  explanation: {
    what:
      'A permissions boundary caps what a role can do whatever its policies say. When a template puts a boundary on some roles, ' +
      'a role without it is the one that can exceed the cap.',
    exam:
      'delegating role creation safely: developers may create roles only with the required boundary (an iam:PermissionsBoundary ' +
      'condition on iam:CreateRole), and SCPs cap whole accounts.',
  },
  resourceTypes: [ROLE],
  run(context) {
    const roles = context.resources(ROLE);
    const bounded = roles.filter((role) => valueOf(role.properties, 'PermissionsBoundary') !== undefined);
    if (bounded.length === 0) return [];
    return roles
      .filter((role) => role.properties && valueOf(role.properties, 'PermissionsBoundary') === undefined && !isServiceLinkedLike(role))
      .map((role) => ({
        message: `Role '${role.logicalId}' has no PermissionsBoundary while '${bounded[0].logicalId}' does: this role is not capped by the boundary`,
        span: role.key.span,
        path: ['Resources', role.logicalId, 'Properties', 'PermissionsBoundary'],
      }));
  },
};

/** Roles only AWS services assume for their own plumbing rarely carry a workload boundary. */
function isServiceLinkedLike(role: Parameters<typeof trustStatements>[0]): boolean {
  const statements = trustStatements(role);
  return statements.length > 0 && statements.every(({ statement }) => {
    const services = servicePrincipals(valueOf(statement, 'Principal'));
    return services !== undefined && services.length > 0 && services.every((name) => /^(config|cloudformation|ssm|events)\./.test(name));
  });
}

export const LEAST_PRIVILEGE_CHECKS: readonly CatalogueCheck[] = [passRoleOnEveryRole, trustAnyPrincipal, allowNotAction, serviceRoleTrust, iamAccessKey, partialPermissionsBoundary];
