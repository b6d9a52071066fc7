import type { Finding } from '../../findings';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { effectivePreference, SAM_DEPLOYMENT_URL } from './samDeploymentPreference';
import { examFinding, resourcesOfType } from './values';

/** CX6002: a gradual Lambda deployment with no alarm that can roll it back. */
export const samDeploymentAlarmsRule: Rule = {
  id: 'CX6002',
  description: 'SAM DeploymentPreference without Alarms',
  onlyWith: ['AWS::Serverless::Function'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const func of resourcesOfType(template.root, 'AWS::Serverless::Function')) {
      const preference = effectivePreference(template.root, func);
      if (!preference || preference.alarms) continue;
      const own = func.properties?.entries.includes(preference.entry!) ?? false;
      findings.push(
        examFinding({
          ruleId: 'CX6002',
          severity: 'info',
          message:
            `The DeploymentPreference of '${func.logicalId}' has no Alarms: CodeDeploy shifts traffic to the new version ` +
            'and rolls back only when the deployment itself fails (for example a hook reports failure) or is stopped, not when the new version starts erroring',
          span: own ? preference.entry!.key.span : func.key.span,
          path: ['Resources', func.logicalId, 'Properties', 'DeploymentPreference', 'Alarms'],
          explanation: {
            text:
              'With AutoPublishAlias and DeploymentPreference, SAM publishes a new version on each code change and has CodeDeploy ' +
              'move the alias to it (Canary10Percent5Minutes, Linear10PercentEvery1Minute, AllAtOnce…), running PreTraffic and ' +
              'PostTraffic hook functions. The CloudWatch alarms listed in Alarms (for example on the function\'s Errors metric ' +
              'for the new version) are what roll traffic back automatically while it shifts.',
            url: SAM_DEPLOYMENT_URL,
            topics: ['T18'],
          },
        }),
      );
    }
    return findings;
  },
};
