/** Completion items for map keys and values, written for YAML or JSON at the cursor's place. */
import type { TextEdit } from '../findings';
import type { Completion, CompletionKind } from './index';
import type { CompletionContext } from './context';
import { yamlScalar } from './yamlScalar';

/** The value a key's insertion starts with: the cursor lands where the value goes. */
export interface Skeleton {
  shape: 'string' | 'number' | 'list' | 'map';
  /** Values to pick from (a snippet choice). */
  choices?: readonly string[];
}

export interface ItemDetails {
  detail?: string;
  documentation?: string;
  sortText?: string;
  /** Ask the editor to suggest again once inserted. */
  retrigger?: boolean;
  /** Shown struck through: still accepted, no longer advised. */
  deprecated?: boolean;
}

export function keyItem(context: CompletionContext, label: string, kind: CompletionKind, skeleton: Skeleton, details: ItemDetails = {}): Completion {
  const { cursor, template } = context;
  const json = template.format === 'json';
  let insertText: string;
  let additionalEdits: TextEdit[] | undefined;
  if (cursor.hasColon) insertText = json ? `"${label}"` : label;
  else if (json) {
    const commas = jsonCommas(template.text, cursor.replace);
    insertText = `"${label}": ${jsonValue(skeleton)}${commas.after ? ',' : ''}`;
    if (commas.before !== undefined) additionalEdits = [{ span: { start: commas.before, end: commas.before }, newText: ',' }];
  } else insertText = `${label}:${yamlValue(skeleton, ' '.repeat(cursor.column + cursor.unit))}`;
  const item: Completion = {
    label,
    kind,
    insertText,
    isSnippet: true,
    replace: cursor.replace,
    filterText: json && cursor.quote ? `"${label}"` : label,
    ...withDetails(details),
  };
  if (insertText.includes('\n')) item.keepIndentation = true;
  if (additionalEdits) item.additionalEdits = additionalEdits;
  return item;
}

/** A scalar value: quoted in JSON (unless `bare`), as typed in YAML. */
export function valueItem(context: CompletionContext, label: string, kind: CompletionKind, details: ItemDetails = {}, bare = false): Completion {
  const { cursor, template } = context;
  const quoted = template.format === 'json' && !bare;
  return {
    label,
    kind,
    insertText: quoted ? `"${label}"` : template.format === 'yaml' && !bare ? yamlScalar(label) : label,
    replace: cursor.replace,
    filterText: quoted && cursor.quote ? `"${label}"` : label,
    ...withDetails(details),
  };
}

function withDetails(details: ItemDetails): Partial<Completion> {
  const result: Partial<Completion> = {};
  if (details.detail) result.detail = details.detail;
  if (details.documentation) result.documentation = details.documentation;
  if (details.sortText) result.sortText = details.sortText;
  if (details.retrigger) result.retrigger = true;
  if (details.deprecated) result.deprecated = true;
  return result;
}

function choice(choices: readonly string[]): string {
  return `\${1|${choices.map((value) => value.replace(/[\\,|$}]/g, (char) => `\\${char}`)).join(',')}|}`;
}

function yamlValue(skeleton: Skeleton, indent: string): string {
  if (skeleton.shape === 'list') return `\n${indent}- $1`;
  if (skeleton.shape === 'map') return `\n${indent}$1`;
  return skeleton.choices ? ` ${choice(skeleton.shape === 'string' ? skeleton.choices.map(yamlScalar) : skeleton.choices)}` : ' $1';
}

function jsonValue(skeleton: Skeleton): string {
  if (skeleton.shape === 'list') return '[$1]';
  if (skeleton.shape === 'map') return '{$1}';
  const inner = skeleton.choices ? choice(skeleton.choices) : '$1';
  return skeleton.shape === 'number' ? inner : `"${inner}"`;
}

/** JSON: whether the inserted entry needs a comma after it, and where a missing one before it goes. */
function jsonCommas(text: string, replace: { start: number; end: number }): { after: boolean; before?: number } {
  const next = /\S/.exec(text.slice(replace.end));
  const after = next !== null && next[0] === '"';
  let index = replace.start - 1;
  while (index >= 0 && /\s/.test(text[index])) index--;
  const before = index >= 0 && !'{[,'.includes(text[index]) ? index + 1 : undefined;
  return before === undefined ? { after } : { after, before };
}
