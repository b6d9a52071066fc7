import { MAX_DEPTH } from './common';

/*
 * Parsers slow down (the yaml package's CST is quadratic in depth) or overflow the stack on absurd
 * nesting. These scans find it first, cheaply. They may miss nesting hidden in odd syntax, never
 * flag a real template: that takes hundreds of unclosed brackets.
 */

/** Offset of the first JSON bracket nested deeper than MAX_DEPTH (outside strings), or -1. */
export function jsonOffsetPastMaxDepth(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: skip the escaped character
      else if (char === 0x22 || char === 0x0a) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (char === 0x7d || char === 0x5d) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/**
 * Start of the first YAML line nested deeper than MAX_DEPTH, or -1. Counts open flow brackets
 * (`[`, `{`) and compact sequence dashes (`- - - x`); block indentation cannot get that deep
 * within the size limit.
 */
export function yamlLinePastMaxDepth(text: string): number {
  let flowDepth = 0;
  let lineStart = 0;
  let dashes = 0;
  let atLineHead = true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x0a) {
      lineStart = i + 1;
      dashes = 0;
      atLineHead = true;
      continue;
    }
    if (atLineHead && char === 0x2d && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) dashes++;
    else if (atLineHead && char !== 0x20 && char !== 0x09) atLineHead = false;
    if (char === 0x5b || char === 0x7b) flowDepth++;
    else if (char === 0x5d || char === 0x7d) flowDepth = Math.max(0, flowDepth - 1);
    if (flowDepth + dashes > MAX_DEPTH) return lineStart;
  }
  return -1;
}
