import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type Tags } from 'yaml';
import { finding, type Finding } from '../findings';
import { functionForTag, SHORT_FORM_TAGS } from '../intrinsics';
import type { MapEntry, MapNode, ScalarNode, Span, TemplateNode } from '../model';
import { checkDuplicateKeys, MAX_DEPTH, tooDeep, withLineFeeds, type ParseResult } from './common';
import { yamlLinePastMaxDepth } from './depthScan';
import { readYamlFast } from './fast';
import { quoteLoneDashes } from './loneDashes';
import { remapped } from './remap';
import { padUnderIndentedFlows } from './underIndentedFlows';
import { padUnderIndentedQuotes } from './underIndentedQuotes';
import { isYaml11Number } from './yaml11';

/** Past this many nodes expanded through aliases, aliases are dropped (billion-laughs guard). */
const MAX_ALIAS_EXPANSION = 100_000;

const STANDARD_TAG_PREFIX = 'tag:yaml.org,2002:';

/** The yaml package's message for a flow collection whose lines are indented no deeper than its key. */
const UNDER_INDENTED_FLOW = /^Flow (map|sequence) in block collection must be sufficiently indented/;

/**
 * The first this many quote errors are padded for the second parse. One under-indented scalar makes every
 * later quote in the file open where it should close, so the errors after the first few are its echo: the
 * first ones decide, and the second parse must come out without any.
 */
const MAX_UNCLOSED_QUOTES = 20;
/** More quoted scalars left unclosed after a round of padding than this, and the text is taken as broken. */
const MAX_ECHOED_QUOTES = 1000;

/** Roots of documents in which an alias shares a node with its anchor. */
const rootsWithAliases = new WeakSet<TemplateNode>();

/** Whether an alias in the document this root was parsed from shares a node with its anchor. */
export function holdsAliases(root: TemplateNode): boolean {
  return rootsWithAliases.has(root);
}

/**
 * Every short-form tag on scalars, sequences and maps, declared so the yaml package resolves them
 * quietly: an unresolved tag costs a warning object with a stack trace, which dominated parse time.
 */
const SHORT_FORM_YAML_TAGS: Tags = Object.keys(SHORT_FORM_TAGS).flatMap((tag) => [
  { tag, resolve: (source: string) => source },
  { tag, collection: 'seq' as const },
  { tag, collection: 'map' as const },
]);

/**
 * `lenient`: read quoted scalars with under-indented continuation lines as PyYAML does (see
 * underIndentedQuotes.ts); off for parsing a fragment, whose context may make the yaml package report
 * such a scalar differently than inside the whole document.
 */
export function parseYaml(text: string, lenient = true): ParseResult {
  const fullText = withLineFeeds(text);
  // The fast reader declines nesting anywhere near MAX_DEPTH, so only the yaml package needs the guard below.
  const fast = readYamlFast(fullText);
  if (fast) return fast;
  // Absurdly deep nesting: analyse what comes before the line where it starts, and say so.
  const deepLine = yamlLinePastMaxDepth(fullText);
  if (deepLine >= 0) {
    const { root, findings } = parseText(fullText.slice(0, deepLine), true);
    return { root, findings: [tooDeep({ start: deepLine, end: lineEnd(fullText, deepLine) }), ...findings] };
  }
  return parseYamlWithPackage(fullText, lenient);
}

/** The yaml package's reading of a template that is not absurdly deep (tests compare the fast reader with it). */
export function parseYamlWithPackage(text: string, lenient = true, padFlows = true): ParseResult {
  const fullText = withLineFeeds(text);
  const { root, findings, unclosedQuotes, secondDocument, underIndentedFlow, blocksInFlow } = parseText(fullText, false);
  if (secondDocument !== undefined) return firstDocumentOnly(fullText, secondDocument, lenient);
  const strict = { root, findings };
  const dashes = lenient && blocksInFlow.length > 0 ? quoteLoneDashes(fullText, blocksInFlow) : undefined;
  if (dashes) return remapped(parseYamlWithPackage(dashes.text, lenient, padFlows), dashes.toOriginal);
  if (lenient && padFlows && underIndentedFlow) {
    const flows = padUnderIndentedFlows(fullText);
    const read = flows && parseYamlWithPackage(flows.text, lenient, false);
    if (flows && read && !read.findings.some((found) => UNDER_INDENTED_FLOW.test(found.message))) return remapped(read, flows.toOriginal);
  }
  if (!lenient || unclosedQuotes.length === 0) return strict;
  return paddedQuotes(fullText, unclosedQuotes) ?? strict;
}

