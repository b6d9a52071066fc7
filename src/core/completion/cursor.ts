import type { NodePath, Span } from '../model';

/** Where the cursor is in the template's structure, read from the text (it may be half typed). */
export interface CursorPath {
  /**
   * key: a key of the map at `path` is being typed; value: the scalar at `path`;
   * item: a YAML list item at `path` (`- Na`), which may be a scalar or the first key of a map;
   * tag: a short-form tag (`!Su`) at the value position `path`.
   */
  kind: 'key' | 'value' | 'item' | 'tag';
  path: NodePath;
  /** The typed token a completion replaces (for quoted JSON tokens, quotes included). */
  replace: Span;
  /** The token's text without quotes (for tags, with the `!`). */
  typed: string;
  /** The token's opening quote, or ''. */
  quote: string;
  /** Column where the key or item starts (YAML indentation of inserted text). */
  column: number;
  /** Spaces per nesting level. */
  unit: number;
  /** Earlier scalar items of the innermost inline list, by index (`[Res, Att` → ['Res']). */
  siblings: (string | undefined)[];
  /** A colon already follows the token: a key is being edited, only its name should be inserted. */
  hasColon: boolean;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}
