import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapWithConcurrency, readTexts, type FileReader } from '../../../src/client/study/readFiles';

/** Files by name with their sizes; records what was read and how many reads were pending at most. */
function fakeReader(sizes: Record<string, number>) {
  const read: string[] = [];
  let pending = 0;
  let mostPending = 0;
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  const reader: FileReader<string> = {
    async stat(uri) {
      await tick();
      if (!(uri in sizes)) throw new Error('ENOENT');
      return { size: sizes[uri] };
    },
    async readFile(uri) {
      pending++;
      mostPending = Math.max(mostPending, pending);
      await tick();
      read.push(uri);
      pending--;
      return new TextEncoder().encode('x'.repeat(sizes[uri]));
    },
  };
  return { reader, read, mostPending: () => mostPending };
}

describe('reading the workspace for the study panel', () => {
  it('skips files over the size limit without reading them, and unreadable ones', async () => {
    const { reader, read } = fakeReader({ 'a.yaml': 10, 'huge.json': 2_000_000, 'b.yaml': 20 });
    const texts = await readTexts(['a.yaml', 'huge.json', 'gone.yaml', 'b.yaml'], reader);
    assert.deepEqual(texts.map((text) => [text.uri, text.text.length]), [['a.yaml', 10], ['b.yaml', 20]]);
    assert.deepEqual(read.sort(), ['a.yaml', 'b.yaml']);
  });

  it('reads a few files at a time, and stops once the total budget is spent', async () => {
    const sizes = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`t${String(index).padStart(3, '0')}.yaml`, 100]));
    const { reader, read, mostPending } = fakeReader(sizes);
    const texts = await readTexts(Object.keys(sizes), reader, { maxFileBytes: 1000, maxTotalBytes: 5_000, concurrency: 4 });
    assert.equal(texts.length, 50);
    assert.equal(read.length, 50);
    assert.equal(mostPending(), 4);
  });

  it('maps with at most the given number of calls pending, results in order', async () => {
    let pending = 0;
    let most = 0;
    const results = await mapWithConcurrency([5, 4, 3, 2, 1, 0], 2, async (value) => {
      pending++;
      most = Math.max(most, pending);
      for (let turn = 0; turn < value; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      pending--;
      return value * 10;
    });
    assert.deepEqual({ results, most }, { results: [50, 40, 30, 20, 10, 0], most: 2 });
    assert.deepEqual(await mapWithConcurrency([], 8, async (value: number) => value), []);
  });
});
