/** What the ECS simulations read about a service. */
import { valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { ASSUMED_FLEET, fleetSize } from '../fleet';
import type { FleetSize, SimulationOptions } from '../types';

export const SERVICE = 'AWS::ECS::Service';

/** SchedulingStrategy DAEMON: one task on each container instance, with no DesiredCount. */
export function isDaemon(service: ResourceDeclaration): boolean {
  return literalString(valueOf(service.properties, 'SchedulingStrategy')) === 'DAEMON';
}

/** DesiredCount, 1 for a new service that names none; a daemon's task count is its instance count, which the template does not give. */
export function serviceFleet(context: CheckContext, options: SimulationOptions, service: ResourceDeclaration): FleetSize {
  if (isDaemon(service)) {
    return fleetSize(context, options, service.logicalId, [], { size: ASSUMED_FLEET, source: 'one task per container instance; the instance count is not in the template', origin: 'assumed' });
  }
  return fleetSize(context, options, service.logicalId, [{ name: 'DesiredCount', node: valueOf(service.properties, 'DesiredCount') }], {
    size: 1,
    source: 'DesiredCount (1 when left out)',
    origin: 'default',
  });
}

/** The deployment controller type: ECS when left out. */
export function controllerType(service: ResourceDeclaration): string | undefined {
  const controller = valueOf(service.properties, 'DeploymentController');
  if (controller === undefined) return 'ECS';
  const type = valueOf(controller, 'Type');
  return type === undefined ? 'ECS' : literalString(type);
}
