/** T30: event patterns on an AWS service's events that name the service without the aws. prefix. */
import { entryOf, isMap, isSeq, isString, type MapNode, type TemplateNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const RULE = 'AWS::Events::Rule';
const EVENTS_PAGE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html';

/** Events that CloudTrail delivers for every service: API calls, console sign-ins and actions, service events. */
const CLOUDTRAIL_TYPE = / via CloudTrail$/;

/**
 * Service prefixes (the source is `aws.` + the prefix) and the leading words of their own event
 * types. A pattern whose source is the bare prefix and whose detail-type is one of these can only
 * have meant the service: customer events may use any source, so a source alone proves nothing.
 * Lambda is left out: events of Lambda destinations come with the source `lambda`.
 */
const SERVICE_EVENT_TYPES: Readonly<Record<string, RegExp | undefined>> = {
  acm: /^ACM Certificate /,
  autoscaling: /^EC2 Instance[ -]/,
  backup: /^(Backup|Copy Job|Restore Job|Recovery Point) /,
  batch: /^Batch /,
  cloudformation: /^CloudFormation /,
  cloudtrail: undefined,
  cloudwatch: /^CloudWatch /,
  codebuild: /^CodeBuild /,
  codecommit: /^CodeCommit /,
  codedeploy: /^CodeDeploy /,
  codepipeline: /^CodePipeline /,
  config: /^Config /,
  dynamodb: undefined,
  ec2: /^(EC2|EBS) /,
  ecr: /^ECR /,
  ecs: /^ECS /,
  elasticbeanstalk: /^Elastic Beanstalk /,
  elasticloadbalancing: undefined,
  guardduty: /^GuardDuty /,
  health: /^AWS Health /,
  iam: undefined,
  imagebuilder: /^EC2 Image Builder /,
  inspector2: /^Inspector2 /,
  kms: /^KMS /,
  rds: /^RDS /,
  s3: /^Object /,
  secretsmanager: undefined,
  securityhub: /^Security Hub /,
  signin: /^AWS Console Sign In /,
  sns: undefined,
  sqs: undefined,
  ssm: /^(EC2 Command|EC2 Automation|EC2 State Manager|Parameter Store|Maintenance Window|Configuration Compliance) /,
  states: /^Step Functions /,
  sts: undefined,
  trustedadvisor: /^Trusted Advisor /,
};

/** A pattern as a map, from the template map or from a JSON string. */
function patternOf(node: TemplateNode | undefined): { fields: Map<string, unknown>; map?: MapNode } | undefined {
  if (isMap(node) && intrinsicName(node) === undefined) {
    const fields = new Map<string, unknown>();
    for (const entry of node.entries) {
      const value = entry.value;
      fields.set(entry.key.value, isSeq(value) ? value.items.map((item) => (isString(item) ? item.value : undefined)) : undefined);
    }
    return { fields, map: node };
  }
  if (!isString(node)) return undefined;
  try {
    const parsed: unknown = JSON.parse(node.value);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return { fields: new Map(Object.entries(parsed as Record<string, unknown>)) };
  } catch {
    return undefined;
  }
}

/** The strings of a pattern field written as a list (content filters and computed items left out). */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** CX3021: `source: [codepipeline]` with CodePipeline's detail-type matches nothing. */
export const eventSourceWithoutPrefix: CatalogueCheck = {
  id: 'CX3021',
  title: 'Event pattern names an AWS service as its source without the aws. prefix',
  topics: ['T30'],
  severity: 'warning',
  url: EVENTS_PAGE,
  explanation: {
    what:
      'Events from AWS services carry a source that starts with "aws." followed by the service prefix (aws.codepipeline, ' +
      'aws.ec2, aws.s3). A pattern whose source is the bare prefix, next to a detail-type of that service, matches no event the ' +
      'service sends: the rule is created and silently never fires.',
    exam:
      'react to service events with a rule on source and detail-type, e.g. source aws.codepipeline with detail-type "CodePipeline ' +
      'Pipeline Execution State Change" and detail.state FAILED to notify the team or start a remediation.',
    scenario: 'notify the team through SNS whenever a pipeline execution fails',
    trap: 'custom applications may use any source except one starting with "aws.", so EventBridge accepts the pattern as written.',
  },
  resourceTypes: [RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE)) {
      const entry = entryOf(rule.properties, 'EventPattern');
      const pattern = patternOf(entry?.value);
      if (!entry || !pattern) continue;
      const sources = strings(pattern.fields.get('source'));
      const types = strings(pattern.fields.get('detail-type'));
      if (types.length === 0) continue;
      for (const source of sources) {
        if (!Object.hasOwn(SERVICE_EVENT_TYPES, source) || sources.includes(`aws.${source}`)) continue;
        const own = SERVICE_EVENT_TYPES[source];
        const matching = types.find((type) => CLOUDTRAIL_TYPE.test(type) || own?.test(type));
        if (!matching) continue;
        const sourceEntry = pattern.map ? entryOf(pattern.map, 'source') : undefined;
        const item = sourceEntry && isSeq(sourceEntry.value) ? sourceEntry.value.items.find((node) => isString(node) && node.value === source) : undefined;
        const fix = isString(item) ? { title: `Match aws.${source}`, edits: [replaceScalar(context.template, item, `aws.${source}`)], preferred: true } : undefined;
        hits.push({
          message:
            `The event pattern of rule '${rule.logicalId}' matches source '${source}' with detail-type '${matching}': events of that ` +
            `service come from 'aws.${source}', so the rule never fires`,
          span: (item ?? sourceEntry?.value ?? entry.value).span,
          path: ['Resources', rule.logicalId, 'Properties', 'EventPattern', ...(sourceEntry ? ['source'] : [])],
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
    return hits;
  },
};
