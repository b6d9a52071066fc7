import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, Fix, Position, Severity, Span } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'cfn-coach';

/** What turns offsets into positions: a template's LineIndex, or the open document itself. */
export interface Positions {
  positionAt(offset: number): Position;
}

export function toRange(span: Span, lines: Positions): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The data a diagnostic carries for its quick fixes: their edits, as offsets into the text of `version`. */
export interface FixData {
  fixes: Fix[];
  version?: number;
}

export function toDiagnostic(found: Finding, lines: Positions, version?: number): Diagnostic {
  const range = toRange(found.span, lines);
  const diagnostic: Diagnostic = {
    range,
    severity: SEVERITY[found.severity],
    code: found.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: found.message,
  };
  // The code links the page the rule rests on; the exam explanation shows in the hover over the range (hover feature).
  if (found.explanation?.url) diagnostic.codeDescription = { href: found.explanation.url };
  // Quick fixes ride along, so the code action handler needs no second analysis; the version says which text their offsets are in.
  if (found.fixes?.length) diagnostic.data = { fixes: found.fixes, version } satisfies FixData;
  return diagnostic;
}
