/** T23: bucket notifications to a queue, topic or function of the template that S3 may not send to, or not yet. */
import { isMap, isSeq, toPlain, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { dependsOnFix, waitsFor } from '../support/dependencies';
import { literalString } from '../support/values';
import type { Answer } from '../support/iam';
import { invokePermissions } from '../support/lambdaPermissions';
import { POLICY_KINDS, resourcePolicyAnswer } from '../support/resourcePolicies';

const BUCKET = 'AWS::S3::Bucket';
const BUCKET_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html';
const NOTIFICATION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-notificationconfiguration.html';
const FUNCTIONS = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];

/** The notification lists, the property naming the destination in each, and what grants S3 access to it. */
const LISTS = [
  { list: 'QueueConfigurations', key: 'Queue', what: 'queue' },
  { list: 'TopicConfigurations', key: 'Topic', what: 'topic' },
  { list: 'LambdaConfigurations', key: 'Function', what: 'function' },
] as const;

interface Destination {
  bucket: ResourceDeclaration;
  /** The queue, topic or function of the template; undefined for one given otherwise (a parameter, an ARN). */
  target?: ResourceDeclaration;
  node: TemplateNode;
  path: (string | number)[];
  what: string;
}

function destinations(context: CheckContext): Destination[] {
  const found: Destination[] = [];
  for (const bucket of context.resources(BUCKET)) {
    const notifications = valueOf(bucket.properties, 'NotificationConfiguration');
    for (const { list, key, what } of LISTS) {
      const items = valueOf(notifications, list);
      if (!isSeq(items)) continue;
      items.items.forEach((item, index) => {
        const node = isMap(item) ? valueOf(item as MapNode, key) : undefined;
        if (!node) return;
        const target = context.referenced(node);
        const path = ['Resources', bucket.logicalId, 'Properties', 'NotificationConfiguration', list, index, key];
        found.push({ bucket, target, node, path, what });
      });
    }
  }
  return found;
}

/** Whether S3 may send to the destination ('no' only when nothing of the template can grant it), and the granting resources. */
function grants(context: CheckContext, destination: Destination): { answer: Answer; by: ResourceDeclaration[] } {
  const { target } = destination;
  if (!target) return destination.what === 'function' ? { answer: 'yes', by: permissionsNaming(context, destination.node) } : { answer: 'unknown', by: [] };
  // The SAM transform gives a function with an S3 event its permission for s3.amazonaws.com, and the bucket a DependsOn on it.
  if (target.type === 'AWS::Serverless::Function' && hasS3Event(target)) return { answer: 'yes', by: [] };
  if (FUNCTIONS.includes(target.type ?? '')) {
    const permissions = invokePermissions(context, target, 's3.amazonaws.com');
    return { answer: permissions.length === 0 ? 'no' : permissions[0].answer, by: permissions.map((match) => match.permission) };
  }
  const kind = POLICY_KINDS.find((candidate) => candidate.target === target.type);
  if (!kind) return { answer: 'unknown', by: [] };
  const answer = resourcePolicyAnswer(context, kind, target, 's3');
  const by = kind.policies.flatMap(({ type }) => context.resources(type));
  return { answer, by };
}

function hasS3Event(fn: ResourceDeclaration): boolean {
  const events = valueOf(fn.properties, 'Events');
  return isMap(events) && events.entries.some((entry) => literalString(valueOf(entry.value, 'Type')) === 'S3');
}

/**
 * The permissions of the template for s3.amazonaws.com whose FunctionName is written as the notification's Function is
 * (the same parameter, the same ARN): a function the template does not declare, but whose permission it does.
 */
function permissionsNaming(context: CheckContext, functionNode: TemplateNode): ResourceDeclaration[] {
  const written = JSON.stringify(toPlain(functionNode));
  return context.resources('AWS::Lambda::Permission').filter((permission) => {
    const name = valueOf(permission.properties, 'FunctionName');
    return name !== undefined && JSON.stringify(toPlain(name)) === written && literalString(valueOf(permission.properties, 'Principal')) === 's3.amazonaws.com';
  });
}

/** A destination given otherwise than as a resource of the template, as the message shows it. */
function shown(node: TemplateNode): string {
  const ref = valueOf(node, 'Ref');
  if (ref?.kind === 'scalar') return `of parameter '${String(ref.value)}'`;
  return node.kind === 'scalar' ? `'${String(node.value)}'` : 'it names';
}

/** CX2330: S3 checks that it may send to every notification destination when it creates the bucket. */
export const s3NotificationDestination: CatalogueCheck = {
  id: 'CX2330',
  title: 'Bucket notification to a queue, topic or function that S3 may not send to when the bucket is created',
  topics: ['T23', 'T30'],
  severity: 'error',
  url: BUCKET_PAGE,
  rejection: {
    quote:
      'AWS CloudFormation can\'t create the bucket until the bucket has permission to invoke the function (AWS CloudFormation checks ' +
      'whether the bucket can invoke the function).',
    url: NOTIFICATION_PAGE,
  },
  explanation: {
    what:
      'When it stores a notification configuration, S3 sends a test message to every SQS queue and SNS topic and checks that it may ' +
      'invoke every Lambda function. The queue or topic policy must let s3.amazonaws.com send (sqs:SendMessage, sns:Publish), an ' +
      'AWS::Lambda::Permission must let it invoke the function, and the bucket must be created after them (DependsOn): otherwise the ' +
      'bucket fails with "Unable to validate the following destination configurations".',
    exam:
      'event-driven processing of uploads: bucket notification → queue, topic or function, with the resource policy for S3 and the ' +
      'bucket depending on it; or EventBridge notifications on the bucket, which need no destination policy from S3.',
    scenario: 'process every uploaded file with a Lambda function, created by one template',
    trap:
      'a policy whose SourceArn is !GetAtt Bucket.Arn makes the policy wait for the bucket while the bucket must wait for the policy: ' +
      'write the bucket ARN from its name (arn:aws:s3:::name) instead.',
  },
  resourceTypes: [BUCKET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const destination of destinations(context)) {
      const { bucket, target, node, path, what } = destination;
      const { answer, by } = grants(context, destination);
      const named = target ? `${what} '${target.logicalId}'` : `the ${what} ${shown(node)}`;
      if (answer === 'no' && target) {
        const granting = what === 'function' ? 'no AWS::Lambda::Permission lets s3.amazonaws.com invoke it' : `no ${what} policy of this template lets s3.amazonaws.com send to it`;
        hits.push({ message: `Bucket '${bucket.logicalId}' notifies ${named}, but ${granting}: S3 refuses the notification configuration and the bucket fails`, span: node.span, path });
        continue;
      }
      if (answer !== 'yes' || by.length === 0 || by.some((grant) => waitsFor(context.template, bucket.logicalId, grant.logicalId))) continue;
      const grant = by[0];
      const cycle = waitsFor(context.template, grant.logicalId, bucket.logicalId);
      const fixes = cycle ? undefined : dependsOnFix(context.template, bucket, grant.logicalId, `Create the bucket after ${grant.logicalId}`);
      hits.push({
        message:
          `Bucket '${bucket.logicalId}' notifies ${named} but is not created after '${grant.logicalId}', which lets S3 send to it: ` +
          (cycle
            ? `'${grant.logicalId}' names the bucket, so it waits for it; name the bucket ARN from its name (arn:aws:s3:::…) and make the bucket depend on it`
            : 'CloudFormation may create the bucket first, and S3 then fails to validate the destination'),
        span: node.span,
        path,
        severity: 'warning',
        ...(fixes ? { fixes } : {}),
      });
    }
    return hits;
  },
};
