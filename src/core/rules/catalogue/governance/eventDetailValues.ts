/** T30: event patterns that match a detail value the service never puts in its events (state FAILURE for a pipeline). */
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { patterns, type Item } from './eventPatterns';

/** The values a service sends in one field of an event's detail, by detail-type, from the page that lists them. */
interface DetailValues {
  source: string;
  field: string;
  values: readonly string[];
  page: string;
}

const PIPELINE_EVENTS = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html';
const INSTANCE_STATES = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html';

export const DETAIL_VALUES: Readonly<Record<string, DetailValues>> = {
  'CodePipeline Pipeline Execution State Change': {
    source: 'aws.codepipeline',
    field: 'state',
    values: ['STARTED', 'SUCCEEDED', 'RESUMED', 'FAILED', 'CANCELED', 'SUPERSEDED', 'STOPPING', 'STOPPED'],
    page: PIPELINE_EVENTS,
  },
  'CodePipeline Stage Execution State Change': {
    source: 'aws.codepipeline',
    field: 'state',
    values: ['STARTED', 'SUCCEEDED', 'RESUMED', 'FAILED', 'CANCELED', 'STOPPING', 'STOPPED'],
    page: PIPELINE_EVENTS,
  },
  'CodePipeline Action Execution State Change': {
    source: 'aws.codepipeline',
    field: 'state',
    values: ['STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'CANCELED'],
    page: PIPELINE_EVENTS,
  },
  'EC2 Instance State-change Notification': {
    source: 'aws.ec2',
    field: 'state',
    values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'],
    page: INSTANCE_STATES,
  },
};

/** The value meant: the one sharing the longest start with what is written (FAILURE → FAILED), in any letter case; none under three letters. */
function closestValue(written: string, values: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  let best: string | undefined;
  let bestShared = 2;
  for (const value of values) {
    const candidate = value.toLowerCase();
    let shared = 0;
    while (shared < lower.length && shared < candidate.length && lower[shared] === candidate[shared]) shared++;
    if (shared > bestShared) [best, bestShared] = [value, shared];
  }
  return best;
}

/** CX3026: `detail.state: [FAILURE]` on pipeline events, which say FAILED. */
export const eventDetailValueNeverSent: CatalogueCheck = {
  id: 'CX3026',
  title: 'Event pattern matching a detail value the service never sends',
  topics: ['T30', 'T02'],
  severity: 'warning',
  url: PIPELINE_EVENTS,
  explanation: {
    what:
      'A pattern value must equal the event\'s value exactly, letter case included. CodePipeline\'s events say STARTED, SUCCEEDED, ' +
      'FAILED, CANCELED, SUPERSEDED…; EC2 instance state changes say running, stopped, terminated… A pattern on a value the service ' +
      'never sends (FAILURE, Failed, STOPPED for an action) is accepted, and the rule never fires.',
    exam:
      '"notify the team when the pipeline fails": a rule on source aws.codepipeline, detail-type "CodePipeline Pipeline Execution ' +
      'State Change" and detail.state FAILED, with an SNS target whose topic policy lets events.amazonaws.com publish.',
    scenario: 'the notification rule for failed pipeline runs was deployed, but no one is ever notified',
    trap: 'CodeDeploy deployment events use other words (FAILURE, SUCCESS) than CodePipeline\'s (FAILED, SUCCEEDED).',
  },
  resourceTypes: ['AWS::Events::Rule', 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pattern of patterns(context)) {
      const types = pattern.field('detail-type');
      if (!types || types.length === 0 || types.some((item) => item === undefined || !Object.hasOwn(DETAIL_VALUES, item.value))) continue;
      const known = types.map((item) => DETAIL_VALUES[item!.value]);
      const fields = new Set(known.map((entry) => entry.field));
      if (fields.size !== 1) continue;
      const field = known[0].field;
      const written = pattern.detail(field);
      if (!written) continue;
      const sent = [...new Set(known.flatMap((entry) => entry.values))];
      for (const item of written.items.filter((candidate): candidate is NonNullable<Item> => candidate !== undefined && !sent.includes(candidate.value))) {
        const guess = closestValue(item.value, sent);
        const fix = item.node && guess ? { title: `Match '${guess}'`, edits: [replaceScalar(context.template, item.node, guess)] } : undefined;
        hits.push({
          message:
            `The event pattern of '${pattern.resource.logicalId}' matches detail.${field} '${item.value}', which ${types.map((type) => `'${type!.value}'`).join(' or ')} ` +
            `never carries (${guess ? `did you mean '${guess}'?` : `it sends ${sent.join(', ')}`}): that value matches no event`,
          span: (item.node ?? pattern.node).span,
          path: written.path,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
    return hits;
  },
};
