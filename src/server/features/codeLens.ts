import type { CodeLens } from 'vscode-languageserver';
import { resourceDeclarations } from '../../core';
import { topicLens } from '../../core/knowledge/resourceTopics';
import { practisedTopicsByResource } from '../../core/study/resourceLens';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Above each resource, unless `cfnCoach.codeLens.topics` is off: the exam topics it exercises, e.g. "Exam: T07 Auto Scaling group · T09 … · +2 more"; all of them in the tooltip. */
export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, templateOf, settings }) {
    connection.onCodeLens(async ({ textDocument }) => {
      const { enable, topicLens: showTopics } = await settings(textDocument.uri);
      const open = templateOf(textDocument.uri);
      if (!open || !enable || !showTopics || !open.template.isTemplate) return [];
      const { template } = open;
      const topics = practisedTopicsByResource(template);
      return resourceDeclarations(template.root).flatMap((resource): CodeLens[] => {
        const ids = topics.get(resource.logicalId);
        if (!ids) return [];
        // An empty command id makes the lens a label that does nothing when clicked.
        return [{ range: toRange(resource.key.span, template.lines), command: { ...topicLens(ids), command: '' } }];
      });
    });
  },
};

