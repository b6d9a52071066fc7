/** CX0113: a CodeStar notification rule sends to an SNS topic whose policy does not admit the notification service. */
import { isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { topicPolicies } from '../support/topicPolicies';
import { admitsService } from '../support/principals';
import { literalString } from '../support/values';

const RULE = 'AWS::CodeStarNotifications::NotificationRule';
const URL = 'https://docs.aws.amazon.com/dtconsole/latest/userguide/set-up-sns.html';
const SERVICE = 'codestar-notifications.amazonaws.com';

export const notificationTopicPolicy: CatalogueCheck = {
  id: 'CX0113',
  title: 'Notification rule sends to an SNS topic that does not let CodeStar Notifications publish',
  topics: ['T01', 'T30'],
  severity: 'warning',
  url: URL,
  explanation: {
    what:
      'Notification rules for CodeCommit, CodeBuild, CodeDeploy and CodePipeline publish with the service principal ' +
      'codestar-notifications.amazonaws.com. An SNS topic you create yourself needs a topic policy that allows that principal ' +
      'sns:Publish; without it the rule exists but no notification is ever delivered.',
    exam:
      'pull request, comment and approval notifications come from notification rules (or EventBridge), not from repository ' +
      'triggers; the SNS topic policy and, for an encrypted topic, the KMS key policy must admit the publishing service.',
    scenario: 'email the team when a pull request is opened or a pipeline execution fails',
  },
  resourceTypes: [RULE, 'AWS::SNS::Topic'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE)) {
      const targets = valueOf(rule.properties, 'Targets');
      if (!isSeq(targets)) continue;
      for (const [index, target] of targets.items.entries()) {
        if (literalString(valueOf(target, 'TargetType')) !== 'SNS') continue;
        const address = valueOf(target, 'TargetAddress');
        const topic = context.referenced(address);
        if (topic?.type !== 'AWS::SNS::Topic' || admitsService(topicPolicies(context, topic.logicalId), SERVICE) !== 'no') continue;
        hits.push({
          message:
            `Notification rule '${rule.logicalId}' sends to topic '${topic.logicalId}', but no topic policy in the template lets ` +
            `${SERVICE} publish to it: the notifications are never delivered`,
          span: address!.span,
          path: ['Resources', rule.logicalId, 'Properties', 'Targets', index, 'TargetAddress'],
        });
      }
    }
    return hits;
  },
};
