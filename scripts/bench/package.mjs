// Sizes: the .vsix (an existing cfn-exam-coach.vsix newer than dist/, else `npm run package` in a scratch
// copy of the project, so the working dist/ is never replaced by the production build) and the
// generated schema index (dist/schema).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure } from './stats.mjs';

const VSIX = 'cfn-exam-coach.vsix';
// What `npm run package` reads; dist/schema is copied with its timestamps so it is not regenerated.
const PACKAGE_INPUTS = ['package.json', '.vscodeignore', 'tsconfig.json', 'scripts', 'src', 'media', 'syntaxes', 'snippets', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/schema'];
const MB = 1024 * 1024;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function packageInScratchCopy(root) {
  const scratch = mkdtempSync(join(tmpdir(), 'cfn-coach-package-'));
  for (const input of PACKAGE_INPUTS) {
    const source = join(root, input);
    if (existsSync(source)) cpSync(source, join(scratch, input), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  execFileSync('npm', ['run', 'package'], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
  return { scratch, vsix: join(scratch, VSIX) };
}

export function benchSizes({ root }) {
  const schemaFiles = filesUnder(join(root, 'dist/schema'));
  const schemaBytes = schemaFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const schema = figure('generated schema index (dist/schema)', schemaBytes / MB, 'MB', { note: `${schemaFiles.length} files, ${schemaBytes} bytes` });

  const existing = join(root, VSIX);
  const newestDist = Math.max(...filesUnder(join(root, 'dist')).map((file) => statSync(file).mtimeMs));
  if (existsSync(existing) && statSync(existing).mtimeMs > newestDist) {
    return [vsixFigure(existing, `existing ${VSIX}, newer than dist/`), schema];
  }
  const { scratch, vsix } = packageInScratchCopy(root);
  try {
    return [vsixFigure(vsix, '`npm run package` in a scratch copy of the project'), schema];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function vsixFigure(file, source) {
  const bytes = statSync(file).size;
  return figure('.vsix size', bytes / MB, 'MB', { target: 5, note: `${bytes} bytes, ${source}` });
}
