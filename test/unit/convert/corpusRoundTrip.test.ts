import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'node:test';
import { convertTemplate, parseTemplate, toPlain } from '../../../src/core';

const corpus = process.env.CFN_CORPUS ?? resolve(import.meta.dirname, '../../../../shared/corpus');

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return templates(path);
    return /\.(ya?ml|json|template)$/i.test(name) ? [path] : [];
  });
}

it('converts every corpus template to the other format and back to the same model', (t) => {
  if (!existsSync(corpus)) {
    t.skip(`corpus not found at ${corpus}: set CFN_CORPUS to run the round trip over real templates`);
    return;
  }
  const failures: string[] = [];
  let converted = 0;
  for (const path of templates(corpus)) {
    const text = readFileSync(path, 'utf8');
    const original = parseTemplate(text, /\.json$/i.test(path) ? 'json' : text.trimStart().startsWith('{') ? 'json' : 'yaml');
    const conversion = convertTemplate(original);
    if (!conversion) continue;
    converted++;
    const reparsed = parseTemplate(conversion.text, conversion.format);
    try {
      assert.deepEqual(reparsed.parseFindings, []);
      assert.deepEqual(toPlain(reparsed.root), toPlain(original.root));
    } catch {
      failures.push(path);
    }
  }
  assert.ok(converted > 1500, `only ${converted} corpus templates could be converted`);
  assert.deepEqual(failures, []);
});
