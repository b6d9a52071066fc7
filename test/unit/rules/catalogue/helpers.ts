/** Runs one catalogue check over inline template text, for focused edge-case tests. */
import assert from 'node:assert/strict';
import type { Finding } from '../../../../src/core/findings';
import { CATALOGUE_CHECKS } from '../../../../src/core/rules/catalogue';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import { parseTemplate, type TemplateFormat } from '../../../../src/core/template';
import { gatedRun } from '../gatedRun';

/** Runs one catalogue check (by id) over inline template text (JSON when it starts with `{`). */
export function check(id: string, text: string): Finding[] {
  const found = CATALOGUE_CHECKS.find((candidate) => candidate.id === id);
  assert.ok(found, `no catalogue check ${id}`);
  const format: TemplateFormat = text.trimStart().startsWith('{') ? 'json' : 'yaml';
  const template = parseTemplate(text, format);
  assert.deepEqual(template.parseFindings, [], 'test template must parse cleanly');
  return gatedRun(catalogueRule(found), template);
}

/** The paths of a check's findings on the text, joined with '/'. */
export function paths(id: string, text: string): string[] {
  return findingPaths(check(id, text));
}

/** The paths of the findings, joined with '/'. */
export function findingPaths(findings: Finding[]): string[] {
  return findings.map((item) => item.path?.join('/') ?? '');
}
