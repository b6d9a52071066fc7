/**
 * Names in Fn::Sub: after `${` the variables of the Sub's own map first, then parameters, resources and
 * pseudo parameters; as a new key of the variable map, the string's variables the map does not bind yet.
 */
import { isMap, isString, nodeAt, type NodePath } from '../model';
import { isPseudoParameter, referenceIndex, subVariables } from '../references';
import type { CompletionContext } from './context';
import type { Completion } from './index';
import { keyItem } from './items';
import { refTargetCompletions } from './referenceCompletions';

/** `${Name}` in a Sub string, inserted bare after the `${`; the map's variables shadow declared names. */
export function subVariableCompletions(context: Extract<CompletionContext, { kind: 'subVariable' }>): Completion[] {
  const { cursor, template } = context;
  const typedStart = cursor.replace.start + (template.format === 'json' ? cursor.quote.length : 0);
  const replace = { start: typedStart + context.start, end: typedStart + cursor.typed.length };
  const bound = mapVariables(context, cursor.path);
  const declared = refTargetCompletions({ ...context, kind: 'refTarget' }).filter((item) => !bound.includes(item.label));
  const local: Completion[] = bound.map((name) => ({ label: name, kind: 'reference', insertText: name, detail: 'Fn::Sub variable (its map)', sortText: `00_${name}` }));
  // A `}` after the rest of a name (`${Buck|et.Arn}`) already closes it.
  const closed = /^[\w.:]*\}/.test(template.text.slice(replace.end));
  return [...local, ...declared].map((item) => ({ ...item, ...closingBrace(item, closed), replace, filterText: item.label }));
}

/**
 * The name, closing the `${` the user opened unless a `}` already follows: after a resource the cursor
 * stays before the brace, where `.Attribute` may come next.
 */
function closingBrace(item: Completion, closed: boolean): Pick<Completion, 'insertText' | 'isSnippet'> {
  if (closed) return { insertText: item.label, isSnippet: false };
  return item.detail?.startsWith('Resource') ? { insertText: `${item.label}$0}`, isSnippet: true } : { insertText: `${item.label}}`, isSnippet: false };
}

/** A key of the variable map: the `${Var}` of the string that no key binds yet (not pseudo parameters, not `Res.Attr`). */
export function subMapKeyCompletions(context: Extract<CompletionContext, { kind: 'subMapKey' }>): Completion[] {
  const sub = context.cursor.path.slice(0, -1);
  const text = nodeAt(context.parsed.root, [...sub, 0]);
  if (!isString(text)) return [];
  const bound = new Set(mapVariables(context, [...sub, 0]));
  const unbound = new Set(
    subVariables(text.value)
      .map((variable) => variable.expression)
      .filter((name) => !bound.has(name) && !name.includes('.') && !isPseudoParameter(name) && !isDeclared(context, name)),
  );
  return [...unbound].map((name) =>
    keyItem(context, name, 'reference', { shape: 'string' }, { detail: 'Fn::Sub variable used in the string', sortText: `0_${name}` }),
  );
}

/** A parameter or resource of the template: `${Name}` already names it, and a map key would shadow it. */
function isDeclared(context: CompletionContext, name: string): boolean {
  const index = referenceIndex(context.parsed);
  return index.find('parameter', name) !== undefined || index.find('resource', name) !== undefined;
}

/** The keys of the variable map beside the Sub string at `stringPath` (`[…, 'Fn::Sub', 0]`), if it has one. */
function mapVariables(context: CompletionContext, stringPath: NodePath): string[] {
  if (stringPath.at(-1) !== 0 || stringPath.at(-2) !== 'Fn::Sub') return [];
  const variables = nodeAt(context.parsed.root, [...stringPath.slice(0, -1), 1]);
  return isMap(variables) ? variables.entries.map((entry) => entry.key.value) : [];
}
