import type { Finding, NodePath, Severity, Template } from '../../core';

/** One entry of `cfn-lint --format json`: Location lines and columns are 1-based, the end exclusive. */
interface CfnLintMatch {
  Rule?: { Id?: unknown };
  Level?: unknown;
  Message?: unknown;
  Location?: {
    Start?: { LineNumber?: unknown; ColumnNumber?: unknown };
    End?: { LineNumber?: unknown; ColumnNumber?: unknown };
    Path?: unknown;
  };
}

const SEVERITY: Record<string, Severity> = { Error: 'error', Warning: 'warning', Informational: 'info' };

/** cfn-lint's JSON findings as our own, placed on the template's text; throws when the output is not that JSON. */
export function findingsFromCfnLint(stdout: string, template: Template): Finding[] {
  const parsed: unknown = JSON.parse(stdout.trim() === '' ? '[]' : stdout);
  if (!Array.isArray(parsed)) throw new Error('cfn-lint printed JSON that is not a list of findings');
  return parsed.filter(isMatch).map((match) => toFinding(match, template));
}

function isMatch(value: unknown): value is CfnLintMatch {
  const match = value as CfnLintMatch;
  return typeof match === 'object' && match !== null && typeof match.Rule?.Id === 'string' && typeof match.Message === 'string';
}

function toFinding(match: CfnLintMatch, template: Template): Finding {
  const location = match.Location ?? {};
  const start = offsetOf(template, location.Start);
  const end = Math.max(start, offsetOf(template, location.End));
  const found: Finding = {
    ruleId: match.Rule?.Id as string,
    severity: SEVERITY[String(match.Level)] ?? 'warning',
    message: `cfn-lint: ${match.Message as string}`,
    span: { start, end },
  };
  const path = location.Path;
  if (Array.isArray(path) && path.every((part) => typeof part === 'string' || typeof part === 'number')) found.path = path as NodePath;
  return found;
}

function offsetOf(template: Template, position: { LineNumber?: unknown; ColumnNumber?: unknown } | undefined): number {
  const line = typeof position?.LineNumber === 'number' ? position.LineNumber - 1 : 0;
  const character = typeof position?.ColumnNumber === 'number' ? position.ColumnNumber - 1 : 0;
  return template.lines.offsetAt({ line: Math.max(0, line), character: Math.max(0, character) });
}
