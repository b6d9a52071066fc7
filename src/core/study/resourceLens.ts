import { topicsByRelevance } from '../knowledge/resourceTopics';
import type { Template } from '../template';
import { topicSites } from './sites';

/**
 * Topic ids per logical ID for the topic code lens: the topics the resource practises in this
 * template, as study coverage counts them (topicSites), most relevant first. A CodeDeploy service
 * role's trust policy names the CodeCommit topic too, but practises it only beside a repository.
 */
export function practisedTopicsByResource(template: Template): Map<string, string[]> {
  const practised = new Map<string, Set<string>>();
  for (const [topic, drafts] of topicSites('', template)) {
    for (const { site } of drafts) {
      if (site.logicalId === undefined) continue;
      const topics = practised.get(site.logicalId) ?? new Set<string>();
      practised.set(site.logicalId, topics.add(topic));
    }
  }
  const relevance = topicsByRelevance(template);
  return new Map(
    [...practised].map(([logicalId, topics]) => {
      const ranked = (relevance.get(logicalId) ?? []).filter((topic) => topics.has(topic));
      const others = [...topics].filter((topic) => !ranked.includes(topic)).sort();
      return [logicalId, [...ranked, ...others]];
    }),
  );
}
