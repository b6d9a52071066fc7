/** Everything the simulator knows about an Auto Scaling group: its creation and its stack updates. */
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt, literalBoolean } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import type { SimulationOptions, Timeline } from '../types';
import { creationTimeline } from './creation';
import { GROUP } from './group';
import { instanceRefreshTimeline } from './refresh';
import { replacingUpdateTimeline } from './replacing';
import { rollingUpdateTimeline } from './rolling';

export { GROUP };

export function groupTimelines(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline[] {
  const replaces = literalBoolean(attributeAt(group, 'UpdatePolicy', 'AutoScalingReplacingUpdate', 'WillReplace')) === true;
  const update = replaces
    ? replacingUpdateTimeline(context, options, group)
    : (instanceRefreshTimeline(context, options, group) ?? rollingUpdateTimeline(context, options, group));
  const creation = creationTimeline(context, options, group);
  return [update, creation].filter((timeline): timeline is Timeline => timeline !== undefined);
}
