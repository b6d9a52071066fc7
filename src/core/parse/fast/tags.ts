import { functionForTag, SHORT_FORM_TAGS } from '../../intrinsics';
import type { MapNode, TemplateNode } from '../../model';
import { bail } from './bail';

export interface TagRead {
  tag: string;
  start: number;
  /** Just after the tag. */
  end: number;
}

/**
 * A local tag such as `!Name` reads as the function `Fn::Name` (see functionForTag); `!!str`,
 * `!<…>`, a lone `!` and escaped characters resolve otherwise in the yaml package: left to it.
 */
const LOCAL_TAG = /^![A-Za-z][A-Za-z0-9:._-]*$/;

/** What ends a tag. Other white space stays in it, fails LOCAL_TAG, and leaves the text to the yaml package. */
const ENDS_TAG = new Set([' ', '\t', '\n', '\r', ',', '[', ']', '{', '}']);

/** The tag at `at`: a short-form function or another local tag. */
export function tagAt(text: string, at: number): TagRead {
  let end = at + 1;
  while (end < text.length && !ENDS_TAG.has(text[end])) end++;
  const tag = text.slice(at, end);
  if (!Object.hasOwn(SHORT_FORM_TAGS, tag) && !LOCAL_TAG.test(tag)) bail();
  return { tag, start: at, end };
}

/** A short-form tag becomes a one-entry map, exactly as its long form would be (as yamlParser.ts builds it). */
export function tagged({ tag, start, end }: TagRead, value: TemplateNode): MapNode {
  const tagSpan = { start, end };
  const key = { kind: 'scalar' as const, value: functionForTag(tag), span: tagSpan, quoted: false };
  const span = { start, end: Math.max(value.span.end, end) };
  return { kind: 'map', entries: [{ key, value, span }], span, shortForm: { tag, span: tagSpan } };
}
