/** T18: a CodeDeploy deployment group of a Lambda application declared in-place, which only EC2/on-premises takes. */
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString, propertyAt } from '../support/values';
import { GROUP, platformOf } from './deploymentGroupModel';

const PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments.html';

/** CX1821: a Lambda deployment group with DeploymentType IN_PLACE (ECS groups are CX1714's). */
export const lambdaDeploymentInPlace: CatalogueCheck = {
  id: 'CX1821',
  title: 'CodeDeploy deployment group of a Lambda application declared IN_PLACE',
  topics: ['T18', 'T04'],
  severity: 'error',
  url: PAGE,
  rejection: { quote: 'Only deployments that use the EC2/On-Premises compute platform can use in-place deployments.', url: PAGE },
  explanation: {
    what:
      'CodeDeploy deploys a Lambda function by shifting an alias from one version to the next (canary, linear or all at once): ' +
      'there is no instance to update in place. A deployment group of a Lambda application is BLUE_GREEN with traffic control; ' +
      'IN_PLACE is refused.',
    exam:
      'Lambda and ECS deployments are always blue/green traffic shifts; the configuration (LambdaCanary10Percent5Minutes, ' +
      'LambdaLinear10PercentEvery1Minute, LambdaAllAtOnce) says how fast. SAM writes the group for you from DeploymentPreference.',
    trap: 'in-place belongs to EC2/on-premises only, even though a Lambda update "replaces the code in place" in everyday words.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const type = propertyAt(group, 'DeploymentStyle', 'DeploymentType');
      if (literalString(type) !== 'IN_PLACE' || platformOf(context, group) !== 'Lambda') continue;
      hits.push({
        message: `Deployment group '${group.logicalId}' deploys a Lambda application IN_PLACE: only EC2/on-premises deployments can be in-place; Lambda deployments shift traffic between versions (DeploymentType BLUE_GREEN)`,
        span: type!.span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentStyle', 'DeploymentType'],
      });
    }
    return hits;
  },
};
