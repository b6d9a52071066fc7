/** PreTraffic/PostTraffic hook functions: CodeDeploy must be able to invoke them, and they must report back. */
import { entryOf, isMap, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { actionMatches, allowsAction, type Answer } from '../support/iam';
import { templateText } from '../support/mentions';
import { literalString } from '../support/values';
import { hookFunctions, SAM_FUNCTION, SAM_GRADUAL_URL, samPreference } from './samModel';

const REPORT_ACTION = 'codedeploy:PutLifecycleEventHookExecutionStatus';
const HOOK_PREFIX = 'CodeDeployHook_';
/** AWS managed policies SAM users attach to functions that do not grant the hook's report call. */
const MANAGED_WITHOUT_REPORT = ['AWSLambdaBasicExecutionRole', 'AWSLambdaVPCAccessExecutionRole', 'AWSXrayWriteOnlyAccess', 'AWSLambdaExecute'];

interface Hook {
  resource: ResourceDeclaration;
}

/** Every hook function named by an enabled deployment preference, once each. */
function hooksOf(context: CheckContext, needsDefaultRole: boolean): Hook[] {
  const hooks = new Map<string, Hook>();
  for (const func of context.resources(SAM_FUNCTION)) {
    const preference = samPreference(context, func);
    if (!preference || (needsDefaultRole && preference.value('Role') !== undefined)) continue;
    for (const hook of hookFunctions(context, preference)) hooks.set(hook.resource.logicalId, { resource: hook.resource });
  }
  return [...hooks.values()];
}

/** Whether a SAM Policies item grants the call: documents are read, known managed names and policy templates do not, anything else is unknown. */
function policyItemAnswer(item: TemplateNode): Answer {
  const name = literalString(item);
  if (name !== undefined) return MANAGED_WITHOUT_REPORT.includes(name.slice(name.lastIndexOf('/') + 1)) ? 'no' : 'unknown';
  if (!isMap(item)) return 'unknown';
  // A SAM policy template (`LambdaInvokePolicy: {…}`): none is about CodeDeploy, unless a new one is named so.
  if (valueOf(item, 'Statement') === undefined) return item.entries.length > 0 && item.entries.every((entry) => !/codedeploy/i.test(entry.key.value)) ? 'no' : 'unknown';
  const statement = valueOf(item, 'Statement');
  const statements = isMap(statement) ? [statement] : isSeq(statement) ? statement.items : undefined;
  if (!statements) return 'unknown';
  let unknown = false;
  for (const entry of statements) {
    if (!isMap(entry) || literalString(valueOf(entry, 'Effect')) !== 'Allow') continue;
    const actions = valueOf(entry, 'Action');
    const names = isSeq(actions) ? actions.items.map(literalString) : [literalString(actions)];
    if (names.some((action) => action === undefined)) unknown = true;
    else if (names.some((action) => actionMatches(action!, REPORT_ACTION))) return 'yes';
  }
  return unknown ? 'unknown' : 'no';
}

function reportsBack(context: CheckContext, hook: ResourceDeclaration): Answer {
  const roleNode = valueOf(hook.properties, 'Role');
  if (roleNode !== undefined) {
    const role = context.referenced(roleNode);
    return role?.type === 'AWS::IAM::Role' ? allowsAction(context, role, REPORT_ACTION) : 'unknown';
  }
  if (hook.type !== SAM_FUNCTION) return 'unknown';
  const policies = valueOf(hook.properties, 'Policies');
  if (policies === undefined) return 'no';
  const items = isSeq(policies) ? policies.items : [policies];
  const answers = items.map(policyItemAnswer);
  if (answers.includes('yes')) return 'yes';
  return answers.includes('unknown') ? 'unknown' : 'no';
}

/** CX1813: a hook function that cannot tell CodeDeploy whether validation passed. */
export const samHookReportPermission: CatalogueCheck = {
  id: 'CX1813',
  title: 'Traffic hook function may not call codedeploy:PutLifecycleEventHookExecutionStatus',
  topics: ['T18'],
  severity: 'warning',
  url: SAM_GRADUAL_URL,
  explanation: {
    what:
      'A PreTraffic or PostTraffic hook must report Succeeded or Failed with codedeploy:PutLifecycleEventHookExecutionStatus. ' +
      'If its role lacks that call, CodeDeploy never hears back, the lifecycle event times out after an hour and the ' +
      'deployment fails and rolls back, however good the new version is.',
    exam:
      'hooks validate the new version before (PreTraffic) or after (PostTraffic) traffic moves; their role needs the report call ' +
      'on the deployment group and lambda:InvokeFunction on the version they test.',
    trap: 'returning from the handler is not reporting: the hook has to call the CodeDeploy API itself.',
  },
  resourceTypes: [SAM_FUNCTION, 'AWS::Lambda::Function'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { resource } of hooksOf(context, false)) {
      if (reportsBack(context, resource) !== 'no') continue;
      const where = entryOf(resource.properties, 'Policies') ?? entryOf(resource.properties, 'Role');
      hits.push({
        message:
          `Hook function '${resource.logicalId}' is not allowed ${REPORT_ACTION}: it cannot report the validation result, so ` +
          'the deployment times out and rolls back',
        span: (where ?? resource.entry).key.span,
        path: ['Resources', resource.logicalId, 'Properties', where?.key.value ?? 'Policies'],
      });
    }
    return hits;
  },
};

/** CX1814: with SAM's CodeDeploy role, a hook whose name does not start with CodeDeployHook_. */
export const samHookName: CatalogueCheck = {
  id: 'CX1814',
  title: 'Traffic hook function name does not start with CodeDeployHook_',
  topics: ['T18'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html',
  explanation: {
    what:
      'Unless DeploymentPreference names a Role, SAM creates the CodeDeploy service role with the AWS managed policy ' +
      'AWSCodeDeployRoleForLambda, which may invoke only functions named CodeDeployHook_*. A hook with any other name, ' +
      'including the name CloudFormation generates when FunctionName is left out, cannot be invoked and the deployment fails.',
    exam:
      'gradual Lambda deployments with SAM: AutoPublishAlias, DeploymentPreference Type, Alarms, and Hooks whose functions are ' +
      'named CodeDeployHook_… (or a custom DeploymentPreference Role that may invoke them).',
    trap: 'the prefix is case-sensitive and applies to the function name, not to the logical id.',
  },
  resourceTypes: [SAM_FUNCTION, 'AWS::Lambda::Function'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { resource } of hooksOf(context, true)) {
      const nameNode = valueOf(resource.properties, 'FunctionName');
      const name = templateText(nameNode);
      if (nameNode !== undefined && (name === undefined || name.startsWith(HOOK_PREFIX))) continue;
      const edit = !nameNode && resource.properties ? insertEntry(context.template, resource.properties, 'FunctionName', `${HOOK_PREFIX}${resource.logicalId}`) : undefined;
      hits.push({
        message:
          `Hook function '${resource.logicalId}' is ${nameNode ? `named '${name}'` : 'not named'}: SAM's CodeDeploy role may invoke only ` +
          `functions named ${HOOK_PREFIX}*, so the hook never runs and the deployment fails`,
        span: (nameNode && isString(nameNode) ? nameNode : resource.key).span,
        path: ['Resources', resource.logicalId, 'Properties', 'FunctionName'],
        ...(edit ? { fixes: [{ title: `Name the function ${HOOK_PREFIX}${resource.logicalId}`, edits: [edit], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};
