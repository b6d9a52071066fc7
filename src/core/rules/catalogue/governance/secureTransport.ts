/**
 * T32: a resource policy statement meant to refuse plain HTTP that refuses HTTPS instead: Deny with
 * aws:SecureTransport true matches every request made over TLS, so the resource serves no one but
 * unencrypted callers (which the same intent meant to stop).
 */
import { isMap, nodeAt, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import { resourceDeclarations } from '../../../sections';
import { POLICY_DOCUMENTS } from '../../support/policyDocumentPlaces';
import { literalBoolean, literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import { statementsOf } from '../data/policyDocument';

const PAGE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html';

/**
 * `aws:SecureTransport` under the statement's Bool condition, with its node, when the statement is a Deny
 * that tests nothing else: other tests narrow it (a Deny of TLS older than 1.2 over HTTPS is deliberate).
 */
function deniedTransport(statement: TemplateNode): { node: TemplateNode; path: NodePath } | undefined {
  if (literalString(valueOf(statement, 'Effect')) !== 'Deny') return undefined;
  const condition = valueOf(statement, 'Condition');
  if (!isMap(condition) || testCount(condition) !== 1) return undefined;
  for (const operator of ['Bool', 'BoolIfExists']) {
    const tests = valueOf(condition, operator);
    if (!isMap(tests)) continue;
    const entry = tests.entries.find((candidate) => candidate.key.value.toLowerCase() === 'aws:securetransport');
    if (entry) return { node: entry.value, path: ['Condition', operator, entry.key.value] };
  }
  return undefined;
}

/** How many keys a Condition block tests, over all its operators. */
function testCount(condition: MapNode): number {
  return condition.entries.reduce((count, { value }) => count + (isMap(value) ? value.entries.length : 1), 0);
}

/** CX3219: Deny with aws:SecureTransport true. */
export const denySecureTransport: CatalogueCheck = {
  id: 'CX3219',
  title: 'Resource policy denies requests made over HTTPS (aws:SecureTransport true) instead of plain HTTP',
  topics: ['T32', 'T23'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'aws:SecureTransport is true for a request sent over TLS. A Deny whose Bool condition tests it against true refuses every HTTPS ' +
      'request, so the applications, replication and CloudFront lose access while plain HTTP, the traffic to stop, is not denied by it.',
    exam:
      'to require encryption in transit, deny with Condition Bool aws:SecureTransport "false" (Principal "*", all actions, the resource ' +
      'and its objects); the same pattern applies to SQS queue and SNS topic policies.',
    scenario: 'the bucket must refuse any request that is not encrypted in transit',
    trap: 'the policy deploys and looks right at a glance; every HTTPS client then gets AccessDenied.',
  },
  resourceTypes: ['AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy'],
  readsEveryResource: true,
  needsText: ['Bool'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of resourceDeclarations(context.template.root)) {
      const places = resource.type === undefined ? undefined : POLICY_DOCUMENTS[resource.type];
      if (!places || !resource.properties) continue;
      for (const place of places.filter((candidate) => candidate.kind === 'resource' && !candidate.path.includes('*'))) {
        const document = nodeAt(resource.properties, [...place.path]);
        const statement = valueOf(document, 'Statement');
        const { statements } = statementsOf(document);
        statements.forEach((one) => {
          const denied = deniedTransport(one);
          if (!denied || literalBoolean(denied.node) !== true) return;
          const index = statement?.kind === 'seq' ? statement.items.indexOf(one) : undefined;
          hits.push({
            message:
              `'${resource.logicalId}' denies requests whose aws:SecureTransport is true, that is every request made over HTTPS: to refuse ` +
              'plain HTTP the condition is false',
            span: denied.node.span,
            path: ['Resources', resource.logicalId, 'Properties', ...place.path, 'Statement', ...(index === undefined ? [] : [index]), ...denied.path],
          });
        });
      }
    }
    return hits;
  },
};
