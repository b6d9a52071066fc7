import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import type { Severity } from '../../core';
import { ALL_RULES } from '../../core/rules';
import type { CliFinding, FileResult } from '../lint';
import { escapeJsonForTerminal } from './terminal';

/** Findings that come from the parser rather than a rule in ALL_RULES. */
const PARSER_RULES: Readonly<Record<string, string>> = {
  E0000: 'The template is not valid YAML or JSON',
  I0001: 'The template is too large to analyse',
  W0001: 'The template is not valid JSON but is valid YAML, which CloudFormation reads',
  W0002: 'A key is written twice in one map: CloudFormation keeps the last value',
};

const SARIF_LEVEL: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** A SARIF 2.1.0 log with one run: the rules that produced findings and one result per finding. */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const findings = results.flatMap((result) => result.findings);
  const ruleIds = [...new Set(findings.map((found) => found.ruleId))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cfn-coach',
            version,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: describeRule(id) } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((found) => sarifResult(found, ruleIds.indexOf(found.ruleId))),
      },
    ],
  };
  return `${escapeJsonForTerminal(JSON.stringify(log, null, 2))}\n`;
}

/**
 * Descriptors are per finding id: a rule's own id is described by the rule, and by every other rule
 * whose findings also carry it (cfn-lint's ids, e.g. E1020 for a Ref to an undeclared name and for a
 * Ref to a parameter of the wrong shape), each in its `otherIds`.
 */
function describeRule(id: string): string {
  const owners = ALL_RULES.filter((rule) => rule.id === id).map((rule) => rule.description);
  const others = ALL_RULES.flatMap((rule) => (rule.otherIds?.[id] !== undefined ? [rule.otherIds[id]] : []));
  const descriptions = [...new Set([...owners, ...others])];
  return descriptions.length > 0 ? descriptions.join('; ') : (PARSER_RULES[id] ?? id);
}

function sarifResult(found: CliFinding, ruleIndex: number) {
  const { start, end } = found.range;
  return {
    ruleId: found.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[found.level],
    message: { text: found.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(found.file) },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        },
        ...(found.path ? { logicalLocations: [{ fullyQualifiedName: found.path }] } : {}),
      },
    ],
  };
}

/** Relative paths stay relative (with `/`); absolute ones become file: URLs. */
function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
