// Writes snippets/cloudformation.yaml.code-snippets and snippets/cloudformation.json.code-snippets from the one
// source in src/core/snippets/data. Run with `npm run snippets`; test/unit/snippets checks the files are up to date.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SNIPPETS, snippetFileText } from '../src/core/snippets/index.ts';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, 'snippets'), { recursive: true });
for (const format of ['yaml', 'json']) {
  const path = join(root, 'snippets', `cloudformation.${format}.code-snippets`);
  writeFileSync(path, snippetFileText(SNIPPETS, format));
  console.log(`wrote ${path} (${SNIPPETS.length} snippets)`);
}
