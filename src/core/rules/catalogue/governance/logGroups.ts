/** T31: CloudWatch Logs log groups that keep data forever, and filters created before their log group. */
import { entryOf, valueOf } from '../../../model';
import { insertEntry } from '../../exam/edits';
import { insertEntries } from '../../support/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { waitsFor } from '../support/dependencies';
import { intrinsicName, literalString } from '../support/values';

const LOG_GROUP = 'AWS::Logs::LogGroup';

/** CX3114: without RetentionInDays, logs are kept (and billed) forever. */
export const logGroupRetention: CatalogueCheck = {
  id: 'CX3114',
  title: 'Log group without RetentionInDays',
  topics: ['T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
  explanation: {
    what:
      'A log group without RetentionInDays keeps every event forever, and storage is billed for all of it. Retention deletes ' +
      'events older than the chosen number of days.',
    exam:
      'set retention to what compliance requires (e.g. 90 or 365 days) and export or subscribe (S3, Firehose) what must be kept ' +
      'longer; declare the log groups of Lambda functions in the template so their retention is managed too.',
    scenario: 'application logs must be kept for 90 days and older logs must not incur cost',
    trap: 'log groups that services create on their own (Lambda\'s /aws/lambda/…) never expire unless someone sets retention on them.',
  },
  resourceTypes: [LOG_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(LOG_GROUP)) {
      if (valueOf(group.properties, 'RetentionInDays') !== undefined) continue;
      const edit = group.properties
        ? insertEntry(context.template, group.properties, 'RetentionInDays', 90, 'LogGroupName')
        : group.body && !entryOf(group.body, 'Properties')
          ? insertEntries(context.template, group.body, [{ key: 'Properties', value: [{ key: 'RetentionInDays', value: '90' }] }])
          : undefined;
      hits.push({
        message: `Log group '${group.logicalId}' has no RetentionInDays: its events are kept, and billed, forever`,
        span: group.key.span,
        path: ['Resources', group.logicalId, 'Properties', 'RetentionInDays'],
        ...(edit ? { fixes: [{ title: 'Keep events for 90 days', edits: [edit] }] } : {}),
      });
    }
    return hits;
  },
};

/** CX3117: a filter naming its log group as text is not ordered after it. */
export const logFilterBeforeGroup: CatalogueCheck = {
  id: 'CX3117',
  title: 'Metric or subscription filter names a log group of the template as text without depending on it',
  topics: ['T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-metricfilter.html',
  explanation: {
    what:
      'A metric filter (or subscription filter) can only be put on a log group that exists. Naming the group as a string gives ' +
      'CloudFormation no dependency, so it may create the filter first and fail with "The specified log group does not exist".',
    exam:
      'metric filters turn log patterns ("ERROR", 5xx status codes) into CloudWatch metrics that alarms watch; write ' +
      'LogGroupName: !Ref TheLogGroup so the group is created first.',
  },
  resourceTypes: ['AWS::Logs::MetricFilter', 'AWS::Logs::SubscriptionFilter', LOG_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    const groups = new Map(
      context
        .resources(LOG_GROUP)
        .map((group) => [literalString(valueOf(group.properties, 'LogGroupName')), group] as const)
        .filter((pair) => pair[0] !== undefined),
    );
    for (const filter of context.resources('AWS::Logs::MetricFilter', 'AWS::Logs::SubscriptionFilter')) {
      const name = entryOf(filter.properties, 'LogGroupName');
      const group = name ? groups.get(literalString(name.value)) : undefined;
      if (!name || !group || waitsFor(context.template, filter.logicalId, group.logicalId)) continue;
      hits.push({
        message: `Filter '${filter.logicalId}' names log group '${literalString(name.value)}' ('${group.logicalId}') as text: CloudFormation may create the filter before the log group exists`,
        span: name.value.span,
        path: ['Resources', filter.logicalId, 'Properties', 'LogGroupName'],
        fixes: [{ title: `Refer to ${group.logicalId} with Ref`, edits: [{ span: name.value.span, newText: context.template.format === 'json' ? `{ "Ref": "${group.logicalId}" }` : `!Ref ${group.logicalId}` }], preferred: true }],
      });
    }
    return hits;
  },
};

const SUBSCRIPTION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-subscriptionfilter.html';

/** CX3124: a third subscription filter on one log group, which CloudWatch Logs refuses. */
export const logGroupSubscriptionLimit: CatalogueCheck = {
  id: 'CX3124',
  title: 'More than two subscription filters on one log group',
  topics: ['T31'],
  severity: 'error',
  url: SUBSCRIPTION_PAGE,
  rejection: { quote: 'There can be as many as two subscription filters associated with a log group.', url: SUBSCRIPTION_PAGE },
  explanation: {
    what:
      'A subscription filter streams a log group\'s events, as they arrive, to a Kinesis data stream, a Firehose stream, a Lambda ' +
      'function or a destination in another account. A log group takes at most two of them (a fixed quota): CloudFormation fails to create a third.',
    exam:
      'central logging across accounts is a subscription filter to a destination (a Kinesis stream or Firehose in the logging ' +
      'account); to reach more consumers, fan out from that one stream rather than adding filters.',
    scenario: 'stream the application logs of every account to a central account for analysis',
  },
  resourceTypes: ['AWS::Logs::SubscriptionFilter'],
  run(context) {
    const byGroup = new Map<string, string[]>();
    const hits: CheckHit[] = [];
    for (const filter of context.resources('AWS::Logs::SubscriptionFilter')) {
      if (valueOf(filter.body, 'Condition') !== undefined) continue;
      const name = valueOf(filter.properties, 'LogGroupName');
      const group = literalString(name) ?? (intrinsicName(name) === 'Ref' ? `Ref ${literalString(valueOf(name, 'Ref'))}` : undefined);
      if (group === undefined) continue;
      const earlier = byGroup.get(group) ?? [];
      byGroup.set(group, [...earlier, filter.logicalId]);
      if (earlier.length < 2) continue;
      hits.push({
        message:
          `Subscription filter '${filter.logicalId}' would be number ${earlier.length + 1} on its log group (after '${earlier.join("', '")}'): ` +
          'a log group takes at most two subscription filters',
        span: entryOf(filter.properties, 'LogGroupName')!.key.span,
        path: ['Resources', filter.logicalId, 'Properties', 'LogGroupName'],
      });
    }
    return hits;
  },
};

export const LOG_GROUP_CHECKS: readonly CatalogueCheck[] = [logGroupRetention, logFilterBeforeGroup, logGroupSubscriptionLimit];
