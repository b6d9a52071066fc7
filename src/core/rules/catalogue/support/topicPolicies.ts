/** The policy documents a template attaches to one of its SNS topics. */
import { isSeq, valueOf, type TemplateNode } from '../../../model';
import type { CheckContext } from './context';
import { mentions } from './mentions';

/** The policy documents this template attaches to the topic (undefined for a policy without a readable document). */
export function topicPolicies(context: CheckContext, topicId: string): (TemplateNode | undefined)[] {
  const documents: (TemplateNode | undefined)[] = [];
  for (const policy of context.resources('AWS::SNS::TopicPolicy')) {
    const topics = valueOf(policy.properties, 'Topics');
    if (isSeq(topics) ? topics.items.some((item) => mentions(item, topicId)) : mentions(topics, topicId)) {
      documents.push(valueOf(policy.properties, 'PolicyDocument'));
    }
  }
  for (const policy of context.resources('AWS::SNS::TopicInlinePolicy')) {
    if (mentions(valueOf(policy.properties, 'TopicArn'), topicId)) documents.push(valueOf(policy.properties, 'PolicyDocument'));
  }
  return documents;
}
