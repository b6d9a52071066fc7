import type { Finding } from '../../findings';
import { isSeq, nodeAt, valueOf } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { ALARM_ROLLBACK_EVENT, hasEnabledAlarms } from './codeDeployHelpers';
import { ROLLBACK_EXPLANATION } from './codeDeployRollback';
import { appendItem } from './edits';
import { examFinding, literalBoolean, literalString, resourcesOfType } from './values';

/** CX2002: alarms stop a deployment, but nothing rolls it back. */
export const codeDeployAlarmRollbackRule: Rule = {
  id: 'CX2002',
  description: 'CodeDeploy alarms without DEPLOYMENT_STOP_ON_ALARM in the rollback events',
  onlyWith: ['AWS::CodeDeploy::DeploymentGroup'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const group of resourcesOfType(template.root, 'AWS::CodeDeploy::DeploymentGroup')) {
      if (!hasEnabledAlarms(group)) continue;
      const rollback = valueOf(group.properties, 'AutoRollbackConfiguration');
      if (literalBoolean(valueOf(rollback, 'Enabled')) !== true) continue;
      const events = nodeAt(rollback, ['Events']);
      if (!isSeq(events)) continue;
      const names = events.items.map(literalString);
      if (names.includes(undefined) || names.includes(ALARM_ROLLBACK_EVENT)) continue;
      const edit = appendItem(template, events, ALARM_ROLLBACK_EVENT);
      findings.push(
        examFinding({
          ruleId: 'CX2002',
          severity: 'warning',
          message:
            `Deployment group '${group.logicalId}' has CloudWatch alarms, but its rollback events lack ${ALARM_ROLLBACK_EVENT}: ` +
            'an alarm stops the deployment without rolling it back',
          span: events.span,
          path: ['Resources', group.logicalId, 'Properties', 'AutoRollbackConfiguration', 'Events'],
          explanation: { ...ROLLBACK_EXPLANATION, topics: ['T06'] },
          fixes: edit ? [{ title: `Add ${ALARM_ROLLBACK_EVENT}`, edits: [edit], preferred: true }] : undefined,
        }),
      );
    }
    return findings;
  },
};
