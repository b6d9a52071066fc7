// For the tests of our fast readers (fastYaml.test.ts, fastJson.test.ts): each must read what it reads
// exactly as the package path does, and decline the rest.
import assert from 'node:assert/strict';
import type { ParseResult } from '../../../src/core/parse/common';
import type { Random } from '../../fixtures/fastYaml/randomYaml';

export function readerComparison(fast: (text: string) => ParseResult | undefined, withPackage: (text: string) => ParseResult) {
  return {
    /** The fast reader read the text, exactly as the package path does. */
    assertReadAlike(text: string): void {
      const read = fast(text);
      assert.ok(read, `the fast reader reads ${JSON.stringify(text)}`);
      assert.deepEqual(read, withPackage(text), JSON.stringify(text));
    },
    /** Where the fast reader reads the text at all, it reads it as the package path does. */
    readsAlikeOrDeclines(text: string): boolean {
      const read = fast(text);
      if (read) assert.deepEqual(read, withPackage(text), JSON.stringify(text));
      return read !== undefined;
    },
  };
}

/** The text after one to three random edits, each cutting up to three characters and inserting one of `pieces` or nothing. */
export function mutated(text: string, random: Random, pieces: readonly string[]): string {
  for (let edit = random.int(3) + 1; edit > 0; edit--) {
    const at = random.int(text.length);
    const cut = random.chance(0.5) ? random.int(4) : 0;
    text = text.slice(0, at) + (random.chance(0.7) ? random.pick(pieces) : '') + text.slice(at + cut);
  }
  return text;
}
