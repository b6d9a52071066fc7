import type { Span, TemplateNode } from '../model';
import type { ParseResult } from './common';

/** A parse of a changed copy of a text with every span moved back to the original text (spans may be shared). */
export function remapped({ root, findings }: ParseResult, toOriginal: (offset: number) => number): ParseResult {
  const moved = new Set<Span>();
  const move = (span: Span) => {
    if (moved.has(span)) return;
    moved.add(span);
    span.start = toOriginal(span.start);
    span.end = toOriginal(span.end);
  };
  const visit = (node: TemplateNode) => {
    if (moved.has(node.span)) return;
    move(node.span);
    if (node.kind === 'seq') node.items.forEach(visit);
    if (node.kind !== 'map') return;
    if (node.shortForm) move(node.shortForm.span);
    for (const entry of node.entries) {
      move(entry.key.span);
      move(entry.span);
      visit(entry.value);
    }
  };
  if (root) visit(root);
  for (const found of findings) move(found.span);
  return { root, findings };
}
