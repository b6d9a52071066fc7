/** T28: a Lambda-backed custom resource whose inline code never answers CloudFormation. */
import { resourceDeclarations } from '../../../sections';
import { readableText } from '../../exam/userData';
import { propertyHit, push } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyAt } from '../support/values';

const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';
const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref.html';
/**
 * What inline code that answers mentions (lower case): the cfn-response module CloudFormation provides
 * to inline Python and Node.js code, the presigned URL it posts to, or the crhelper library.
 */
const ANSWERS = ['cfnresponse', 'cfn-response', 'cfn_response', 'responseurl', 'crhelper'];

/** Where each function type holds code written in the template. */
const INLINE_CODE: ReadonlyMap<string, readonly string[]> = new Map([
  ['AWS::Lambda::Function', ['Code', 'ZipFile']],
  ['AWS::Serverless::Function', ['InlineCode']],
]);

/** CX2822: a custom resource served by a function whose inline code sends no response. */
export const customResourceWithoutResponse: CatalogueCheck = {
  id: 'CX2822',
  title: 'Custom resource whose inline Lambda code never sends CloudFormation a response',
  topics: ['T28'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'CloudFormation sends each Create, Update and Delete of a custom resource to its ServiceToken and then waits for an answer ' +
      'posted to the presigned S3 URL in the request (ResponseURL). A function that returns without posting it leaves the stack ' +
      'waiting until ServiceTimeout (3,600 seconds unless set lower), and then the operation fails; the stack\'s rollback and ' +
      'deletion send Delete requests the same function does not answer either.',
    exam:
      'inline Python and Node.js code gets the cfn-response module from CloudFormation: call cfnresponse.send with SUCCESS or ' +
      'FAILED for every request type, also from the except block, so a failure rolls back at once instead of after an hour.',
    scenario: 'the stack stays in CREATE_IN_PROGRESS for an hour on a custom resource, then rolls back',
    trap: 'raising an exception does not answer CloudFormation either: the error must be caught and sent as FAILED.',
  },
  resourceTypes: [CUSTOM_RESOURCE],
  // Custom::Name types are the user's own: the check reads every resource, on texts that name a custom resource.
  readsEveryResource: true,
  needsText: ['Custom'],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const custom of resourceDeclarations(context.template.root)) {
      if (custom.type !== CUSTOM_RESOURCE && !custom.type?.startsWith('Custom::')) continue;
      const fn = context.referenced(propertyAt(custom, 'ServiceToken'));
      const codePath = fn?.type === undefined ? undefined : INLINE_CODE.get(fn.type);
      if (!fn || !codePath || reported.has(fn.logicalId)) continue;
      const holder = propertyAt(fn, ...codePath);
      const code = holder && readableText(holder)?.toLowerCase();
      if (code === undefined || ANSWERS.some((answer) => code.includes(answer))) continue;
      reported.add(fn.logicalId);
      const message =
        `Function '${fn.logicalId}' serves custom resource '${custom.logicalId}', but its inline code never answers CloudFormation ` +
        '(no cfnresponse.send, no request to the ResponseURL): each create, update and delete waits for ServiceTimeout, an hour by default, then fails';
      push(hits, propertyHit(fn, [...codePath], message, undefined, true));
    }
    return hits;
  },
};
