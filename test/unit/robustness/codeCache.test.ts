import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { requireWithCodeCache } from '../../../src/client/codeCache';

interface Bundle {
  answer: number;
  joined: string;
  filename: string;
}

// A CommonJS bundle that uses `require`, `module.exports`, `__dirname` and `__filename` as esbuild's output does.
const BUNDLE = `"use strict";
const { join } = require('node:path');
module.exports = { answer: 42, joined: join(__dirname, 'x'), filename: __filename };
`;

const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function bundleIn(source: string): { file: string; cacheDir: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cfn-coach-code-cache-'));
  folders.push(dir);
  const file = join(dir, 'languageClient.js');
  writeFileSync(file, source);
  return { file, cacheDir: join(dir, 'storage', 'code-cache'), dir };
}

describe('loading a bundle through the V8 code cache', () => {
  it('runs the bundle as CommonJS, and saves a cache named after the bundle on the first load', () => {
    const { file, cacheDir, dir } = bundleIn(BUNDLE);
    const loaded = requireWithCodeCache<Bundle>(file, cacheDir);
    assert.deepEqual(loaded.exports, { answer: 42, joined: join(dir, 'x'), filename: file });
    assert.equal(loaded.fromCache, false);
    loaded.saveCache();
    const saved = readdirSync(cacheDir);
    assert.equal(saved.length, 1);
    assert.match(saved[0], new RegExp(`^languageClient-${BUNDLE.length}-\\d+-${process.arch}-v8-.+\\.v8cache$`));
  });

  it('reads the saved cache on the next load, with the same exports, and does not write it again', () => {
    const { file, cacheDir, dir } = bundleIn(BUNDLE);
    requireWithCodeCache<Bundle>(file, cacheDir).saveCache();
    const [saved] = readdirSync(cacheDir);
    const again = requireWithCodeCache<Bundle>(file, cacheDir);
    assert.equal(again.fromCache, true);
    assert.deepEqual(again.exports, { answer: 42, joined: join(dir, 'x'), filename: file });
    again.saveCache();
    assert.deepEqual(readdirSync(cacheDir), [saved]);
  });

  it('does not use the cache of an earlier bundle, and replaces it', () => {
    const { file, cacheDir } = bundleIn(BUNDLE);
    requireWithCodeCache<Bundle>(file, cacheDir).saveCache();
    const [earlier] = readdirSync(cacheDir);
    writeFileSync(file, BUNDLE.replace('answer: 42', 'answer: 4242'));
    const updated = requireWithCodeCache<Bundle>(file, cacheDir);
    assert.equal(updated.fromCache, false);
    assert.equal(updated.exports.answer, 4242);
    updated.saveCache();
    const saved = readdirSync(cacheDir);
    assert.equal(saved.length, 1);
    assert.notEqual(saved[0], earlier);
  });

  it('compiles without a cache, writing nothing, when there is no cache folder', () => {
    const { file, dir } = bundleIn(BUNDLE);
    const loaded = requireWithCodeCache<Bundle>(file, undefined);
    assert.equal(loaded.fromCache, false);
    assert.equal(loaded.exports.answer, 42);
    loaded.saveCache();
    assert.deepEqual(readdirSync(dir), ['languageClient.js']);
  });
});

// Enough code for V8's cache to hold real bytecode: classes, closures and loops, all run before the cache is saved.
function generatedBundle(seed: number): string {
  const lines = ['"use strict";', 'const parts = [];', `const SEED = ${seed % 10};`];
  for (let i = 0; i < 200; i++) {
    lines.push(
      `class C${i} { constructor(x) { this.x = x * ${i} + SEED; } run(list) { let t = 0; for (const v of list) t += v ^ this.x; return String(t).padStart(8, "${i % 10}"); } }`,
      `parts.push((n) => new C${i}(n).run([1, 2, 3, n]).length + ${i} * SEED);`,
    );
  }
  lines.push('module.exports = { total: (n) => parts.reduce((sum, part) => sum + part(n), 0) };');
  return lines.join('\n');
}

