/** Links from the editor to the deployment view: the command, and which resource a finding is about. */
import type { Finding } from '../findings';
import type { Template } from '../template';
import { simulateTemplate } from './index';
import type { ResourceSimulation } from './types';

import { SHOW_DEPLOYMENT_COMMAND } from './command';

export { SHOW_DEPLOYMENT_COMMAND };

/** A Markdown link that opens the view on this resource of the active editor's template. */
export function showDeploymentLink(logicalId: string, label = 'Show deployment'): string {
  return `[${label}](command:${SHOW_DEPLOYMENT_COMMAND}?${encodeURIComponent(JSON.stringify([logicalId]))})`;
}

/** Every lint rule a simulation problem can stand for: a finding of these may link to the view. */
export function simulatedProblemRules(simulation: ResourceSimulation): Set<string> {
  return new Set(simulation.timelines.flatMap((timeline) => timeline.problems.flatMap((problem) => problem.rules)));
}

/**
 * The simulated resource a finding is about: the one the finding sits in whose simulation reports
 * the same problem, else any simulated resource reporting it (a finding on a DeploymentConfig
 * is about the groups that use it).
 */
export function simulationForFinding(template: Template, found: Pick<Finding, 'ruleId' | 'path'>): ResourceSimulation | undefined {
  const reporting = simulateTemplate(template).filter((simulation) => simulatedProblemRules(simulation).has(found.ruleId));
  const owner = found.path?.[0] === 'Resources' ? found.path[1] : undefined;
  return reporting.find((simulation) => simulation.logicalId === owner) ?? reporting[0];
}
