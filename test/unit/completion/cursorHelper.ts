import { completionsAt, type Completion } from '../../../src/core/completion';
import { completionContext } from '../../../src/core/completion/context';
import { templateCompletions } from '../../../src/core/completion/templateCompletions';
import { parseTemplate, type Template } from '../../../src/core/template';

/** The cursor mark in test texts. */
export const CURSOR = '‸';

export function atCursor(marked: string, format: 'yaml' | 'json'): { template: Template; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor mark');
  return { template: parseTemplate(marked.replace(CURSOR, ''), format), offset };
}

/** The context at the mark, without the template objects. */
export function contextAt(marked: string, format: 'yaml' | 'json'): Record<string, unknown> | undefined {
  const { template, offset } = atCursor(marked, format);
  const context = completionContext(template, offset);
  if (!context) return undefined;
  const { cursor, template: _template, parsed: _parsed, ...kind } = context;
  return { ...kind, cursorPath: cursor.path, cursorKind: cursor.kind };
}

/** The template completions (snippets left out) at the mark. */
export function itemsAt(marked: string, format: 'yaml' | 'json'): Completion[] {
  const { template, offset } = atCursor(marked, format);
  return completionsAt(template, offset, [templateCompletions]);
}

export function labelsAt(marked: string, format: 'yaml' | 'json'): string[] {
  return itemsAt(marked, format).map((item) => item.label);
}

/** Labels in the order an editor shows them: by sortText (then label). */
export function sortedLabels(items: Completion[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);
}
