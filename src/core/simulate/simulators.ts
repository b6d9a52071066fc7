/** Which resource types the simulator understands, and the function that reads each. */
import type { CheckContext } from '../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../sections';
import { GROUP, groupTimelines } from './autoscaling';
import { ENVIRONMENT, environmentTimelines } from './beanstalk';
import { DEPLOYMENT_GROUP, deploymentGroupTimelines } from './codedeploy';
import { SERVICE, serviceTimelines } from './ecs';
import { aliasUpdateTimelines } from './traffic/codeDeployGroup';
import { SAM_FUNCTION, samTimelines } from './traffic/sam';
import type { SimulationOptions, Timeline } from './types';

export type Simulator = (context: CheckContext, options: SimulationOptions, resource: ResourceDeclaration) => Timeline[];

export const SIMULATORS: Readonly<Record<string, Simulator>> = {
  [GROUP]: groupTimelines,
  [DEPLOYMENT_GROUP]: deploymentGroupTimelines,
  'AWS::Lambda::Alias': aliasUpdateTimelines,
  [SAM_FUNCTION]: samTimelines,
  [SERVICE]: serviceTimelines,
  [ENVIRONMENT]: environmentTimelines,
};
