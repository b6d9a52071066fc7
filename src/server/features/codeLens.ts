import type { CodeLens } from 'vscode-languageserver';
import { resourceDeclarations, type Template } from '../../core';
import { topicLens } from '../../core/knowledge/resourceTopics';
import { simulateTemplate, type ResourceSimulation } from '../../core/simulate';
import { practisedTopicsByResource } from '../../core/study/resourceLens';
import { SHOW_DEPLOYMENT_COMMAND } from '../../shared/protocol';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** What a lens carries until it is resolved: the resource it stands above, and which lens it is. */
interface LensData {
  uri: string;
  logicalId: string;
  kind: 'topics' | 'deployment';
}

/** Worked out once per version of a template: the lenses and their resolves share it. */
function perTemplate<T>(compute: (template: Template) => T): (template: Template) => T {
  const cache = new WeakMap<Template, T>();
  return (template) => {
    let value = cache.get(template);
    if (value === undefined) {
      value = compute(template);
      cache.set(template, value);
    }
    return value;
  };
}

const practisedTopics = perTemplate(practisedTopicsByResource);
const simulations = perTemplate((template) => new Map(simulateTemplate(template).map((simulation) => [simulation.logicalId, simulation])));

/**
 * Above each resource: the exam topics it exercises, unless `cfnCoach.codeLens.topics` is off
 * ("Exam: T07 Auto Scaling group · T09 … · +2 more", all of them in the tooltip); and "Show deployment"
 * on every resource the deployment simulator understands. A lens is sent as its place only; its text when
 * the editor resolves it (the lenses in view), so a template of thousands of resources is not answered with megabytes.
 */
export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true } },
  register({ connection, templateOf, settings }) {
    connection.onCodeLens(async ({ textDocument }) => {
      const { enable, topicLens: showTopics } = await settings(textDocument.uri);
      const open = templateOf(textDocument.uri);
      if (!open || !enable || !open.template.isTemplate) return [];
      const { template } = open;
      const uri = textDocument.uri;
      const topics = showTopics ? practisedTopics(template) : new Map<string, string[]>();
      const simulated = simulations(template);
      return resourceDeclarations(template.root).flatMap((resource): CodeLens[] => {
        const range = toRange(resource.key.span, template.lines);
        const lens = (kind: LensData['kind']): CodeLens => ({ range, data: { uri, logicalId: resource.logicalId, kind } satisfies LensData });
        return [...(topics.has(resource.logicalId) ? [lens('topics')] : []), ...(simulated.has(resource.logicalId) ? [lens('deployment')] : [])];
      });
    });
    connection.onCodeLensResolve((lens) => {
      const { uri, logicalId, kind } = (lens.data ?? {}) as Partial<LensData>;
      const open = typeof uri === 'string' ? templateOf(uri) : undefined;
      if (!open || typeof logicalId !== 'string') return { ...lens, command: { title: '', command: '' } };
      if (kind === 'deployment') {
        const simulation = simulations(open.template).get(logicalId);
        return { ...lens, command: simulation ? deploymentCommand(simulation, uri!) : { title: '', command: '' } };
      }
      const ids = practisedTopics(open.template).get(logicalId);
      // An empty command id makes the lens a label that does nothing when clicked.
      return { ...lens, command: ids ? { ...topicLens(ids), command: '' } : { title: '', command: '' } };
    });
  },
};

function deploymentCommand(simulation: ResourceSimulation, uri: string) {
  return {
    title: 'Show deployment',
    tooltip: simulation.timelines.map((timeline) => `${timeline.title}: ${timeline.summary}`).join('\n'),
    command: SHOW_DEPLOYMENT_COMMAND,
    arguments: [simulation.logicalId, uri],
  };
}
