/** How many instances or tasks a deployment acts on: from the template, a parameter's Default, the view, or assumed. */
import type { TemplateNode } from '../model';
import type { CheckContext } from '../rules/catalogue/support/context';
import { asNumber, resolveScalar } from './read';
import type { FleetSize, SimulationOptions } from './types';

/** The size used when the template does not say (a deployment group found by tags, a computed size). */
export const ASSUMED_FLEET = 4;

/** Where a size may be written, in the order it is looked for. */
export interface SizeSource {
  name: string;
  node: TemplateNode | undefined;
}

/** The first size the template gives; else `fallback`. A size chosen in the view wins over both. */
export function fleetSize(
  context: CheckContext,
  options: SimulationOptions,
  logicalId: string,
  sources: readonly SizeSource[],
  fallback: FleetSize = { size: ASSUMED_FLEET, source: 'not in the template', origin: 'assumed' },
): FleetSize {
  const chosen = options.fleet?.[logicalId];
  if (chosen !== undefined && Number.isInteger(chosen) && chosen >= 0) return { size: chosen, source: 'chosen in the view', origin: 'view' };
  for (const source of sources) {
    const resolved = resolveScalar(context, source.node);
    const size = asNumber(resolved?.value);
    if (resolved && size !== undefined && Number.isInteger(size) && size >= 0) {
      return resolved.parameter
        ? { size, source: source.name, origin: 'parameter', parameter: resolved.parameter }
        : { size, source: source.name, origin: 'template' };
    }
  }
  return fallback;
}

/** "4 instances (DesiredCapacity)", "4 instances (assumed: not in the template)". */
export function describeFleet(fleet: FleetSize, unit: string): string {
  const where =
    fleet.origin === 'parameter'
      ? `${fleet.source}, Default of parameter ${fleet.parameter}`
      : fleet.origin === 'assumed'
        ? `assumed: ${fleet.source}`
        : fleet.source;
  return `${fleet.size} ${unit} (${where})`;
}
