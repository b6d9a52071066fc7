import type { NodePath, Span } from './model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One problem found in a template, in editor-neutral terms. */
export interface Finding {
  /** cfn-lint compatible id where one exists (E0000 for parse errors). */
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Where in the template, e.g. ['Resources', 'MyAsg', 'Properties', 'MinSize']. */
  path?: NodePath;
}

export function finding(ruleId: string, severity: Severity, message: string, span: Span, path?: NodePath): Finding {
  return path ? { ruleId, severity, message, span, path } : { ruleId, severity, message, span };
}
