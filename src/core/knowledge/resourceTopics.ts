import type { Template } from '../template';
import type { KnowledgeBase } from './knowledgeBase';
import { KNOWLEDGE } from './notes';
import { notedPlaces } from './places';
import { topicOf } from './topics';

/** Topic ids per logical ID: those of the resource's own note and of every noted setting in it, sorted. */
export function topicsByResource(template: Template, knowledge: KnowledgeBase = KNOWLEDGE): Map<string, string[]> {
  const counts = mainTopicCounts(template, knowledge);
  return new Map([...counts].map(([logicalId, topics]) => [logicalId, [...topics.keys()].sort()]));
}

/**
 * The same topics, most relevant first: by how many of the resource's notes are mainly about the
 * topic (their first topic), then by id. A deployment group's notes on rollback events put T06
 * before the blue/green topic its own note merely mentions.
 */
export function topicsByRelevance(template: Template, knowledge: KnowledgeBase = KNOWLEDGE): Map<string, string[]> {
  const counts = mainTopicCounts(template, knowledge);
  const byRelevance = (topics: Map<string, number>) => [...topics].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([id]) => id);
  return new Map([...counts].map(([logicalId, topics]) => [logicalId, byRelevance(topics)]));
}

/** logical ID → every topic its notes name → how many of those notes name it first. */
function mainTopicCounts(template: Template, knowledge: KnowledgeBase): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const place of notedPlaces(template, knowledge)) {
    if (place.logicalId === undefined) continue;
    const topics = counts.get(place.logicalId) ?? new Map<string, number>();
    place.note.topics.forEach((topic, index) => topics.set(topic, (topics.get(topic) ?? 0) + (index === 0 ? 1 : 0)));
    counts.set(place.logicalId, topics);
  }
  return counts;
}

export function resourceTopics(template: Template, logicalId: string, knowledge: KnowledgeBase = KNOWLEDGE): string[] {
  return topicsByResource(template, knowledge).get(logicalId) ?? [];
}

/** A few words per topic, for places too narrow for the exam-topics.md title (the topic code lens). */
const SHORT_TITLES: Readonly<Record<string, string>> = {
  T01: 'CodeCommit',
  T02: 'CodePipeline',
  T03: 'CodeBuild to ECR',
  T04: 'CodeDeploy in-place',
  T05: 'CodeDeploy blue/green',
  T06: 'Automatic rollback',
  T07: 'Auto Scaling group',
  T08: 'Scheduled actions',
  T09: 'Group updates, signals',
  T10: 'CodeDeploy with ASG',
  T11: 'Graceful termination',
  T12: 'Scaling policies',
  T13: 'Beanstalk settings',
  T14: 'Beanstalk deployments',
  T15: 'Golden AMI',
  T16: 'ECR repositories',
  T17: 'ECS deployments',
  T18: 'SAM',
  T19: 'API Gateway, versions',
  T20: 'RDS',
  T21: 'Secrets',
  T22: 'Backup and DR',
  T23: 'S3',
  T24: 'DynamoDB',
  T25: 'Route 53 weighted',
  T26: 'Route 53 failover',
  T27: 'A/B routing',
  T28: 'StackSets, stack safety',
  T29: 'Config rules',
  T30: 'EventBridge rules',
  T31: 'CloudWatch',
  T32: 'Least privilege',
  T33: 'Services by name',
};

export function shortTopicTitle(id: string): string | undefined {
  return SHORT_TITLES[id];
}

/** At most this many entries in a lens title; a longer list shows one fewer topics and "+N more". */
const LENS_ENTRIES = 3;

/**
 * The topic code lens of a resource: a short title ("Exam: T07 Auto Scaling group · T09 … · +2 more")
 * and a tooltip listing every topic with its full title and section, one a line.
 */
export function topicLens(ids: readonly string[]): { title: string; tooltip: string } {
  const shown = ids.length <= LENS_ENTRIES ? ids : ids.slice(0, LENS_ENTRIES - 1);
  const entries = shown.map((id) => `${id} ${shortTopicTitle(id) ?? ''}`.trim());
  if (shown.length < ids.length) entries.push(`+${ids.length - shown.length} more`);
  const lines = ids.map((id) => {
    const topic = topicOf(id);
    return topic ? `${id} ${topic.title} (${topic.section})` : id;
  });
  return { title: `Exam: ${entries.join(' · ')}`, tooltip: ['Exam topics this resource exercises:', ...lines].join('\n') };
}
