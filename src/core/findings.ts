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

/** The result of a check that found nothing, shared (frozen: a caller may read it, never add to it). */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export function finding(ruleId: string, severity: Severity, message: string, span: Span, path?: NodePath): Finding {
  return path ? { ruleId, severity, message, span, path } : { ruleId, severity, message, span };
}

/**
 * The finding with its span and every span its fixes edit placed by `move` (an edit elsewhere in the
 * text moved them); undefined when `move` cannot place one of them.
 */
export function movedFinding(found: Finding, move: (span: Span) => Span | undefined): Finding | undefined {
  const span = move(found.span);
  if (!span) return undefined;
  const copy: Finding = { ...found, span };
  if (found.fixes) {
    const fixes: Fix[] = [];
    for (const fix of found.fixes) {
      const edits: TextEdit[] = [];
      for (const edit of fix.edits) {
        const editSpan = move(edit.span);
        if (!editSpan) return undefined;
        edits.push({ ...edit, span: editSpan });
      }
      fixes.push({ ...fix, edits });
    }
    copy.fixes = fixes;
  }
  return copy;
}
