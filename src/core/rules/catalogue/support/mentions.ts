/**
 * What a value says about other resources and text, as far as the template shows it: the logical
 * ids it mentions through Ref, Fn::GetAtt and `${…}` in Fn::Sub, and the text of a literal or an
 * Fn::Sub template (placeholders kept), for checks that read ARNs, buildspecs or scripts.
 */
import { isMap, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import { subVariables } from '../../../references/subVariables';
import { referencedId } from './context';
import { intrinsicName } from './values';

/** Logical ids (and parameters) a node mentions anywhere inside it; pseudo parameters are left out. */
export function mentionedNames(node: TemplateNode | undefined): Set<string> {
  const names = new Set<string>();
  collect(node, names, 0);
  return names;
}

function collect(node: TemplateNode | undefined, names: Set<string>, depth: number): void {
  if (node === undefined || depth > 64) return;
  if (isSeq(node)) {
    for (const item of node.items) collect(item, names, depth + 1);
    return;
  }
  if (!isMap(node)) return;
  const name = intrinsicName(node);
  if (name === 'Ref' || name === 'Fn::GetAtt') {
    const id = referencedId(node);
    if (id !== undefined && !id.includes('::')) names.add(id);
    return;
  }
  if (name === 'Fn::Sub') {
    const args = valueOf(node, 'Fn::Sub');
    const text = isString(args) ? args : isSeq(args) && isString(args.items[0]) ? args.items[0] : undefined;
    const local = isSeq(args) && isMap(args.items[1]) ? new Set(args.items[1].entries.map((entry) => entry.key.value)) : new Set<string>();
    for (const variable of subVariables(text?.value ?? '')) {
      const id = variable.expression.split('.')[0];
      if (!id.includes('::') && !local.has(id)) names.add(id);
    }
    if (isSeq(args)) collect(args.items[1], names, depth + 1);
    return;
  }
  for (const entry of node.entries) collect(entry.value, names, depth + 1);
}

/** Whether the node mentions this logical id. */
export function mentions(node: TemplateNode | undefined, logicalId: string): boolean {
  return mentionedNames(node).has(logicalId);
}

/**
 * The text of a literal string, or of an Fn::Sub template with its `${…}` placeholders as written;
 * undefined for anything else (Fn::Join, Fn::If…), which a check must treat as unknown.
 */
export function templateText(node: TemplateNode | undefined): string | undefined {
  if (isString(node)) return node.value;
  if (intrinsicName(node) !== 'Fn::Sub') return undefined;
  const args = valueOf(node, 'Fn::Sub');
  if (isString(args)) return args.value;
  return isSeq(args) && isString(args.items[0]) ? args.items[0].value : undefined;
}
