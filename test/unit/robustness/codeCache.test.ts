import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
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
