import { isScalar, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { CheckContext } from '../types';
import { intrinsicName, possibleValues } from './values';

/** The suffix SQS and SNS read as "this queue or topic is FIFO". */
export const FIFO_SUFFIX = '.fifo';

/** True only when every name the value can resolve to is known not to end in `.fifo`. */
export function neverEndsInFifo(context: CheckContext, node: TemplateNode): boolean {
  const values = possibleValues(context, node);
  if (values !== undefined) return values.length > 0 && values.every((value) => value !== null && !String(value).endsWith(FIFO_SUFFIX));
  const tail = knownTail(node);
  return tail !== undefined && (tail.length >= FIFO_SUFFIX.length ? !tail.endsWith(FIFO_SUFFIX) : !FIFO_SUFFIX.endsWith(tail));
}

/** The literal text a `Fn::Sub` or `Fn::Join` value is sure to end with ('' when it ends with a computed part). */
function knownTail(node: TemplateNode): string | undefined {
  const name = intrinsicName(node);
  if (name === 'Fn::Sub') {
    const argument = valueOf(node, 'Fn::Sub');
    const text = isSeq(argument) ? argument.items[0] : argument;
    if (!isString(text) || text.value.includes('${!')) return undefined;
    return text.value.slice(text.value.lastIndexOf('}') + 1);
  }
  if (name === 'Fn::Join') {
    const argument = valueOf(node, 'Fn::Join');
    const parts = isSeq(argument) ? argument.items[1] : undefined;
    const last = isSeq(parts) ? parts.items[parts.items.length - 1] : undefined;
    return isScalar(last) && typeof last.value === 'string' ? last.value : undefined;
  }
  return undefined;
}
