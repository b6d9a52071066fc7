import type { NodePath, Span } from './model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Replace the text of `span` with `newText` (an insertion when the span is empty). */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A quick fix: one undoable edit of the document the finding is in. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix to offer first when several apply. */
  preferred?: boolean;
}

/** Why a finding matters, shown beside its message (exam-practice rules use it). */
export interface Explanation {
  text: string;
  url?: string;
  /** Topic ids from exam-topics.md, e.g. ['T09']. */
  topics?: string[];
}

/** One problem found in a template, in editor-neutral terms. */
export interface Finding {
  /** cfn-lint compatible id where one exists (E0000 for parse errors). */
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Where in the template, e.g. ['Resources', 'MyAsg', 'Properties', 'MinSize']. */
  path?: NodePath;
  fixes?: Fix[];
  explanation?: Explanation;
}

export function finding(ruleId: string, severity: Severity, message: string, span: Span, path?: NodePath): Finding {
  return path ? { ruleId, severity, message, span, path } : { ruleId, severity, message, span };
}