/**
 * Rounds of padding: a lone closing quote at column 0 (as cfn-flip writes multi-line strings) reads as
 * the opening of the next scalar, so a file of several such strings is mended one more each round.
 */
const MAX_PADDING_ROUNDS = 8;

/** The reading once every under-indented quoted scalar is padded; undefined when some cannot be. */
function paddedQuotes(text: string, unclosedQuotes: readonly number[]): ParseResult | undefined {
  const toOriginals: ((offset: number) => number)[] = [];
  let current = text;
  let unclosed = unclosedQuotes;
  for (let round = 0; round < MAX_PADDING_ROUNDS; round++) {
    const padded = padUnderIndentedQuotes(current, unclosed.slice(0, MAX_UNCLOSED_QUOTES));
    if (!padded) return undefined;
    toOriginals.unshift(padded.toOriginal);
    const read = parseText(padded.text, false);
    if (read.unclosedQuotes.length === 0) return remapped(read, (offset) => toOriginals.reduce((at, back) => back(at), offset));
    // Each round costs a parse: one that leaves the first unclosed scalar where it was (a string that is simply
    // unclosed) ends them, and so do thousands left (a file of unclosed strings). Hundreds say little: one
    // unclosed scalar makes every later quote look misplaced.
    if (read.unclosedQuotes.length > MAX_ECHOED_QUOTES || lineIndex(padded.text, read.unclosedQuotes[0]) <= lineIndex(current, unclosed[0])) return undefined;
    current = padded.text;
    unclosed = read.unclosedQuotes;
  }
  return undefined;
}

/** The 0-based line of an offset (padding adds spaces, never lines, so a line keeps its index). */
function lineIndex(text: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * A file of several YAML documents (`---` between them) is no template: CloudFormation reads one. The
 * first is read as the template it may be, and one finding at the start of the second says why the rest
 * is not; whether the file is a template at all is decided on the first document alone (template.ts).
 */
function firstDocumentOnly(fullText: string, secondDocument: number, lenient: boolean): ParseResult {
  const { root, findings } = parseYaml(fullText.slice(0, secondDocument), lenient);
  const message =
    'This file holds more than one YAML document (another starts here); a CloudFormation template is a single document, so only the first is read';
  const marker = { start: secondDocument, end: lineEnd(fullText, secondDocument) };
  return { root, findings: [...findings, finding('E0000', 'error', message, marker)], firstDocumentEnd: secondDocument };
}

/**
 * The yaml package makes an Error (with a stack trace) per problem; a broken document can have
 * thousands, and capturing their stacks took most of the parse. Nobody reads those stacks.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

interface TextParse extends ParseResult {
  /** Where the yaml package found a quoted scalar without its closing quote. */
  unclosedQuotes: number[];
  /** The yaml package found a flow collection in a block one indented no deeper than its key. */
  underIndentedFlow: boolean;
  /** Where a second YAML document starts, if the text holds more than one. */
  secondDocument?: number;
  /** Where the yaml package found a block collection inside a flow one (a lone `-` item, often). */
  blocksInFlow: number[];
}

function parseText(text: string, tooDeepReported: boolean): TextParse {
  const doc = withoutStackTraces(() =>
    parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false, strict: false, customTags: SHORT_FORM_YAML_TAGS }),
  );
  const findings: Finding[] = [];
  const unclosedQuotes: number[] = [];
  let secondDocument: number | undefined;
  let underIndentedFlow = false;
  const blocksInFlow: number[] = [];
  let syntaxErrorReported = false;
  for (const error of doc.errors) {
    const span = spanOf(error.pos, text.length);
    if (error.code === 'MULTIPLE_DOCS' && span.start > 0) {
      secondDocument = span.start;
      continue;
    }
    // The yaml package reports runaway nesting as a stack overflow; say what it means, once.
    if (error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)) {
      if (!tooDeepReported) findings.push(tooDeep(span));
      tooDeepReported = true;
    } else {
      // A quoted scalar cut short by an under-indented line: either its closing quote is missing, or the
      // rest of it (closing quote included) comes back as an unexpected quoted token.
      if (error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message)) unclosedQuotes.push(span.start);
      if (error.code === 'UNEXPECTED_TOKEN' && /quoted-scalar token/.test(error.message)) unclosedQuotes.push(span.start);
      if (error.code === 'BAD_INDENT' && UNDER_INDENTED_FLOW.test(error.message)) underIndentedFlow = true;
      if (error.code === 'BLOCK_IN_FLOW') blocksInFlow.push(span.start);
      // Like CloudFormation's own reader, report the first syntax error: the yaml package recovers token
      // by token, and one broken flow list gives an error for every token after it.
      if (!syntaxErrorReported) findings.push(finding('E0000', 'error', cleanMessage(error.message), span));
      syntaxErrorReported = true;
    }
  }
  const converter = new YamlConverter(text, findings, tooDeepReported);
  const root = doc.contents ? converter.convert(doc.contents as YamlNode, 0) : undefined;
  if (root && converter.aliasesResolved) rootsWithAliases.add(root);
  return { root, findings, unclosedQuotes, secondDocument, underIndentedFlow, blocksInFlow };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/** The yaml package appends "at line L, column C:" and a source excerpt; the range already says where. */
function cleanMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  return first in HINTS ? `${first}: ${HINTS[first]}` : first;
}

/** What to do about the yaml package's terser messages, said in a student's words. */
const HINTS: Readonly<Record<string, string>> = {
  'Implicit map keys need to be followed by map values': "a key needs ':' after it (Key: value)",
};

function spanOf(pos: [number, number] | undefined, textLength: number): Span {
  const start = Math.min(pos?.[0] ?? 0, textLength);
  const end = Math.min(Math.max(pos?.[1] ?? start, start), textLength);
  return { start, end };
}

class YamlConverter {
  private readonly anchors = new Map<string, TemplateNode>();
  private readonly weight = new WeakMap<TemplateNode, number>();
  private expanded = 0;
  aliasesResolved = false;
  private aliasBombReported = false;
  constructor(
    private readonly text: string,
    private readonly findings: Finding[],
    private deepReported: boolean,
  ) {}

  convert(node: YamlNode, depth: number): TemplateNode {
    if (depth > MAX_DEPTH) return this.tooDeep(node);
    if (isAlias(node)) return this.resolveAlias(node);
    const range = node.range ?? [0, 0, 0];
    let result: TemplateNode;
    if (isMap(node)) result = this.convertMap(node.items as Pair[], range, depth);
    else if (isSeq(node)) result = this.convertSeq(node.items as YamlNode[], range, depth);
    else result = this.convertScalar(node, range);
    this.weight.set(result, weightOf(result, this.weight));
    const tagged = this.applyTag(node, result);
    if (node.anchor) this.anchors.set(node.anchor, tagged);
    return tagged;
  }

