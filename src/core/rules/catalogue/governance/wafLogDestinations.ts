/** T31: AWS WAF logs only to a destination whose name starts with aws-waf-logs-. */
import { isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { templateText } from '../support/mentions';
import { literalString } from '../support/values';

const LOGGING = 'AWS::WAFv2::LoggingConfiguration';
const PREFIX = 'aws-waf-logs-';
const LOGGING_PAGE = 'https://docs.aws.amazon.com/waf/latest/developerguide/logging-destinations.html';

/** The name property of each destination type WAF logs to. */
const NAMED_BY: Readonly<Record<string, string>> = {
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::KinesisFirehose::DeliveryStream': 'DeliveryStreamName',
  'AWS::S3::Bucket': 'BucketName',
};

/** The destination's name as written in an ARN: after log-group:, deliverystream/ or the S3 bucket part. */
function nameInArn(arn: string): string | undefined {
  const match = /:log-group:([^:]+)|:deliverystream\/(.+)$|^arn:[^:]+:s3:::([^/]+)/.exec(arn);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Why a destination cannot take WAF logs, or undefined when it can (or the template cannot tell). */
function wrongName(context: CheckContext, node: TemplateNode): string | undefined {
  const target = context.referenced(node);
  if (target?.type && Object.hasOwn(NAMED_BY, target.type)) return resourceNameProblem(target);
  const written = templateText(node);
  const name = written !== undefined ? nameInArn(written) : undefined;
  // A name built with ${…} at its start may begin with anything; one that starts with text is judged by that text.
  if (name === undefined || name.startsWith('${') || name.startsWith(PREFIX)) return undefined;
  return `its name '${name}' does not start with ${PREFIX}`;
}

function resourceNameProblem(resource: ResourceDeclaration): string | undefined {
  // A generated name starts with the stack name, which may itself start with the prefix: left alone.
  const name = literalString(valueOf(resource.properties, NAMED_BY[resource.type!])) ?? templateText(valueOf(resource.properties, NAMED_BY[resource.type!]));
  if (name === undefined || name.startsWith('${') || name.startsWith(PREFIX)) return undefined;
  return `'${resource.logicalId}' is named '${name}', which does not start with ${PREFIX}`;
}

/** CX3126: a web ACL logging destination whose name does not start with aws-waf-logs-. */
export const wafLogDestinationName: CatalogueCheck = {
  id: 'CX3126',
  title: 'AWS WAF logging destination whose name does not start with aws-waf-logs-',
  topics: ['T31'],
  severity: 'error',
  url: LOGGING_PAGE,
  rejection: {
    quote: 'The name that you give the destination must start with aws-waf-logs-.',
    url: 'https://docs.aws.amazon.com/waf/latest/APIReference/API_LoggingConfiguration.html',
  },
  explanation: {
    what:
      'AWS WAF sends web ACL traffic logs to a CloudWatch Logs log group, a Firehose stream or an S3 bucket, and accepts only ' +
      'a destination whose name starts with aws-waf-logs-. A destination without that prefix makes the logging configuration ' +
      'fail to create; a name CloudFormation generates starts with the stack name, so name the destination yourself.',
    exam:
      'to analyse which requests a web ACL blocked, turn on WAF logging to a log group named aws-waf-logs-…, then query it with ' +
      'CloudWatch Logs Insights (or to a bucket of that prefix, for Athena).',
    scenario: 'keep a record of the requests the web ACL blocked and query it',
    trap: 'the prefix is required of the destination name itself, not of a path inside it.',
  },
  resourceTypes: [LOGGING],
  run(context) {
    const hits: CheckHit[] = [];
    for (const logging of context.resources(LOGGING)) {
      const destinations = valueOf(logging.properties, 'LogDestinationConfigs');
      (isSeq(destinations) ? destinations.items : []).forEach((destination, index) => {
        const why = wrongName(context, destination);
        if (!why) return;
        hits.push({
          message: `Logging configuration '${logging.logicalId}' sends WAF logs to a destination AWS WAF refuses: ${why}`,
          span: destination.span,
          path: ['Resources', logging.logicalId, 'Properties', 'LogDestinationConfigs', index],
        });
      });
    }
    return hits;
  },
};
