/** Small readers of template nodes shared by the routing checks. */
import { isScalar, type TemplateNode } from '../../../model';

/** A literal DNS-ish name in comparable form: lower case, without the final dot. */
export function literalKey(node: TemplateNode | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'boolean') return undefined;
  return String(node.value).toLowerCase().replace(/\.$/, '');
}
