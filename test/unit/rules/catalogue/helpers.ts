/** Runs one catalogue check over inline template text, for focused edge-case tests. */
import type { Finding } from '../../../../src/core/findings';
import { CATALOGUE_CHECKS } from '../../../../src/core/rules/catalogue';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import { run } from '../exam/helpers';

export function check(id: string, text: string): Finding[] {
  const found = CATALOGUE_CHECKS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no catalogue check ${id}`);
  return run(catalogueRule(found), text);
}

/** The paths of a check's findings, joined with '/'. */
export function paths(id: string, text: string): string[] {
  return check(id, text).map((finding) => finding.path?.join('/') ?? '');
}
