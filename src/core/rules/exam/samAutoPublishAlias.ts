import type { Finding } from '../../findings';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { effectivePreference, SAM_DEPLOYMENT_URL } from './samDeploymentPreference';
import { examFinding, resourcesOfType } from './values';

/** CX6003: SAM refuses a DeploymentPreference on a function without AutoPublishAlias. */
export const samAutoPublishAliasRule: Rule = {
  id: 'CX6003',
  description: 'SAM DeploymentPreference without AutoPublishAlias',
  onlyWith: ['AWS::Serverless::Function'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const func of resourcesOfType(template.root, 'AWS::Serverless::Function')) {
      const preference = effectivePreference(template.root, func);
      if (!preference || preference.autoPublishAlias) continue;
      const own = func.properties?.entries.includes(preference.entry!) ?? false;
      findings.push(
        examFinding({
          ruleId: 'CX6003',
          // "You must specify an AutoPublishAlias … to use a DeploymentPreference object, otherwise an error will result."
          severity: 'error',
          message:
            `'${func.logicalId}' has a DeploymentPreference but no AutoPublishAlias: the SAM transform fails, since CodeDeploy ` +
            'shifts traffic between versions behind that alias',
          span: own ? preference.entry!.key.span : func.key.span,
          path: ['Resources', func.logicalId, 'Properties', 'AutoPublishAlias'],
          explanation: {
            text:
              'AutoPublishAlias makes SAM publish a new Lambda version whenever the code changes and point the named alias (for ' +
              'example live) at it; DeploymentPreference turns that alias update into a CodeDeploy deployment. Without the alias ' +
              'there is nothing to shift traffic on, and the SAM transform fails.',
            url: SAM_DEPLOYMENT_URL,
            topics: ['T18'],
          },
        }),
      );
    }
    return findings;
  },
};