  private convertMap(pairs: Pair[], range: number[], depth: number): MapNode {
    const entries: MapEntry[] = [];
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const entry = this.convertPair(pair, depth);
      if (entry) entries.push(entry);
    }
    const map: MapNode = { kind: 'map', entries, span: { start: range[0], end: range[1] } };
    checkDuplicateKeys(map, this.findings);
    return map;
  }

  private convertPair(pair: Pair, depth: number): MapEntry | undefined {
    const keyNode = pair.key as YamlNode | null;
    if (keyNode && !isScalar(keyNode)) {
      const r = keyNode.range ?? [0, 0];
      this.findings.push(finding('E0000', 'error', 'A template key must be a plain string', { start: r[0], end: r[1] }));
      return undefined;
    }
    const keyRange = keyNode?.range ?? [0, 0, 0];
    if (keyNode?.tag && !keyNode.tag.startsWith(STANDARD_TAG_PREFIX) && keyNode.tag !== '!') {
      const tagStart = Math.max(this.text.lastIndexOf(keyNode.tag, keyRange[0]), 0);
      const message = `A key cannot carry a tag: '${keyNode.tag} ${String(keyNode.value)}' makes a function the key of a map (a missing '{' or line break?)`;
      this.findings.push(finding('E0000', 'error', message, { start: tagStart, end: keyRange[1] }));
      return undefined;
    }
    const keyValue: unknown = keyNode ? this.convertScalar(keyNode, keyRange).value : null;
    // The merge key `<<` is a Symbol in the yaml package: written as the text it is.
    const keyText = keyValue === null ? '' : typeof keyValue === 'symbol' ? '<<' : String(keyValue);
    const key = {
      kind: 'scalar' as const,
      value: keyText,
      span: { start: keyRange[0], end: keyRange[1] },
      quoted: keyNode?.type === 'QUOTE_DOUBLE' || keyNode?.type === 'QUOTE_SINGLE',
    };
    const value = pair.value
      ? this.convert(pair.value as YamlNode, depth + 1)
      : emptyScalar(this.afterColon(keyRange[1]));
    return { key, value, span: { start: key.span.start, end: Math.max(value.span.end, key.span.end) } };
  }

  private convertSeq(items: YamlNode[], range: number[], depth: number): TemplateNode {
    const converted = items.map((item) =>
      item ? this.convert(item, depth + 1) : emptyScalar(range[0]),
    );
    return { kind: 'seq', items: converted, span: { start: range[0], end: range[1] } };
  }

  private convertScalar(node: YamlNode, range: number[]): ScalarNode {
    const scalar = isScalar(node) ? node : undefined;
    let value: unknown = scalar?.value;
    const source = () => this.text.slice(range[0], range[1]);
    if (value instanceof Date || typeof value === 'bigint' || value instanceof Uint8Array) value = source();
    else if (typeof value === 'number' && scalar?.type === 'PLAIN' && !isYaml11Number(source())) value = source();
    else if (typeof value === 'boolean' && scalar?.type === 'PLAIN' && /^[yYnN]$/.test(source())) value = source();
    if (value === undefined) value = null;
    const type = scalar?.type;
    return {
      kind: 'scalar',
      value: value as ScalarNode['value'],
      span: { start: range[0], end: range[1] },
      quoted: type !== undefined && type !== 'PLAIN',
    };
  }

  /** A short-form tag becomes a one-entry map, exactly as its long form would be. */
  private applyTag(node: YamlNode, value: TemplateNode): TemplateNode {
    const tag = node.tag;
    if (!tag || tag.startsWith(STANDARD_TAG_PREFIX) || tag === '!') return value;
    const tagStart = this.text.lastIndexOf(tag, value.span.start);
    const tagSpan = { start: Math.max(tagStart, 0), end: Math.max(tagStart, 0) + tag.length };
    const functionName = functionForTag(tag);
    const key = { kind: 'scalar' as const, value: functionName, span: tagSpan, quoted: false };
    const span = { start: tagSpan.start, end: Math.max(value.span.end, tagSpan.end) };
    const map: MapNode = { kind: 'map', entries: [{ key, value, span }], span, shortForm: { tag, span: tagSpan } };
    this.weight.set(map, (this.weight.get(value) ?? 1) + 1);
    return map;
  }

  private resolveAlias(node: YamlNode & { source: string }): TemplateNode {
    const range = node.range ?? [0, 0, 0];
    const target = this.anchors.get(node.source);
    if (!target) {
      this.findings.push(finding('E0000', 'error', `Unknown alias *${node.source}`, { start: range[0], end: range[1] }));
      return emptyScalar(range[0]);
    }
    this.aliasesResolved = true;
    this.expanded += this.weight.get(target) ?? 1;
    if (this.expanded > MAX_ALIAS_EXPANSION) {
      if (!this.aliasBombReported) {
        this.aliasBombReported = true;
        this.findings.push(
          finding('E0000', 'error', 'YAML aliases expand to too many nodes (an alias bomb?); the rest of the aliases are ignored', {
            start: range[0],
            end: range[1],
          }),
        );
      }
      return emptyScalar(range[0]);
    }
    return target;
  }

  private tooDeep(node: YamlNode): TemplateNode {
    const range = node.range ?? [0, 0, 0];
    if (!this.deepReported) {
      this.deepReported = true;
      this.findings.push(tooDeep({ start: range[0], end: range[1] }));
    }
    return emptyScalar(range[0]);
  }

  /** Where the value of `Key:` with nothing after it would go: just after the colon. */
  private afterColon(keyEnd: number): number {
    const colon = this.text.indexOf(':', keyEnd);
    const lineEnd = this.text.indexOf('\n', keyEnd);
    if (colon >= 0 && (lineEnd < 0 || colon < lineEnd)) return colon + 1;
    return keyEnd;
  }
}

function emptyScalar(at: number): ScalarNode {
  return { kind: 'scalar', value: null, span: { start: at, end: at }, quoted: false };
}

function weightOf(node: TemplateNode, weights: WeakMap<TemplateNode, number>): number {
  if (node.kind === 'scalar') return 1;
  const children = node.kind === 'seq' ? node.items : node.entries.map((entry) => entry.value);
  return children.reduce((sum, child) => sum + (weights.get(child) ?? 1), 1);
}
