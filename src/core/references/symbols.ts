/** The document outline: sections, then what each declares. */
import { isMap, isString, valueOf, type MapEntry, type Span } from '../model';
import type { Template } from '../template';
import { sourceSpanOf } from './scalarSource';

export type OutlineKind = 'section' | 'parameter' | 'resource' | 'condition' | 'mapping' | 'output';

export interface OutlineSymbol {
  name: string;
  kind: OutlineKind;
  detail?: string;
  /** The whole entry, key to end of value. */
  span: Span;
  /** The name itself. */
  selectionSpan: Span;
  children: OutlineSymbol[];
}

const CHILD_KINDS: Record<string, OutlineKind> = {
  Parameters: 'parameter',
  Resources: 'resource',
  Conditions: 'condition',
  Mappings: 'mapping',
  Outputs: 'output',
};

export function documentSymbols(template: Template): OutlineSymbol[] {
  if (!template.isTemplate || !isMap(template.root)) return [];
  return template.root.entries.map((section) => {
    const childKind = CHILD_KINDS[section.key.value];
    const children = childKind && isMap(section.value) ? section.value.entries.map((entry) => symbolOf(template, entry, childKind)) : [];
    return symbolOf(template, section, 'section', children);
  });
}

function symbolOf(template: Template, entry: MapEntry, kind: OutlineKind, children: OutlineSymbol[] = []): OutlineSymbol {
  const symbol: OutlineSymbol = {
    name: entry.key.value || '(empty)',
    kind,
    span: trimmedSpan(template.text, entry.span),
    selectionSpan: sourceSpanOf(template, entry.key, 0, entry.key.value.length).span,
    children,
  };
  const detail = detailOf(entry, kind);
  if (detail) symbol.detail = detail;
  return symbol;
}

function detailOf(entry: MapEntry, kind: OutlineKind): string | undefined {
  if (kind === 'resource' || kind === 'parameter') {
    const type = valueOf(entry.value, 'Type');
    return isString(type) ? type.value : undefined;
  }
  if (kind === 'output') {
    const description = valueOf(entry.value, 'Description');
    return isString(description) ? description.value : undefined;
  }
  return undefined;
}

/** YAML block values end at the start of the next line; the outline range stops at the last character. */
function trimmedSpan(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
