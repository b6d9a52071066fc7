/** A CodeDeploy deployment group: EC2/on-premises in place or blue/green, or Lambda and ECS traffic shifting. */
import type { CheckContext } from '../../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../../sections';
import { trafficGroupTimeline } from '../traffic/codeDeployGroup';
import type { SimulationOptions, Timeline } from '../types';
import { DEPLOYMENT_GROUP, platformOf } from './group';
import { serverTimeline } from './server';

export { DEPLOYMENT_GROUP };

export function deploymentGroupTimelines(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline[] {
  const platform = platformOf(context, group);
  const timeline =
    platform === 'Server'
      ? serverTimeline(context, options, group)
      : platform === 'Lambda' || platform === 'ECS'
        ? trafficGroupTimeline(context, options, group, platform)
        : undefined;
  return timeline ? [timeline] : [];
}
