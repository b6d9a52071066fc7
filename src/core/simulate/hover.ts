/** Hover on a deciding setting (an UpdatePolicy, DeploymentConfigName, DeploymentPreference…): what the deployment will do, in one line. */
import type { HoverProvider } from '../hover';
import { locate } from '../knowledge/locate';
import { simulateTemplate } from './index';
import { showDeploymentLink } from './links';

export const deploymentHoverProvider: HoverProvider = (template, offset) => {
  const lines: string[] = [];
  let covering: { start: number; end: number } | undefined;
  for (const simulation of simulateTemplate(template)) {
    for (const timeline of simulation.timelines) {
      const span = timeline.decidingSpans.find((candidate) => candidate.start <= offset && offset <= candidate.end);
      if (!span) continue;
      covering ??= span;
      const where = timeline.fleet ? ` (${timeline.fleet.size} ${timeline.unit === 'tasks' ? 'tasks' : 'instances'})` : '';
      lines.push(`**${timeline.title}**${where}: ${timeline.summary}. ${showDeploymentLink(simulation.logicalId)}`);
    }
  }
  if (!covering) return undefined;
  return { sections: [{ markdown: lines.join('\n\n') }], span: locate(template.root, offset)?.span ?? covering };
};
