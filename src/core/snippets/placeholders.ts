/**
 * Tab stops inside snippet data. A placeholder is a marker embedded in an ordinary string, so
 * snippet data stays plain CloudFormation values; the renderers turn markers into VS Code snippet
 * syntax (`${1:MyAsg}`, `${2|a,b|}`, `${1}`) or resolve them to their defaults.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)(?:([:#])([^\uE001]*)|\|([^\uE001]*)\|)?\uE001/g;

/** A tab stop with a default text. */
export function tab(index: number, defaultText: string): string {
  return `${OPEN}${index}:${defaultText}${CLOSE}`;
}

/** A tab stop whose default is a number: rendered unquoted in YAML and JSON when it is the whole value. */
export function num(index: number, defaultValue: number): string {
  return `${OPEN}${index}#${defaultValue}${CLOSE}`;
}

/** A tab stop offering a choice; the first option is the default. */
export function choice(index: number, options: readonly string[]): string {
  return `${OPEN}${index}|${options.join(',')}|${CLOSE}`;
}

/** The same text as an earlier tab stop, kept in step while the user types. */
export function mirror(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

/** True when the whole string is one numeric tab stop. */
export function isNumericPlaceholder(text: string): boolean {
  return /^\uE000\d+#[^\uE001]*\uE001$/.test(text);
}

export function hasPlaceholder(text: string): boolean {
  return text.includes(OPEN);
}

/** The default text of every tab stop in `text`, by index (a mirror takes its tab stop's default). */
export function defaultsIn(text: string): Map<number, string> {
  const defaults = new Map<number, string>();
  for (const match of text.matchAll(MARKER)) {
    const [, index, , defaultText, options] = match;
    if (defaultText !== undefined) defaults.set(Number(index), defaultText);
    else if (options !== undefined) defaults.set(Number(index), options.split(',')[0]);
  }
  return defaults;
}

/** Every placeholder replaced by its default: the text the user gets by pressing Tab throughout. */
export function resolveDefaults(text: string, defaults: Map<number, string> = defaultsIn(text), unknown = ''): string {
  return text.replace(MARKER, (_match, index: string) => defaults.get(Number(index)) ?? unknown);
}

/** VS Code snippet syntax: literal text escaped (`$`, `\`), markers turned into tab stops. */
export function toSnippetSyntax(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    result += escapeSnippetText(text.slice(last, match.index), false);
    result += snippetMarker(match);
    last = match.index + match[0].length;
  }
  return result + escapeSnippetText(text.slice(last), false);
}

function snippetMarker([, index, , defaultText, options]: RegExpMatchArray): string {
  if (defaultText !== undefined) return `\${${index}:${escapeSnippetText(defaultText, true)}}`;
  if (options !== undefined) return `\${${index}|${options.replace(/[\\|]/g, '\\$&')}|}`;
  return `\${${index}}`;
}

/** `}` ends a placeholder, so it needs escaping only inside one. */
function escapeSnippetText(text: string, inPlaceholder: boolean): string {
  return text.replace(inPlaceholder ? /[\\$}]/g : /[\\$]/g, '\\$&');
}
