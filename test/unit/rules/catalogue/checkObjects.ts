/** Running one catalogue check over inline template text, as the analysis does. */
import type { Finding } from '../../../../src/core/findings';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import type { CatalogueCheck } from '../../../../src/core/rules/catalogue/types';
import { run } from '../exam/helpers';

export function findings(check: CatalogueCheck, text: string): Finding[] {
  return run(catalogueRule(check), text);
}

/** The paths of the check's findings, joined with '/', in the order reported. */
export function paths(check: CatalogueCheck, text: string): string[] {
  return findings(check, text).map((found) => found.path?.join('/') ?? '');
}

/** A YAML template of these resources (already indented by two spaces under Resources). */
export function resources(body: string, parameters = ''): string {
  return `AWSTemplateFormatVersion: "2010-09-09"\n${parameters ? `Parameters:\n${parameters}` : ''}Resources:\n${body}`;
}
