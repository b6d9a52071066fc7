import type { CodeLens } from 'vscode-languageserver';
import { resourceDeclarations, type Template } from '../../core';
import { topicLens } from '../../core/knowledge/resourceTopics';
import { simulateTemplate } from '../../core/simulate';
import { practisedTopicsByResource } from '../../core/study/resourceLens';
import { SHOW_DEPLOYMENT_COMMAND } from '../../shared/protocol';
import type { Feature } from '../context';
import { toRange } from '../convert';

/**
 * Above each resource: the exam topics it exercises, unless `cfnCoach.codeLens.topics` is off
 * ("Exam: T07 Auto Scaling group · T09 … · +2 more", all of them in the tooltip); and "Show deployment"
 * on every resource the deployment simulator understands.
 */
export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, templateOf, settings }) {
    connection.onCodeLens(async ({ textDocument }) => {
      const { enable, topicLens: showTopics } = await settings(textDocument.uri);
      const open = templateOf(textDocument.uri);
      if (!open || !enable || !open.template.isTemplate) return [];
      const { template } = open;
      return [...(showTopics ? topicLenses(template) : []), ...deploymentLenses(template, textDocument.uri)];
    });
  },
};

function topicLenses(template: Template): CodeLens[] {
  const topics = practisedTopicsByResource(template);
  return resourceDeclarations(template.root).flatMap((resource): CodeLens[] => {
    const ids = topics.get(resource.logicalId);
    if (!ids) return [];
    // An empty command id makes the lens a label that does nothing when clicked.
    return [{ range: toRange(resource.key.span, template.lines), command: { ...topicLens(ids), command: '' } }];
  });
}

function deploymentLenses(template: Template, uri: string): CodeLens[] {
  return simulateTemplate(template).map((simulation) => ({
    range: toRange(simulation.keySpan, template.lines),
    command: {
      title: 'Show deployment',
      tooltip: simulation.timelines.map((timeline) => `${timeline.title}: ${timeline.summary}`).join('\n'),
      command: SHOW_DEPLOYMENT_COMMAND,
      arguments: [simulation.logicalId, uri],
    },
  }));
}
