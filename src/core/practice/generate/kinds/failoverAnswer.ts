/** Which record Route 53 answers with when the primary's endpoint fails (failover routing, health checks). */
import { valueOf } from '../../../model';
import { recordGroups, type GroupedRecord } from '../../../rules/catalogue/routing/recordGroups';
import { literalBoolean, literalString } from '../../../rules/exam/values';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { recordText } from '../support/records';
import type { GenerateContext, QuestionKind } from '../types';

const CHOOSING_PAGE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html';

export const failoverAnswer: QuestionKind = {
  kind: 'failover-answer',
  title: 'Which record Route 53 answers with when the primary endpoint fails',
  topics: ['T26'],
  domain: 'D3',
  needs: [],
  generate(context) {
    return recordGroups(context.checks)
      .map((group) => questionFor(context, group))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, group: readonly GroupedRecord[]): TemplateQuestion | undefined {
  const failover = (value: string) => group.filter((record) => record.policy === 'failover' && literalString(valueOf(record.record, 'Failover')) === value);
  const [primary, secondary] = [failover('PRIMARY'), failover('SECONDARY')];
  if (primary.length !== 1 || secondary.length !== 1 || primary[0].condition || secondary[0].condition) return undefined;
  const judged = healthJudged(primary[0]);
  if (judged === undefined) return undefined;
  const name = literalString(valueOf(primary[0].record, 'Name'));
  const [primaryText, secondaryText] = [recordText(context.checks, primary[0]), recordText(context.checks, secondary[0])];
  const how = judged === 'check' ? 'has a health check (`HealthCheckId`)' : judged === 'alias' ? 'is an alias with `EvaluateTargetHealth: true`' : 'has no health check and no alias target health';
  const reason =
    judged === 'never'
      ? `The primary ${how}, so Route 53 always considers it healthy and keeps answering with it, even while its endpoint is down.`
      : `The primary ${how}, so Route 53 sees it fail and answers with the secondary record instead.`;
  const primaryOption = { text: `The primary record ${primaryText}`, why: reason };
  const secondaryOption = { text: `The secondary record ${secondaryText}`, why: reason };
  return buildQuestion(failoverAnswer, context, {
    subject: primary[0].label,
    path: primary[0].path.slice(0, 2),
    stem:
      `\`${context.fileName}\` declares failover records${name ? ` for \`${name}\`` : ''}. The endpoint behind the primary record stops responding; ` +
      'the secondary endpoint is healthy. Which answer does Route 53 give to new DNS queries?',
    right: [judged === 'never' ? primaryOption : secondaryOption],
    wrong: [
      judged === 'never' ? secondaryOption : primaryOption,
      { text: 'No answer (an empty response) until the primary recovers', why: `Failover routing always answers while a record is available. ${reason}` },
      { text: 'Both records, and the client picks one', why: `Returning several healthy records is multivalue answer routing, not failover. ${reason}` },
    ],
    notes: ['route53-failover', 'route53-failover-primary', 'route53-health-check-id'],
    url: CHOOSING_PAGE,
  });
}

/** How Route 53 can tell the primary is down: its health check, its alias target's health, or not at all. */
function healthJudged(record: GroupedRecord): 'check' | 'alias' | 'never' | undefined {
  if (valueOf(record.record, 'HealthCheckId') !== undefined) return 'check';
  const alias = valueOf(record.record, 'AliasTarget');
  if (alias === undefined) return 'never';
  const evaluate = valueOf(alias, 'EvaluateTargetHealth');
  if (evaluate === undefined) return 'never';
  const flag = literalBoolean(evaluate);
  return flag === undefined ? undefined : flag ? 'alias' : 'never';
}
