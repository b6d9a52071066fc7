/**
 * The deployment simulator: for each resource whose deployment settings it understands, the
 * timelines of what a stack update, a creation or a deployment does (see types.ts). Pure
 * functions of the template; a fleet size chosen in the view replaces the template's.
 */
import { checkContext, type CheckContext } from '../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../sections';
import type { Template } from '../template';
import { memoized } from '../memo';
import { SIMULATORS } from './simulators';
import type { ResourceSimulation, SimulationOptions, Timeline } from './types';

export * from './types';
export { formatBounds, formatSeconds } from './time';

/** Every simulated resource of the template, in source order. */
export function simulateTemplate(template: Template, options: SimulationOptions = {}): ResourceSimulation[] {
  const plain = options.fleet === undefined || Object.keys(options.fleet).length === 0;
  return plain ? memoized(template, simulateAsWritten) : simulateWith(template, options);
}

function simulateAsWritten(template: Template): ResourceSimulation[] {
  return simulateWith(template, {});
}

function simulateWith(template: Template, options: SimulationOptions): ResourceSimulation[] {
  return template.isTemplate && template.root ? run(template, options) : [];
}

function run(template: Template, options: SimulationOptions): ResourceSimulation[] {
  const context = checkContext(template);
  return simulatedResources(context).flatMap((resource) => {
    const timelines = resourceTimelines(context, resource, options);
    return timelines.length > 0 ? [{ logicalId: resource.logicalId, type: resource.type!, keySpan: resource.key.span, timelines }] : [];
  });
}

/** The resources of the types the simulator understands, in source order. */
export function simulatedResources(context: CheckContext): readonly ResourceDeclaration[] {
  return context.resources(...Object.keys(SIMULATORS));
}

/**
 * The timelines of one resource, read through `context`: a catalogue check passes its own, so that what
 * the simulator reads counts as read by the check.
 */
export function resourceTimelines(context: CheckContext, resource: ResourceDeclaration, options: SimulationOptions = {}): Timeline[] {
  const simulator = resource.type === undefined ? undefined : SIMULATORS[resource.type];
  return simulator ? simulator(context, options, resource) : [];
}

/** The simulation of one resource, if the simulator understands it. */
export function simulateResource(template: Template, logicalId: string, options: SimulationOptions = {}): ResourceSimulation | undefined {
  return simulateTemplate(template, options).find((simulation) => simulation.logicalId === logicalId);
}
