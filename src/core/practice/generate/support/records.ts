/** Route 53 records as questions name them: by label and what they answer with. */
import { isSeq, valueOf } from '../../../model';
import type { GroupedRecord } from '../../../rules/catalogue/routing/recordGroups';
import type { CheckContext } from '../../../rules/catalogue/support/context';
import { literalString } from '../../../rules/exam/values';

/** "`PrimaryRecord` (203.0.113.10)" or "`Secondary` (alias to `StandbyLoadBalancer`)". */
export function recordText(context: CheckContext, record: GroupedRecord): string {
  const answer = answerOf(context, record);
  return answer === undefined ? `\`${record.label}\`` : `\`${record.label}\` (${answer})`;
}

function answerOf(context: CheckContext, record: GroupedRecord): string | undefined {
  const values = valueOf(record.record, 'ResourceRecords');
  if (isSeq(values)) {
    const texts = values.items.map(literalString);
    if (texts.length > 0 && texts.every((text) => text !== undefined)) return texts.join(', ');
  }
  const alias = valueOf(valueOf(record.record, 'AliasTarget'), 'DNSName');
  const literal = literalString(alias);
  if (literal !== undefined) return `alias to ${literal}`;
  const target = context.referenced(alias);
  return target ? `alias to \`${target.logicalId}\`` : undefined;
}
