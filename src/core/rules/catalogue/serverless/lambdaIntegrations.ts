/** T19: a REST API method that invokes a Lambda function with another HTTP method than POST. */
import { entryOf, isScalar, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, literalString } from '../support/values';

const METHOD = 'AWS::ApiGateway::Method';
const LAMBDA_INTEGRATIONS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html';

/** The literal text of a Uri: a string, an `Fn::Sub` template, or the literal parts of an `Fn::Join`. */
function uriText(node: TemplateNode | undefined): string | undefined {
  const literal = literalString(node);
  if (literal !== undefined) return literal;
  const name = intrinsicName(node);
  const argument = name ? valueOf(node, name) : undefined;
  if (name === 'Fn::Sub') {
    const template = isSeq(argument) ? argument.items[0] : argument;
    return isString(template) ? template.value : undefined;
  }
  if (name === 'Fn::Join' && isSeq(argument) && isSeq(argument.items[1])) {
    return argument.items[1].items.map((part) => (isString(part) ? part.value : '')).join('');
  }
  return undefined;
}

/** CX1918: an AWS or AWS_PROXY integration that invokes Lambda with IntegrationHttpMethod other than POST. */
export const lambdaIntegrationMethod: CatalogueCheck = {
  id: 'CX1918',
  title: 'API Gateway method that invokes a Lambda function with an integration HTTP method other than POST',
  topics: ['T19'],
  severity: 'warning',
  url: LAMBDA_INTEGRATIONS,
  explanation: {
    what:
      'API Gateway invokes a Lambda function through Lambda\'s Invoke action, which is a POST: IntegrationHttpMethod must be POST ' +
      'whatever HTTP method clients use on the method itself (HttpMethod GET, say). Another value deploys, and every call then ' +
      'fails: Lambda cannot tell which operation is asked for and refuses the request.',
    exam:
      'HttpMethod is what clients send; IntegrationHttpMethod is how API Gateway calls the backend. A Lambda proxy integration ' +
      '(Type AWS_PROXY) passes the whole request to the function and returns its response as is.',
    scenario: 'a GET endpoint of a REST API fails although the Lambda function works when tested alone',
    trap: 'setting IntegrationHttpMethod to GET to "match" a GET method is the mistake.',
  },
  resourceTypes: [METHOD],
  run(context) {
    const hits: CheckHit[] = [];
    for (const method of context.resources(METHOD)) {
      const integration = valueOf(method.properties, 'Integration');
      const type = literalString(valueOf(integration, 'Type'))?.toUpperCase();
      if (type !== 'AWS' && type !== 'AWS_PROXY') continue;
      if (!uriText(valueOf(integration, 'Uri'))?.includes(':lambda:path/')) continue;
      const entry = entryOf(integration, 'IntegrationHttpMethod');
      const verb = literalString(entry?.value);
      if (!entry || verb === undefined || verb.toUpperCase() === 'POST') continue;
      hits.push({
        message:
          `Method '${method.logicalId}' invokes a Lambda function with IntegrationHttpMethod ${verb}: Lambda is invoked with POST, so ` +
          // ANY passes the client's own method on: the calls clients make with POST still work.
          (verb.toUpperCase() === 'ANY' ? 'every call a client makes with another method fails' : 'every call would fail'),
        span: entry.value.span,
        path: ['Resources', method.logicalId, 'Properties', 'Integration', 'IntegrationHttpMethod'],
        ...(isScalar(entry.value) ? { fixes: [{ title: 'Change to POST', edits: [replaceScalar(context.template, entry.value, 'POST')], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};
