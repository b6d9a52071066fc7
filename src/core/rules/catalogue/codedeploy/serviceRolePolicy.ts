/** CX0416: the CodeDeploy service role carries the managed policy of another compute platform. */
import { isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { ComputePlatform } from '../../exam/codeDeployHelpers';
import type { CatalogueCheck, CheckHit } from '../types';
import { actionMatches, rolePolicies } from '../support/iam';
import { templateText } from '../support/mentions';
import { literalString } from '../support/values';
import { GROUP, platformOf } from './deploymentGroupModel';

const URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/getting-started-create-service-role.html';

/** The AWS managed CodeDeploy policies and the platform each is written for. */
const MANAGED: Readonly<Record<string, Exclude<ComputePlatform, 'unknown'>>> = {
  AWSCodeDeployRole: 'Server',
  AWSCodeDeployRoleForLambda: 'Lambda',
  AWSCodeDeployRoleForLambdaLimited: 'Lambda',
  AWSCodeDeployRoleForECS: 'ECS',
  AWSCodeDeployRoleForECSLimited: 'ECS',
};

/** A call only the right policy grants, to see whether inline statements make up for it. */
const KEY_ACTION: Readonly<Record<Exclude<ComputePlatform, 'unknown'>, string>> = {
  Server: 'ec2:DescribeInstances',
  Lambda: 'lambda:UpdateAlias',
  ECS: 'ecs:CreateTaskSet',
};

function managedNames(role: ResourceDeclaration): string[] | undefined {
  const arns = valueOf(role.properties, 'ManagedPolicyArns');
  if (arns === undefined) return [];
  if (!isSeq(arns)) return undefined;
  const names = arns.items.map((item: TemplateNode) => templateText(item) ?? literalString(item));
  if (names.some((name) => name === undefined)) return undefined;
  return (names as string[]).map((arn) => arn.slice(arn.lastIndexOf('/') + 1));
}

export const codeDeployServiceRolePlatform: CatalogueCheck = {
  id: 'CX0416',
  title: 'CodeDeploy service role has the managed policy of another compute platform',
  topics: ['T04', 'T18', 'T32'],
  severity: 'warning',
  url: URL,
  explanation: {
    what:
      'CodeDeploy acts with the deployment group\'s service role. AWSCodeDeployRole lets it find and update EC2 instances and ' +
      'Auto Scaling groups; Lambda deployments need AWSCodeDeployRoleForLambda (update the alias, invoke the hook functions) ' +
      'and ECS deployments AWSCodeDeployRoleForECS. With the policy of another platform the deployment fails on permissions.',
    exam:
      'the service role (trusted by codedeploy.amazonaws.com) is what CodeDeploy uses; the instance profile is what the agent ' +
      'on EC2 uses to read the revision from S3. Each platform has its own managed service-role policy.',
    trap: 'AWSCodeDeployRoleForLambda invokes only hook functions whose names start with CodeDeployHook_.',
  },
  resourceTypes: [GROUP, 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const platform = platformOf(context, group);
      const roleNode = valueOf(group.properties, 'ServiceRoleArn');
      const role = context.referenced(roleNode);
      if (platform === 'unknown' || role?.type !== 'AWS::IAM::Role') continue;
      const names = managedNames(role)?.filter((name) => name in MANAGED);
      if (!names || names.length === 0 || names.some((name) => MANAGED[name] === platform)) continue;
      const inline = rolePolicies(context, role).statements;
      if (inline.some((statement) => mentionsAction(statement, KEY_ACTION[platform]))) continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' deploys to ${platform}, but its service role '${role.logicalId}' has ` +
          `${names.join(', ')}, written for ${MANAGED[names[0]]}: CodeDeploy lacks the permissions this platform needs`,
        span: roleNode!.span,
        path: ['Resources', group.logicalId, 'Properties', 'ServiceRoleArn'],
      });
    }
    return hits;
  },
};

function mentionsAction(statement: MapNode, action: string): boolean {
  const node = valueOf(statement, 'Action');
  const patterns = isSeq(node) ? node.items.map(literalString) : [literalString(node)];
  // a computed action list may grant it: count it as granted
  return patterns.some((pattern) => pattern === undefined || actionMatches(pattern, action));
}
