/** What the ECS simulations read about a service. */
import { valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { fleetSize } from '../fleet';
import type { FleetSize, SimulationOptions } from '../types';

export const SERVICE = 'AWS::ECS::Service';

/** DesiredCount, 1 for a new service that names none. */
export function serviceFleet(context: CheckContext, options: SimulationOptions, service: ResourceDeclaration): FleetSize {
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
