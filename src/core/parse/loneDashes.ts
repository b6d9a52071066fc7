/**
 * A `-` standing alone as an item of a flow collection, as in `!Join [-, [a, b]]` or `!Split [-, …]`:
 * YAML 1.2 does not let a plain scalar start with `-` before a `,`, so the yaml package reports a block
 * collection there and every token after it. PyYAML (so cfn-lint) and the YAML reader of CloudFormation's
 * Java world read it as the string "-", and vendors ship templates written so. Those dashes are quoted
 * (the string they stand for) and offsets are mapped back to the original text.
 */
import { withInsertions, type Padded } from './padding';

/** The text with the lone dash at each of `offsets` quoted; undefined when none of them is one. */
export function quoteLoneDashes(text: string, offsets: readonly number[]): Padded | undefined {
  const insertions = new Map<number, string>();
  for (const at of offsets) {
    if (isLoneDash(text, at)) {
      insertions.set(at, '"');
      insertions.set(at + 1, '"');
    }
  }
  return withInsertions(text, insertions);
}

/** A `-` right after a flow item's start (`[`, `{`, `,` or `:` and spaces) and right before `,`, `]` or `}`. */
function isLoneDash(text: string, at: number): boolean {
  if (text[at] !== '-' || !',]}'.includes(text[at + 1] ?? '')) return false;
  let before = at - 1;
  while (text[before] === ' ') before--;
  return '[{,:'.includes(text[before] ?? '');
}
