import type { NotedPlace } from '../knowledge';
import { SUPPORTING_TYPES } from './snippetTopics';

/**
 * Resource types whose own note names topics that the resource's settings choose between, so the
 * type alone practises none of them: a Route 53 record is weighted or failover by its routing
 * policy, an ECR repository is a build target or a shared registry by its policies, a Lambda alias
 * serves SAM traffic shifting or weighted version routing, a metric filter feeds a rollback alarm or
 * plain monitoring.
 */
export const TYPES_DECIDED_BY_SETTINGS: ReadonlySet<string> = new Set([
  'AWS::Route53::RecordSet',
  'AWS::Route53::RecordSetGroup',
  'AWS::ECR::Repository',
  'AWS::Lambda::Alias',
  'AWS::Logs::MetricFilter',
]);

/**
 * Whether a place is evidence of its note's first topic whatever the rest of the template says:
 * a note with one topic is about that topic, and a resource's own note is about its first topic
 * (the others are related: an Auto Scaling group's note also names the CodeDeploy topic) unless
 * the resource is a supporting one or its settings decide its topic.
 */
function standsForFirstTopic(place: NotedPlace): boolean {
  const { note } = place;
  if (note.topics.length === 1) return true;
  const type = note.key.type;
  return place.isResource && type !== undefined && !SUPPORTING_TYPES.has(type) && !TYPES_DECIDED_BY_SETTINGS.has(type);
}

/** The topics a template exercises on its own terms: places that stand for their note's first topic, and `alsoExercised`. */
export function exercisedTopics(places: readonly NotedPlace[], alsoExercised: Iterable<string>): Set<string> {
  return new Set([...alsoExercised, ...places.filter(standsForFirstTopic).map((place) => place.note.topics[0])]);
}

/**
 * The topics a noted place is evidence for. Other notes name every topic their setting plays a part
 * in (an IAM role's trust policy: cross-account CodeCommit access, pipeline deploy roles, least
 * privilege), and which of those the template practises depends on the rest of it: they count for
 * those of their topics the template exercises (see exercisedTopics), and for none otherwise. So a
 * CodeDeploy service role's trust policy is no CodeCommit evidence, and a failover record's
 * `SetIdentifier` no weighted-routing evidence.
 */
export function evidenceTopics(place: NotedPlace, exercised: ReadonlySet<string>): string[] {
  if (standsForFirstTopic(place)) return [place.note.topics[0]];
  return place.note.topics.filter((topic) => exercised.has(topic));
}
