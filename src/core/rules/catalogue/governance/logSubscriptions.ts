/** T31: a subscription filter streaming to a Lambda function of the template that CloudWatch Logs may not invoke, or not yet. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { dependsOnFix, waitsFor } from '../support/dependencies';
import { invokePermissions } from '../support/lambdaPermissions';

const FILTER = 'AWS::Logs::SubscriptionFilter';
const FUNCTIONS = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];
const LOGS = 'logs.amazonaws.com';

/** CX3134: CloudWatch Logs invokes the function through its resource policy, which must exist before the filter. */
export const logSubscriptionLambdaPermission: CatalogueCheck = {
  id: 'CX3134',
  title: 'Subscription filter to a Lambda function without an invoke permission for CloudWatch Logs it waits for',
  topics: ['T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html',
  explanation: {
    what:
      'A subscription filter hands each batch of matching log events to its destination. A Lambda destination is invoked through ' +
      "the function's resource-based policy, so the template needs an AWS::Lambda::Permission with the principal " +
      'logs.amazonaws.com (optionally with SourceArn set to the log group). CloudWatch Logs checks that it can invoke the function ' +
      'when the filter is created: a filter created without the permission, or before it, fails ("Could not execute the lambda function").',
    exam: 'log-driven automation: a subscription filter on the application log group sends ERROR events to a Lambda function that opens an OpsItem or notifies; the function needs a logs.amazonaws.com permission.',
    trap: "the function's execution role is about what the function may do, not about who may invoke it.",
  },
  resourceTypes: [FILTER, 'AWS::Lambda::Permission'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const filter of context.resources(FILTER)) {
      const destination = valueOf(filter.properties, 'DestinationArn');
      const fn = context.referenced(destination);
      if (!destination || !fn || !FUNCTIONS.includes(fn.type ?? '')) continue;
      const permissions = invokePermissions(context, fn, LOGS);
      const base = { span: destination.span, path: ['Resources', filter.logicalId, 'Properties', 'DestinationArn'] };
      if (permissions.length === 0) {
        hits.push({
          ...base,
          message: `Subscription filter '${filter.logicalId}' sends to function '${fn.logicalId}', but no AWS::Lambda::Permission lets ${LOGS} invoke it: CloudWatch Logs cannot create the filter`,
        });
        continue;
      }
      const surely = permissions.filter(({ answer }) => answer === 'yes');
      if (surely.length === 0 || permissions.some(({ permission }) => waitsFor(context.template, filter.logicalId, permission.logicalId))) continue;
      const permission = surely[0].permission;
      const fixes = dependsOnFix(context.template, filter, permission.logicalId, `Create the filter after ${permission.logicalId}`);
      hits.push({
        ...base,
        message: `Subscription filter '${filter.logicalId}' does not depend on '${permission.logicalId}': CloudFormation may create the filter before CloudWatch Logs may invoke '${fn.logicalId}', and the filter then fails`,
        ...(fixes ? { fixes } : {}),
      });
    }
    return hits;
  },
};
