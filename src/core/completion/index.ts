import { isTemplateInTheMaking } from '../detect';
import type { TextEdit } from '../findings';
import type { Span } from '../model';
import type { Template } from '../template';
import { COMPLETION_PROVIDERS } from './providers';

export type CompletionKind =
  | 'property'
  | 'value'
  | 'resourceType'
  | 'reference'
  | 'attribute'
  | 'function'
  | 'keyword'
  | 'snippet';

/** An editor-neutral completion item. */
export interface Completion {
  label: string;
  kind: CompletionKind;
  /** Text to insert; a snippet with $1/${1:default} tab stops when `isSnippet`. */
  insertText: string;
  isSnippet?: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Orders items; lower first (e.g. required properties before optional ones). */
  sortText?: string;
  /** The text the item replaces; defaults to the word at the cursor. */
  replace?: Span;
  /** What the editor filters on when it differs from the label. */
  filterText?: string;
  /** Edits elsewhere in the document made with the insertion (e.g. the parameters a snippet needs). */
  additionalEdits?: TextEdit[];
  /** The insert text is already indented for its place: the editor must not re-indent its lines. */
  keepIndentation?: boolean;
  /** Ask the editor to suggest again once inserted (e.g. the keys of a nested object, the values after `Type: `). */
  retrigger?: boolean;
  /** Still accepted but no longer advised (a deprecated Lambda runtime): shown struck through. */
  deprecated?: boolean;
}

/** Gives completions for the cursor at `offset`, or an empty list when it has none. */
export type CompletionProvider = (template: Template, offset: number) => Completion[];

export function completionsAt(
  template: Template,
  offset: number,
  providers: readonly CompletionProvider[] = COMPLETION_PROVIDERS,
): Completion[] {
  if (!template.isTemplate && !isTemplateInTheMaking(template.root)) return [];
  return providers.flatMap((provider) => provider(template, offset));
}
