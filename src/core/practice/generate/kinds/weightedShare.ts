/** The share of DNS queries a weighted record receives: its weight over the group's total. */
import { valueOf } from '../../../model';
import { recordGroups, type GroupedRecord } from '../../../rules/catalogue/routing/recordGroups';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { recordText } from '../support/records';
import { knownNumber } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const WEIGHTED_PAGE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-weighted.html';

export const weightedShare: QuestionKind = {
  kind: 'weighted-share',
  title: 'The share of queries a weighted record receives',
  topics: ['T25'],
  domain: 'D3',
  needs: [],
  generate(context) {
    return recordGroups(context.checks)
      .map((group) => questionFor(context, group))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

/** Weight ÷ total, in percent; equal shares when every weight is 0. */
export function sharePercent(weights: readonly number[], index: number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return total === 0 ? 100 / weights.length : (100 * weights[index]) / total;
}

function questionFor(context: GenerateContext, group: readonly GroupedRecord[]): TemplateQuestion | undefined {
  if (group.length < 2 || group.some((record) => record.policy !== 'weighted' || record.condition)) return undefined;
  const weights = group.map((record) => knownNumber(context.checks, valueOf(record.record, 'Weight'))?.value);
  if (weights.some((weight) => weight === undefined || weight < 0)) return undefined;
  const known = weights as number[];
  // Ask about the record with the largest weight that is not the whole group's.
  const index = known.indexOf(Math.max(...known));
  const share = sharePercent(known, index);
  const listing = group.map((record, at) => `${record.label}: ${known[at]}`).join(', ');
  const total = known.reduce((sum, weight) => sum + weight, 0);
  const reason =
    total === 0
      ? `Every record has weight 0, so Route 53 answers with each of the ${known.length} in equal shares.`
      : `Route 53 answers with a record in proportion to its weight over the total of the group: ${known[index]} ÷ ${total} (weights ${listing}).`;
  const candidates = [known[index], 100 / known.length, 100, total === 0 ? 0 : (100 * known[index]) / Math.max(1, total - known[index]), 0];
  const wrong = [...new Set(candidates.map(round).filter((value) => value <= 100))].filter((value) => value !== round(share));
  return buildQuestion(weightedShare, context, {
    subject: group[index].label,
    path: group[index].path.slice(0, 2),
    stem:
      `\`${context.fileName}\` declares weighted records with the same name and type (weights ${listing}). All endpoints are healthy. ` +
      `About what share of DNS queries does Route 53 answer with ${recordText(context.checks, group[index])}?`,
    right: [{ text: percent(share), why: reason }],
    wrong: wrong.map((value) => ({ text: percent(value), why: `Not the share. ${reason}` })),
    notes: ['route53-weight'],
    url: WEIGHTED_PAGE,
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function percent(value: number): string {
  return `${round(value)}%`;
}