/** Deterministic, so a failure names the same bit each run. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('a damaged or foreign code cache, loaded in a child process as the extension host loads it', () => {
  const FLIPS = 15;
  let codeCacheModule = '';
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfn-coach-code-cache-module-'));
    folders.push(dir);
    codeCacheModule = join(dir, 'codeCache.cjs');
    await esbuild.build({ entryPoints: ['src/client/codeCache.ts'], outfile: codeCacheModule, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  });

  /** Runs one load in a fresh process; fails on a crash, a signal or a hang. */
  function loadInChild(file: string, cacheDir: string): { total: number; fromCache: boolean } {
    const child = spawnSync(process.execPath, [join('test', 'fixtures', 'codeCache', 'loadOnce.cjs'), codeCacheModule, file, cacheDir], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(child.error, undefined, `the load did not finish: ${String(child.error)}`);
    assert.deepEqual({ status: child.status, signal: child.signal, stderr: child.stderr }, { status: 0, signal: null, stderr: '' });
    return JSON.parse(child.stdout);
  }

  function cacheFileIn(cacheDir: string): string {
    const saved = readdirSync(cacheDir);
    assert.equal(saved.length, 1);
    return join(cacheDir, saved[0]);
  }

  it(`neither crashes nor hangs on ${FLIPS} caches with a random bit flipped, ignores each and writes a good one again`, () => {
    const { file, cacheDir } = bundleIn(generatedBundle(1));
    const expected = loadInChild(file, cacheDir).total;
    const random = randomSource(17);
    for (let flip = 0; flip < FLIPS; flip++) {
      const cacheFile = cacheFileIn(cacheDir);
      const damaged = readFileSync(cacheFile);
      const bit = Math.floor(random() * damaged.length * 8);
      damaged[bit >> 3] ^= 1 << (bit & 7);
      writeFileSync(cacheFile, damaged);
      assert.deepEqual(loadInChild(file, cacheDir), { total: expected, fromCache: false }, `bit ${bit} of ${damaged.length * 8}`);
      assert.notDeepEqual(readFileSync(cacheFileIn(cacheDir)), damaged, `bit ${bit}: the damaged cache was not rewritten`);
      assert.deepEqual(loadInChild(file, cacheDir), { total: expected, fromCache: true }, `bit ${bit}: the rewritten cache is not used`);
    }
  });

  it('ignores and rewrites a truncated, an empty or a foreign file in place of the cache', () => {
    const { file, cacheDir } = bundleIn(generatedBundle(1));
    const expected = loadInChild(file, cacheDir).total;
    const cacheFile = cacheFileIn(cacheDir);
    const good = readFileSync(cacheFile);
    for (const contents of [good.subarray(0, good.length >> 1), good.subarray(0, 10), Buffer.alloc(0), Buffer.from('not a cache at all')]) {
      writeFileSync(cacheFile, contents);
      assert.deepEqual(loadInChild(file, cacheDir), { total: expected, fromCache: false }, `${contents.length} bytes`);
      assert.deepEqual(loadInChild(file, cacheDir), { total: expected, fromCache: true }, `${contents.length} bytes: not rewritten`);
    }
  });

  it('does not run the cache of another bundle of the same size and modification time, and replaces it', () => {
    const first = generatedBundle(1);
    const second = generatedBundle(3);
    assert.equal(second.length, first.length);
    const { file, cacheDir } = bundleIn(first);
    const { mtime } = statSync(file);
    assert.equal(loadInChild(file, cacheDir).fromCache, false);
    writeFileSync(file, second);
    utimesSync(file, mtime, mtime);
    const { file: reference, cacheDir: otherCache } = bundleIn(second);
    const expected = loadInChild(reference, otherCache).total;
    assert.deepEqual(loadInChild(file, cacheDir), { total: expected, fromCache: false });
    assert.deepEqual(loadInChild(file, cacheDir), { total: expected, fromCache: true });
  });
});
