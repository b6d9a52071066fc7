/** CX0514: blue/green that terminates the original environment the moment traffic moves. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber, literalString, propertyAt } from '../support/values';
import { GROUP } from './deploymentGroupModel';

const URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-blueinstanceterminationoption.html';

export const codeDeployImmediateBlueTermination: CatalogueCheck = {
  id: 'CX0514',
  title: 'Blue/green deployment terminates the original environment with no waiting time',
  topics: ['T05', 'T06'],
  severity: 'warning',
  url: URL,
  explanation: {
    what:
      'After traffic moves to the replacement environment, TerminateBlueInstancesOnDeploymentSuccess with Action TERMINATE ' +
      'and TerminationWaitTimeInMinutes 0 ends the original instances (or ECS task set) at once. While they still run, ' +
      'rolling back is only rerouting traffic to them; once they are gone a rollback is a new deployment of the old revision.',
    exam:
      'keeping the blue environment for a while (up to 2 days) is what makes blue/green rollback near-instant; KEEP_ALIVE keeps ' +
      'it indefinitely at the cost of running both fleets.',
    scenario: 'be able to roll back within minutes if the new version misbehaves after the cutover',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const option = propertyAt(group, 'BlueGreenDeploymentConfiguration', 'TerminateBlueInstancesOnDeploymentSuccess');
      const wait = valueOf(option, 'TerminationWaitTimeInMinutes');
      if (literalString(valueOf(option, 'Action')) !== 'TERMINATE' || wait === undefined || literalNumber(wait) !== 0) continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' terminates the original environment as soon as traffic moves: a rollback can ` +
          'no longer just reroute traffic back to it',
        span: wait.span,
        path: [
          'Resources',
          group.logicalId,
          'Properties',
          'BlueGreenDeploymentConfiguration',
          'TerminateBlueInstancesOnDeploymentSuccess',
          'TerminationWaitTimeInMinutes',
        ],
      });
    }
    return hits;
  },
};
