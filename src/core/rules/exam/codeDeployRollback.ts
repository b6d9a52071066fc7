import type { Finding, Fix } from '../../findings';
import { entryOf, isScalar, valueOf } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { ALARM_ROLLBACK_EVENT, hasEnabledAlarms, isLiteralMap } from './codeDeployHelpers';
import { insertEntry, replaceScalar } from './edits';
import { examFinding, literalBoolean, resourcesOfType } from './values';

const EXPLANATION = {
  text:
    'CodeDeploy rolls back by starting a new deployment of the last revision that deployed successfully. It does so ' +
    'automatically only when the deployment group has AutoRollbackConfiguration enabled with the events that should trigger ' +
    'it: DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM (a CloudWatch alarm of the AlarmConfiguration went into ALARM) or ' +
    'DEPLOYMENT_STOP_ON_REQUEST. Without it a failed deployment stays failed until someone redeploys. "Roll back automatically ' +
    'when errors rise after the deployment" is an alarm on the load balancer 5xx count or a log metric filter, plus these events.',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html',
  topics: ['T06'],
};

/** CX2001: a deployment group that never rolls back by itself. */
export const codeDeployRollbackRule: Rule = {
  id: 'CX2001',
  description: 'CodeDeploy deployment group without automatic rollback',
  onlyWith: ['AWS::CodeDeploy::DeploymentGroup'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const group of resourcesOfType(template.root, 'AWS::CodeDeploy::DeploymentGroup')) {
      // A group that deploys a revision itself (Deployment) may not take AutoRollbackConfiguration, CloudFormation's page says.
      if (!group.properties || entryOf(group.properties, 'Deployment')) continue;
      const rollback = entryOf(group.properties, 'AutoRollbackConfiguration');
      if (rollback && !isLiteralMap(rollback.value)) continue;
      const enabled = valueOf(rollback?.value, 'Enabled');
      if (rollback && literalBoolean(enabled) !== false) continue;
      findings.push(
        examFinding({
          ruleId: 'CX2001',
          severity: 'warning',
          message: rollback
            ? `Automatic rollback is disabled for deployment group '${group.logicalId}': a failed deployment is not rolled back to the last good revision`
            : `Deployment group '${group.logicalId}' has no AutoRollbackConfiguration: a failed deployment is not rolled back to the last good revision`,
          span: isScalar(enabled) ? enabled.span : group.key.span,
          path: ['Resources', group.logicalId, 'Properties', 'AutoRollbackConfiguration'],
          explanation: EXPLANATION,
          fixes: enableRollbackFix(template, group, isScalar(enabled) ? enabled : undefined),
        }),
      );
    }
    return findings;
  },
};

function enableRollbackFix(template: Template, group: ResourceDeclaration, enabled: ReturnType<typeof valueOf>): Fix[] | undefined {
  if (isScalar(enabled)) return [{ title: 'Enable automatic rollback', edits: [replaceScalar(template, enabled, true)], preferred: true }];
  if (!group.properties) return undefined;
  const events = hasEnabledAlarms(group) ? ['DEPLOYMENT_FAILURE', ALARM_ROLLBACK_EVENT] : ['DEPLOYMENT_FAILURE'];
  const edit = insertEntry(template, group.properties, 'AutoRollbackConfiguration', { Enabled: true, Events: events });
  return edit ? [{ title: 'Roll back automatically when a deployment fails', edits: [edit], preferred: true }] : undefined;
}

export { EXPLANATION as ROLLBACK_EXPLANATION };
