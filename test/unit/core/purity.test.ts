import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const coreDir = join(import.meta.dirname, '../../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('keeps src/core free of editor and Node imports, so it runs anywhere (web worker included)', () => {
  const forbidden = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:[^'"]+|fs|path|os|child_process)['"]/;
  const offenders = sources(coreDir).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders, []);
});
