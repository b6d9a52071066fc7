import type { HoverProvider } from '../hover';
import { locate, topicList } from '../knowledge';
import { practisedTopicsByResource } from './resourceLens';

/** On a resource's logical ID: the exam topics it practises, as the code lens and the study panel count them. */
export const practisedTopicsHoverProvider: HoverProvider = (template, offset) => {
  const located = locate(template.root, offset);
  const [section, logicalId] = located?.path ?? [];
  if (!located || located.path.length !== 2 || section !== 'Resources' || typeof logicalId !== 'string') return undefined;
  const topics = practisedTopicsByResource(template).get(logicalId) ?? [];
  return topics.length > 0 ? { sections: [{ markdown: `**This resource exercises:** ${topicList(topics)}` }], span: located.span } : undefined;
};
