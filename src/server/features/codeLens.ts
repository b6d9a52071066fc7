import type { CodeLens } from 'vscode-languageserver';
import { resourceDeclarations, type Template } from '../../core';
import { topicLens } from '../../core/knowledge/resourceTopics';
import { practisedTopicsByResource } from '../../core/study/resourceLens';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** What a lens carries until it is resolved: the resource it stands above. */
interface LensData {
  uri: string;
  logicalId: string;
}

/** The topics per resource, worked out once per version of a template (the lenses and their resolves share it). */
const topicsByTemplate = new WeakMap<Template, Map<string, string[]>>();

function practisedTopics(template: Template): Map<string, string[]> {
  let topics = topicsByTemplate.get(template);
  if (!topics) {
    topics = practisedTopicsByResource(template);
    topicsByTemplate.set(template, topics);
  }
  return topics;
}

/**
 * Above each resource, unless `cfnCoach.codeLens.topics` is off: the exam topics it exercises, e.g. "Exam: T07 Auto Scaling group · T09 … · +2 more";
 * all of them in the tooltip. A lens is sent as its place only; its text when the editor resolves it
 * (the lenses in view), so a template of thousands of resources is not answered with megabytes.
 */
export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true } },
  register({ connection, templateOf, settings }) {
    connection.onCodeLens(async ({ textDocument }) => {
      const { enable, topicLens: showTopics } = await settings(textDocument.uri);
      const open = templateOf(textDocument.uri);
      if (!open || !enable || !showTopics || !open.template.isTemplate) return [];
      const { template } = open;
      const topics = practisedTopics(template);
      return resourceDeclarations(template.root)
        .filter((resource) => topics.has(resource.logicalId))
        .map((resource): CodeLens => ({ range: toRange(resource.key.span, template.lines), data: { uri: textDocument.uri, logicalId: resource.logicalId } satisfies LensData }));
    });
    connection.onCodeLensResolve((lens) => {
      const { uri, logicalId } = (lens.data ?? {}) as Partial<LensData>;
      const open = typeof uri === 'string' ? templateOf(uri) : undefined;
      const ids = open && typeof logicalId === 'string' ? practisedTopics(open.template).get(logicalId) : undefined;
      // An empty command id makes the lens a label that does nothing when clicked.
      return { ...lens, command: ids ? { ...topicLens(ids), command: '' } : { title: '', command: '' } };
    });
  },
};
