/**
 * The CloudFormation helper scripts (cfn-init, cfn-signal) that a user data script or a cfn-init
 * command calls, with their options, as far as the template text shows them. Option values that
 * come from shell or Sub variables are unknown (undefined), never guessed.
 */
import { isMap, isSeq, isString, nodeAt, valueOf, type NodePath, type TemplateNode } from '../../../model';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import { lineStartBefore } from '../../../lines';
import { readableText } from '../../exam/userData';
import type { CheckContext } from './context';
import { memoized } from '../../../memo';

export type HelperTool = 'cfn-init' | 'cfn-signal';

export interface HelperCall {
  tool: HelperTool;
  /** Long option name (without dashes) → value as written; flags map to ''. */
  options: Map<string, string>;
  /** Arguments that are not options (cfn-signal's wait condition URL). */
  positional: string[];
}

/** A script the template holds: user data, or a command or file of cfn-init metadata. */
export interface ScriptSource {
  /** The resource the script belongs to (the launch template, the instance…). */
  owner: ResourceDeclaration;
  node: TemplateNode;
  path: NodePath;
  /** Undefined when the text is built from values the template does not show. */
  text: string | undefined;
}

const SHORT_OPTIONS: Record<HelperTool, Record<string, string>> = {
  'cfn-init': { s: 'stack', r: 'resource', c: 'configsets', u: 'url', f: 'credential-file', v: 'verbose' },
  'cfn-signal': { s: 'success', e: 'exit-code', r: 'reason', d: 'data', i: 'id', u: 'url', f: 'credential-file' },
};
const FLAGS = new Set(['verbose']);
const CALL = /\bcfn-(init|signal)(?:\.exe)?(?=[\s"'`]|$)/g;
/** Where a shell command ends: a line end not escaped, a separator, a pipe or a redirection. */
const COMMAND_END = /(?<![\\^`])\r?\n|;|&&|\|\||\||>|\)/;

/** Every cfn-init and cfn-signal call in a script's text. */
export function helperCalls(text: string): HelperCall[] {
  const calls: HelperCall[] = [];
  const matches = [...text.matchAll(CALL)];
  matches.forEach((match, index) => {
    const start = match.index ?? 0;
    if (isComment(text, start)) return;
    const next = matches[index + 1]?.index ?? text.length;
    const rest = text.slice(start + match[0].length, next);
    const end = COMMAND_END.exec(rest);
    const command = (end ? rest.slice(0, end.index) : rest).replace(/[\\^`]\r?\n/g, ' ');
    calls.push(parseArguments(`cfn-${match[1]}` as HelperTool, tokens(command)));
  });
  return calls;
}

/** A call on a line that starts as a comment (`# …`, `REM …`, or a shebang line that runs on). */
function isComment(text: string, offset: number): boolean {
  const lineStart = lineStartBefore(text, offset);
  return /^\s*(#|REM\s|::)/i.test(text.slice(lineStart, offset));
}

function tokens(command: string): string[] {
  return (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((token) =>
    /^(["']).*\1$/.test(token) && token.length >= 2 ? token.slice(1, -1) : token,
  );
}

function parseArguments(tool: HelperTool, words: string[]): HelperCall {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const long = /^--([\w-]+)(?:=(.*))?$/.exec(word);
    const short = /^-([A-Za-z])$/.exec(word);
    const name = long ? long[1] : short ? SHORT_OPTIONS[tool][short[1]] : undefined;
    if (name === undefined) {
      if (!word.startsWith('-')) positional.push(word);
      continue;
    }
    if (long?.[2] !== undefined) options.set(name, long[2]);
    else if (FLAGS.has(name)) options.set(name, '');
    else options.set(name, words[++index] ?? '');
  }
  return { tool, options, positional };
}

/** A logical id written literally; undefined for variables (`${…}`, `$VAR`, `%VAR%`). */
export function literalName(value: string | undefined): string | undefined {
  return value !== undefined && /^[A-Za-z0-9]+$/.test(value) ? value : undefined;
}

/** The user data of instances, launch templates and launch configurations, and cfn-init commands and files. */
export function scriptSources(context: CheckContext): ScriptSource[] {
  return memoized(context, readScriptSources);
}

function readScriptSources(context: CheckContext): ScriptSource[] {
  const sources: ScriptSource[] = [];
  const add = (owner: ResourceDeclaration, node: TemplateNode | undefined, path: NodePath) => {
    if (node !== undefined) sources.push({ owner, node, path: ['Resources', owner.logicalId, ...path], text: readableText(node) });
  };
  for (const owner of context.resources('AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration')) {
    add(owner, valueOf(owner.properties, 'UserData'), ['Properties', 'UserData']);
  }
  for (const owner of context.resources('AWS::EC2::LaunchTemplate')) {
    add(owner, nodeAt(owner.properties, ['LaunchTemplateData', 'UserData']), ['Properties', 'LaunchTemplateData', 'UserData']);
  }
  for (const owner of resourceDeclarations(context.template.root)) addInitScripts(owner, add);
  return sources;
}

/** Whether the resource's metadata holds an AWS::CloudFormation::Init section. */
export function initMetadata(resource: ResourceDeclaration | undefined): TemplateNode | undefined {
  return valueOf(valueOf(resource?.body, 'Metadata'), 'AWS::CloudFormation::Init');
}

function addInitScripts(owner: ResourceDeclaration, add: (owner: ResourceDeclaration, node: TemplateNode, path: NodePath) => void): void {
  const init = initMetadata(owner);
  if (!isMap(init)) return;
  const visit = (node: TemplateNode, path: NodePath, depth: number): void => {
    if (depth > 6 || !isMap(node)) return;
    for (const entry of node.entries) {
      const inner = [...path, entry.key.value];
      if ((entry.key.value === 'command' || entry.key.value === 'content') && isScriptValue(entry.value)) add(owner, entry.value, inner);
      else visit(entry.value, inner, depth + 1);
    }
  };
  visit(init, ['Metadata', 'AWS::CloudFormation::Init'], 0);
}

function isScriptValue(node: TemplateNode): boolean {
  if (isString(node)) return true;
  if (isSeq(node)) return false;
  return isMap(node) && node.entries.length === 1 && /^Fn::(Join|Sub|If|Base64)$/.test(node.entries[0].key.value);
}
