import { finding, type Finding } from '../findings';
import type { MapNode, Span, TemplateNode } from '../model';

export interface ParseResult {
  root: TemplateNode | undefined;
  findings: Finding[];
  /** For YAML holding several documents: where the first ends. Only the first is read. */
  firstDocumentEnd?: number;
}

/** Deeper than this, nesting is cut off: no real template comes close, and recursion stays safe. */
export const MAX_DEPTH = 400;

export function tooDeep(span: Span): Finding {
  return finding('E0000', 'error', `The template is nested more than ${MAX_DEPTH} levels deep; deeper content is not analysed`, span);
}

/** The id of a key written twice in one map. */
export const DUPLICATE_KEY = 'W0002';

/**
 * A key written twice in one map. CloudFormation accepts the template and keeps the last value, as
 * YAML and JSON parsers do (validate-template and update-stack ignore the repeat: aws/aws-cli#2404;
 * the user guide calls repeated sections undefined behaviour): a warning, since what a reader sees
 * first is not what deploys. cfn-lint calls it an error (E0000).
 */
export function checkDuplicateKeys(map: MapNode, findings: Finding[]): void {
  if (map.entries.length < 2) return;
  if (map.entries.length <= SMALL_MAP) return checkSmallMap(map, findings);
  const seen = new Map<string, Span>();
  for (const entry of map.entries) {
    const first = seen.get(entry.key.value);
    if (first) {
      map.duplicateKeys = true;
      findings.push(duplicateKey(entry.key.value, entry.key.span));
    } else {
      seen.set(entry.key.value, entry.key.span);
    }
  }
}

function duplicateKey(name: string, span: Span): Finding {
  return finding(DUPLICATE_KEY, 'warning', `Duplicate key '${name}': CloudFormation keeps only the last value given for it`, span);
}

/** Up to this many keys, comparing each with those before it is cheaper than a Map (most maps are this small). */
const SMALL_MAP = 12;

function checkSmallMap(map: MapNode, findings: Finding[]): void {
  const { entries } = map;
  for (let index = 1; index < entries.length; index++) {
    const key = entries[index].key;
    for (let before = 0; before < index; before++) {
      if (entries[before].key.value !== key.value) continue;
      map.duplicateKeys = true;
      findings.push(duplicateKey(key.value, key.span));
      break;
    }
  }
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The text with every lone CR (a line break of old Mac files, which YAML and JSON accept) made a LF.
 * Same length, so every offset and range stays where it was; CRLF is left as it is.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
