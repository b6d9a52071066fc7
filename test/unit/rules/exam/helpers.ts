import assert from 'node:assert/strict';
import type { Finding, Fix, TextEdit } from '../../../../src/core/findings';
import type { Rule } from '../../../../src/core/rules/rule';
import { parseTemplate, type TemplateFormat } from '../../../../src/core/template';
import { gatedRun } from '../gatedRun';

/** Runs one rule over inline template text (JSON when it starts with `{`). */
export function run(rule: Rule, text: string): Finding[] {
  const format: TemplateFormat = text.trimStart().startsWith('{') ? 'json' : 'yaml';
  const template = parseTemplate(text, format);
  assert.deepEqual(template.parseFindings, [], 'fixture must parse cleanly');
  return gatedRun(rule, template);
}

/** Applies text edits as an editor does: all against the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** The text a finding points at. */
export function spanText(text: string, found: Finding): string {
  return text.slice(found.span.start, found.span.end);
}

/** The single finding of a run, checked to be the only one. */
export function only(findings: Finding[]): Finding {
  assert.equal(findings.length, 1, `expected one finding, got ${findings.map((found) => found.message).join(' | ')}`);
  return findings[0];
}

/** The text after applying the finding's only quick fix; the result must parse without errors. */
export function fixed(text: string, found: Finding): string {
  const fixes: Fix[] = found.fixes ?? [];
  assert.equal(fixes.length, 1);
  const result = applyEdits(text, fixes[0].edits);
  const format: TemplateFormat = text.trimStart().startsWith('{') ? 'json' : 'yaml';
  assert.deepEqual(parseTemplate(result, format).parseFindings, [], `fixed text must parse:\n${result}`);
  return result;
}
