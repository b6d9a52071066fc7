import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { finding, type Finding } from '../findings';
import type { MapEntry, MapNode, ScalarNode, TemplateNode } from '../model';
import { checkDuplicateKeys, MAX_DEPTH, tooDeep, type ParseResult } from './common';
import { jsonOffsetPastMaxDepth } from './depthScan';
import { readJsonFast } from './fast/json';

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: "Expected ':'",
  CommaExpected: "Expected ','",
  CloseBraceExpected: "Expected '}'",
  CloseBracketExpected: "Expected ']'",
  EndOfFileExpected: 'Expected the end of the file',
  InvalidCommentToken: 'JSON templates cannot contain comments',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string',
};

export function parseJson(text: string): ParseResult {
  return readJsonFast(text) ?? parseJsonWithPackage(text);
}

/** What jsonc-parser reads, with its errors; valid JSON is read the same by readJsonFast. */
export function parseJsonWithPackage(text: string): ParseResult {
  // jsonc-parser recurses once per level: stop before a stack overflow can happen.
  const tooDeepAt = jsonOffsetPastMaxDepth(text);
  if (tooDeepAt >= 0) return { root: undefined, findings: [tooDeep({ start: tooDeepAt, end: tooDeepAt + 1 })] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const findings: Finding[] = errors.map((error) => {
    const code = printParseErrorCode(error.error);
    const start = Math.min(error.offset, text.length);
    return finding('E0000', 'error', ERROR_TEXT[code] ?? code, { start, end: Math.min(start + Math.max(error.length, 1), text.length) });
  });
  const state = { text, findings, deepReported: false };
  const root = tree ? convert(tree, 0, state) : undefined;
  return { root, findings };
}

interface State {
  text: string;
  findings: Finding[];
  deepReported: boolean;
}

function convert(node: JsonNode, depth: number, state: State): TemplateNode {
  const span = { start: node.offset, end: node.offset + node.length };
  if (depth > MAX_DEPTH) {
    if (!state.deepReported) state.findings.push(tooDeep(span));
    state.deepReported = true;
    return { kind: 'scalar', value: null, span: { start: span.start, end: span.start }, quoted: false };
  }
  if (node.type === 'object') {
    const entries = (node.children ?? []).flatMap((property) => convertProperty(property, depth, state));
    const map: MapNode = { kind: 'map', entries, span };
    checkDuplicateKeys(map, state.findings);
    return map;
  }
  if (node.type === 'array') {
    return { kind: 'seq', items: (node.children ?? []).map((child) => convert(child, depth + 1, state)), span };
  }
  return scalar(node);
}

function convertProperty(property: JsonNode, depth: number, state: State): MapEntry[] {
  const [keyNode, valueNode] = property.children ?? [];
  if (!keyNode) return [];
  const key = { ...scalar(keyNode), value: String(keyNode.value) };
  const value = valueNode ? convert(valueNode, depth + 1, state) : missingValue(state.text, key.span.end);
  return [{ key, value, span: { start: key.span.start, end: Math.max(value.span.end, key.span.end) } }];
}

function scalar(node: JsonNode): ScalarNode {
  const value = node.type === 'null' || node.value === undefined ? null : (node.value as ScalarNode['value']);
  return { kind: 'scalar', value, span: { start: node.offset, end: node.offset + node.length }, quoted: node.type === 'string' };
}

/** A key typed without its value yet: the empty value sits where the value will be typed. */
function missingValue(text: string, keyEnd: number): ScalarNode {
  let at = keyEnd;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === ':') {
    at++;
    while (text[at] === ' ' || text[at] === '\t') at++;
  } else {
    at = keyEnd;
  }
  return { kind: 'scalar', value: null, span: { start: at, end: at }, quoted: false };
}
