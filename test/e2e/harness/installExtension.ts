import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type RunFolder } from './runFolder';

// What the .vsix ships (see .vscodeignore).
const SHIPPED = ['package.json', 'dist', 'media', 'syntaxes', 'snippets', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/**
 * Installs the built extension into the run's extensions folder the way a .vsix install lays it out
 * (`publisher.name-version/`), so the workbench loads it at a plain URL with no development payload.
 * code-server registers folders it finds there when it first starts with an empty extensions folder.
 */
export function installExtensionFolder(run: RunFolder): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const target = join(run.extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  for (const entry of SHIPPED) {
    const source = join(projectRoot, entry);
    if (existsSync(source)) cpSync(source, join(target, entry), { recursive: true });
  }
  return target;
}
