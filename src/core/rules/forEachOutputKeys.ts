/**
 * E1032 (loop outputs): each key a `Fn::ForEach` loop writes must use the loop's identifier, as
 * `${Identifier}` or `&{Identifier}`: "`${Identifier}` or `&{Identifier}` must be included in the
 * OutputKey parameter" (the Fn::ForEach reference). Without it every copy writes the same key; so do two
 * items of the collection that are the same (or the same once `&{}` drops what is not a letter or a digit), and
 * a template holds each logical ID once.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html
 */
import { finding, type Finding } from '../findings';
import { isMap, isSeq, isString, valueOf, type NodePath, type TemplateNode } from '../model';
import { forEachLoop, isForEachKey } from '../references/forEach';
import type { Template } from '../template';
import type { Rule } from './rule';

export const forEachOutputKeysRule: Rule = {
  id: 'E1032',
  needsText: ['ForEach'],
  description: 'Each output key of an Fn::ForEach loop includes the loop identifier',
  run(template: Template): Finding[] {
    if (!usesLanguageExtensions(template.root)) return [];
    const findings: Finding[] = [];
    visitLoops(template.root, [], (name, path, value) => findings.push(...keysWithoutIdentifier(name, path, value), ...repeatedItems(name, path, value)));
    return findings;
  },
};

function usesLanguageExtensions(root: TemplateNode | undefined): boolean {
  const transform = valueOf(root, 'Transform');
  const names = isSeq(transform) ? transform.items : [transform];
  return names.some((name) => isString(name) && name.value === 'AWS::LanguageExtensions');
}

/** Calls `visit` for every `Fn::ForEach::Name` entry in the tree, nested ones included. */
function visitLoops(node: TemplateNode | undefined, path: NodePath, visit: (name: string, path: NodePath, value: TemplateNode) => void): void {
  if (isSeq(node)) node.items.forEach((item, index) => visitLoops(item, [...path, index], visit));
  if (!isMap(node)) return;
  for (const entry of node.entries) {
    const entryPath = [...path, entry.key.value];
    if (isForEachKey(entry.key.value)) visit(entry.key.value, entryPath, entry.value);
    visitLoops(entry.value, entryPath, visit);
  }
}

function keysWithoutIdentifier(name: string, path: NodePath, value: TemplateNode): Finding[] {
  const loop = forEachLoop(value);
  if (!loop) return [];
  const marks = [`\${${loop.identifier}}`, `&{${loop.identifier}}`];
  return loop.outputs.entries
    .filter((entry) => !isForEachKey(entry.key.value) && !marks.some((mark) => entry.key.value.includes(mark)))
    .map((entry) =>
      finding(
        'E1032',
        'error',
        `The output key '${entry.key.value}' of loop '${name.slice('Fn::ForEach::'.length)}' does not include \${${loop.identifier}} or &{${loop.identifier}}: CloudFormation requires the identifier in every output key, or each copy would write the same key`,
        entry.key.span,
        [...path, 2, entry.key.value],
      ),
    );
}

/** Items of a literal collection that write the same keys as an earlier item: each is a second copy of the same resources. */
function repeatedItems(name: string, path: NodePath, value: TemplateNode): Finding[] {
  const loop = forEachLoop(value);
  const collection = loop && isSeq(loop.collection) ? loop.collection : undefined;
  if (!loop?.items || !collection) return [];
  // `&{Id}` writes the item with only its letters and digits; `${Id}` writes it as it is.
  const stripped = loop.outputs.entries.some((entry) => entry.key.value.includes(`&{${loop.identifier}}`));
  const keyOf = (item: string) => (stripped ? item.replace(/[^A-Za-z0-9]/g, '') : item);
  const seen = new Map<string, string>();
  const findings: Finding[] = [];
  loop.items.forEach((item, index) => {
    const first = seen.get(keyOf(item));
    if (first === undefined) {
      seen.set(keyOf(item), item);
      return;
    }
    const same = first === item ? `'${item}' twice` : `'${first}' and '${item}', which &{${loop.identifier}} writes alike`;
    findings.push(
      finding(
        'E1032',
        'error',
        `The collection of loop '${name.slice('Fn::ForEach::'.length)}' lists ${same}: both copies write the same output keys, and a template holds each key once`,
        collection.items[index].span,
        [...path, 1, index],
      ),
    );
  });
  return findings;
}
