import { SNIPPETS, type SnippetDef } from '../snippets';

/** A snippet as the study panel offers it: its prefix (also the lab scenario id) and title. */
export interface SnippetRef {
  prefix: string;
  title: string;
}

/**
 * Supporting resources that scenarios of many topics declare: their presence says nothing about
 * which topic a template practises, whatever snippet they came from.
 */
export const SUPPORTING_TYPES: ReadonlySet<string> = new Set([
  'AWS::IAM::Role',
  'AWS::EC2::SecurityGroup',
  'AWS::IAM::InstanceProfile',
  'AWS::IAM::ManagedPolicy',
  'AWS::SNS::Topic',
  'AWS::SNS::TopicPolicy',
  'AWS::KMS::Key',
  'AWS::S3::Bucket',
  'AWS::S3::BucketPolicy',
  'AWS::Lambda::Function',
  'AWS::Lambda::Permission',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::Logs::LogGroup',
]);

function resourceTypesOf(snippet: SnippetDef): string[] {
  return Object.values(snippet.resources).flatMap((resource) => {
    const type = typeof resource === 'object' && !Array.isArray(resource) ? resource.Type : undefined;
    return typeof type === 'string' ? [type] : [];
  });
}

/**
 * Resource type → the topic it stands for, with the snippets that declare it: a type counts for a
 * topic when every snippet declaring it has that topic first (its main topic).
 */
function buildTypeTopics(): Map<string, { topic: string; prefixes: string[] }> {
  const declaring = new Map<string, SnippetDef[]>();
  for (const snippet of SNIPPETS) {
    for (const type of new Set(resourceTypesOf(snippet))) {
      if (!SUPPORTING_TYPES.has(type)) declaring.set(type, [...(declaring.get(type) ?? []), snippet]);
    }
  }
  const result = new Map<string, { topic: string; prefixes: string[] }>();
  for (const [type, snippets] of declaring) {
    const topic = snippets[0].topics[0];
    if (snippets.every((snippet) => snippet.topics[0] === topic)) result.set(type, { topic, prefixes: snippets.map((s) => s.prefix) });
  }
  return result;
}

let typeTopics: Map<string, { topic: string; prefixes: string[] }> | undefined;

/** The topic a resource type stands for through the snippets, with those snippets' prefixes. */
export function snippetTopicOfType(type: string): { topic: string; prefixes: string[] } | undefined {
  typeTopics ??= buildTypeTopics();
  return typeTopics.get(type);
}

/** The snippets tagged with a topic, main topic first, in picker order. */
export function snippetsForTopic(topicId: string): SnippetRef[] {
  const tagged = SNIPPETS.filter((snippet) => snippet.topics.includes(topicId));
  const main = tagged.filter((snippet) => snippet.topics[0] === topicId);
  const other = tagged.filter((snippet) => snippet.topics[0] !== topicId);
  return [...main, ...other].map(({ prefix, title }) => ({ prefix, title }));
}
