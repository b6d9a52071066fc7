import { entryOf, isMap, isScalar, type MapEntry, type MapNode, type Span } from '../model';
import { updateTemplate, type Template, type TemplateFormat } from '../template';

/** Where a resource-level snippet can go: the typed prefix, its column and the template around it. */
export interface InsertionSite {
  format: TemplateFormat;
  /** The typed prefix (with an opening and closing quote in JSON, when typed). */
  replace: Span;
  /** The quote typed before the prefix in JSON, for filtering. */
  quote: string;
  column: number;
  /** Spaces per nesting level, as the template already uses them. */
  unit: number;
  /** The template with the typed prefix blanked out, so it parses as it did before typing. */
  template: Template;
  resources: MapEntry;
  /** JSON: a comma to add after the previous resource. */
  commaAfter?: number;
  /** JSON: the inserted text needs a trailing comma (a resource follows). */
  trailingComma: boolean;
}

const TYPED_PREFIX = /^([ \t]*)("?)([A-Za-z0-9-]*)$/;
const RESOURCES_KEY = /(?:^|\n)[ \t{]*"?Resources"?[ \t]*:/;

/** The text with the typed prefix replaced by spaces: it parses as it did before the user typed. */
function blanked(text: string, replace: Span): string {
  return text.slice(0, replace.start) + ' '.repeat(replace.end - replace.start) + text.slice(replace.end);
}

/** The site when the cursor ends a word typed on an otherwise empty line at resource level, else undefined. */
export function insertionSite(original: Template, offset: number): InsertionSite | undefined {
  const { text, format } = original;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const typed = TYPED_PREFIX.exec(text.slice(lineStart, offset));
  // Nothing typed yet: a space is a trigger character, and indenting a line must not pop up every snippet.
  if (!typed || !typed[3] || (typed[2] && format !== 'json') || typed[1].includes('\t')) return undefined;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEnd);
  const closingQuote = typed[2] && rest.startsWith('"') ? 1 : 0;
  if (rest.slice(closingQuote).trim() !== '') return undefined;
  const replace = { start: lineStart + typed[1].length, end: offset + closingQuote };
  if (!RESOURCES_KEY.test(text.slice(0, replace.start))) return undefined;
  const template = updateTemplate(original, blanked(text, replace));
  if (!template.isTemplate || !isMap(template.root)) return undefined;
  const resources = entryOf(template.root, 'Resources');
  if (!resources) return undefined;
  const column = typed[1].length;
  const base = { format, replace, quote: typed[2], column, template, resources };
  return format === 'json' ? jsonSite(base) : yamlSite(base, template.root);
}

type SiteBase = Omit<InsertionSite, 'unit' | 'trailingComma' | 'commaAfter'>;

function columnOf(template: Template, offset: number): number {
  return template.lines.positionAt(offset).character;
}

function yamlSite(site: SiteBase, root: MapNode): InsertionSite | undefined {
  const { resources, replace, template, column } = site;
  const next = root.entries[root.entries.indexOf(resources) + 1];
  if (resources.key.span.start >= replace.start || (next && next.span.start < replace.start)) return undefined;
  const sectionColumn = columnOf(template, resources.key.span.start);
  const value = resources.value;
  if (isMap(value) && value.entries.length > 0) {
    if (columnOf(template, value.entries[0].key.span.start) !== column) return undefined;
  } else if (!(isScalar(value) && value.value === null) || column <= sectionColumn) return undefined;
  return { ...site, unit: column - sectionColumn, trailingComma: false };
}

function jsonSite(site: SiteBase): InsertionSite | undefined {
  const { resources, replace, template } = site;
  const value = resources.value;
  if (!isMap(value) || value.shortForm || !(value.span.start < replace.start && replace.end < value.span.end)) return undefined;
  if (value.entries.some((entry) => entry.span.start <= replace.start && replace.start < entry.span.end)) return undefined;
  const text = template.text;
  const previous = value.entries.filter((entry) => entry.span.end <= replace.start).at(-1);
  const next = value.entries.find((entry) => entry.span.start >= replace.end);
  const first = value.entries[0];
  const unit = first ? columnOf(template, first.key.span.start) - columnOf(template, resources.key.span.start) : 2;
  return {
    ...site,
    unit: unit > 0 ? unit : 2,
    commaAfter: previous && !text.slice(previous.span.end, replace.start).includes(',') ? previous.span.end : undefined,
    trailingComma: next !== undefined && !text.slice(replace.end, next.span.start).includes(','),
  };
}
