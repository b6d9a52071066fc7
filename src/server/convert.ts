import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, LineIndex, Severity, Span } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'cfn-coach';

export function toRange(span: Span, lines: LineIndex): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toDiagnostic(found: Finding, lines: LineIndex): Diagnostic {
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
  // Quick fixes ride along, so the code action handler needs no second analysis.
  if (found.fixes?.length) diagnostic.data = { fixes: found.fixes };
  return diagnostic;
}
