/** An ECS service: a rolling update or an ECS-native blue/green, linear or canary deployment; a CodeDeploy blue/green hook. */
import { nodeAt } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { blueGreenHookTimelines } from '../traffic/blueGreenHook';
import type { SimulationOptions, Timeline } from '../types';
import { ecsNativeTimeline } from './native';
import { ecsRollingTimeline } from './rolling';
import { controllerType, SERVICE } from './service';

export { SERVICE };

export function serviceTimelines(context: CheckContext, options: SimulationOptions, service: ResourceDeclaration): Timeline[] {
  const hooks = blueGreenHookTimelines(context, options, service);
  const controller = controllerType(service);
  if (controller !== 'ECS') return hooks;
  const strategy = nodeAt(service.properties, ['DeploymentConfiguration', 'Strategy']);
  const name = strategy === undefined ? 'ROLLING' : literalString(strategy);
  if (name === 'ROLLING') return [ecsRollingTimeline(context, options, service), ...hooks];
  if (name === 'BLUE_GREEN' || name === 'LINEAR' || name === 'CANARY') return [ecsNativeTimeline(context, options, service, name), ...hooks];
  return hooks;
}
