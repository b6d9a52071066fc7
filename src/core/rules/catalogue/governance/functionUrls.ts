/** T32: a Lambda function URL anyone on the internet can call. */
import { entryOf, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const URL_AUTH_PAGE = 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html';
/** Where each type writes the URL's auth type. */
const AUTH_TYPE_AT: Readonly<Record<string, readonly string[]>> = {
  'AWS::Lambda::Url': [],
  'AWS::Serverless::Function': ['FunctionUrlConfig'],
};

/** CX3220: AuthType NONE on a function URL. */
export const functionUrlWithoutAuth: CatalogueCheck = {
  id: 'CX3220',
  title: 'Lambda function URL with AuthType NONE (public, unauthenticated)',
  topics: ['T32'],
  severity: 'warning',
  url: URL_AUTH_PAGE,
  explanation: {
    what:
      'A function URL is an HTTPS endpoint of the function. With AuthType NONE, Lambda authenticates nobody: once the resource policy ' +
      'lets the principal * call lambda:InvokeFunctionUrl, anyone who has the URL can invoke the function. With AWS_IAM, callers sign ' +
      'their requests (SigV4) and need lambda:InvokeFunctionUrl in their own policies.',
    exam:
      'least privilege for an HTTP endpoint: AWS_IAM on the function URL, or CloudFront in front of it with origin access control, or API ' +
      'Gateway with an authorizer, throttling and AWS WAF when the endpoint must be public.',
    trap: 'NONE still needs a resource policy for the principal * before the URL answers; that permission is what makes it public.',
  },
  resourceTypes: Object.keys(AUTH_TYPE_AT),
  run(context) {
    const hits: CheckHit[] = [];
    for (const [type, at] of Object.entries(AUTH_TYPE_AT)) {
      for (const resource of context.resources(type)) {
        const holder = at.reduce<TemplateNode | undefined>((node, key) => valueOf(node, key), resource.properties);
        const entry = entryOf(holder, 'AuthType');
        if (!entry || literalString(entry.value) !== 'NONE') continue;
        hits.push({
          message: `The function URL of '${resource.logicalId}' has AuthType NONE: anyone with the URL can invoke the function; use AWS_IAM, or put CloudFront or API Gateway in front of it`,
          span: entry.value.span,
          path: ['Resources', resource.logicalId, 'Properties', ...at, 'AuthType'],
        });
      }
    }
    return hits;
  },
};
