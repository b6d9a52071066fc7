/** Which resource types the simulator understands, and the function that reads each. */
import type { CheckContext } from '../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../sections';
import { GROUP, groupTimelines } from './autoscaling';
import type { SimulationOptions, Timeline } from './types';

export type Simulator = (context: CheckContext, options: SimulationOptions, resource: ResourceDeclaration) => Timeline[];

export const SIMULATORS: Readonly<Record<string, Simulator>> = {
  [GROUP]: groupTimelines,
};
