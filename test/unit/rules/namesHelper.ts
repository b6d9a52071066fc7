import type { Rule } from '../../../src/core/rules/rule';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';

/** A rule's findings as `ruleId path 'source text of the span'`, for exact assertions. */
export function findingsOf(rule: Rule, text: string, format: TemplateFormat = 'yaml'): string[] {
  const template = parseTemplate(text, format);
  return rule.run(template).map((f) => `${f.ruleId} ${(f.path ?? []).join('/')} '${text.slice(f.span.start, f.span.end)}'`);
}

/** The text after applying a finding's first fix. */
export function fixedText(rule: Rule, text: string, format: TemplateFormat = 'yaml'): string[] {
  const template = parseTemplate(text, format);
  return rule.run(template).flatMap((f) =>
    (f.fixes ?? []).map((fix) => {
      let result = text;
      for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) {
        result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
      }
      return `${fix.title}: ${result}`;
    }),
  );
}
