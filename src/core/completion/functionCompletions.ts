/** Intrinsic functions: short-form tags in YAML, long-form keys, and JSON objects, with argument skeletons. */
import { shortFormOf } from '../intrinsics';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { INTRINSIC_DOCS, intrinsicUrl, type IntrinsicDoc } from './intrinsicDocs';

/** Functions whose first argument is a name the template declares: left empty, and suggested again. */
const NAMES_FIRST = new Set(['Ref', 'Fn::GetAtt', 'Fn::If', 'Fn::FindInMap', 'Condition']);

export function functionCompletions(context: CompletionContext, form: 'tag' | 'key' | 'value', sortPrefix = '9'): Completion[] {
  const json = context.template.format === 'json';
  // A tag already followed by its argument (`!GetA Dlq.QueueName`): only the tag is replaced.
  const followed = form === 'tag' && !json && /^[ \t]*[^\s#]/.test(restOfLine(context.template.text, context.cursor.replace.end));
  return INTRINSIC_DOCS.map((entry) => {
    const short = shortFormOf(entry.name) ?? entry.name;
    const yamlShort = form !== 'key' && !json;
    const label = yamlShort ? short : entry.name;
    const item: Completion = {
      label,
      kind: 'function',
      insertText: followed ? short : context.cursor.hasColon && form === 'key' ? nameOnly(entry, json) : insertTextOf(entry, short, form, json),
      isSnippet: true,
      replace: context.cursor.replace,
      filterText: filterTextOf(label, form, json, context.cursor.quote),
      detail: entry.summary,
      documentation: `${entry.summary}\n\n[AWS documentation](${intrinsicUrl(entry)})`,
      sortText: `${sortPrefix}_${entry.name}`,
    };
    if (NAMES_FIRST.has(entry.name) && !context.cursor.hasColon && !followed) item.retrigger = true;
    return item;
  });
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end);
}

function filterTextOf(label: string, form: 'tag' | 'key' | 'value', json: boolean, quote: string): string {
  if (json && quote) return `"${label}"`;
  // At a value position nothing is typed yet, or a word without its `!`.
  return form === 'value' && label.startsWith('!') ? label.slice(1) : label;
}

/** A key that already has its colon and value (`Fn::Get: [Dlq, Arn]`): only the name is replaced. */
function nameOnly(entry: IntrinsicDoc, json: boolean): string {
  return json ? `"${entry.name}"` : entry.name;
}

function insertTextOf(entry: IntrinsicDoc, short: string, form: 'tag' | 'key' | 'value', json: boolean): string {
  if (json) {
    const pair = `"${entry.name}": ${argumentsOf(entry, true)}`;
    return form === 'key' ? pair : `{${pair}}`;
  }
  if (form === 'key') return `${entry.name}: ${argumentsOf(entry, false)}`;
  if (entry.name === 'Fn::GetAtt') return `${short} $1`;
  return `${short} ${argumentsOf(entry, false)}`;
}

function argumentsOf(entry: IntrinsicDoc, json: boolean): string {
  const placeholders = entry.args.map((arg, index) => {
    const stop = index === 0 && NAMES_FIRST.has(entry.name) ? `$${index + 1}` : `\${${index + 1}:${arg}}`;
    return json ? `"${stop}"` : stop;
  });
  if (entry.keyed) return `{${entry.args.map((arg, index) => `${json ? `"${arg}"` : arg}: ${placeholders[index]}`).join(', ')}}`;
  return entry.list ? `[${placeholders.join(', ')}]` : placeholders[0];
}
