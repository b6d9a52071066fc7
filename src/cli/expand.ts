import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions of files a directory argument contributes (a named file is always taken). */
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;
/** Folders a directory walk or `**` never enters. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?]/;

export interface Expansion {
  files: string[];
  /** Arguments that name nothing: missing files, globs that match no file. */
  problems: string[];
}

/** Files, directories (walked for YAML/JSON files) and globs (`*`, `?`, `**`), in argument order. */
export async function expandPatterns(patterns: readonly string[]): Promise<Expansion> {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const pattern of patterns) {
    const found = GLOB_CHARS.test(pattern) ? await expandGlob(pattern) : await expandPath(pattern);
    if (typeof found === 'string') problems.push(found);
    else for (const file of found) files.add(file);
  }
  return { files: [...files], problems };
}

async function expandPath(path: string): Promise<string[] | string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return `cannot read '${path}': no such file or directory`;
  if (!info.isDirectory()) return [path];
  const folder = path.endsWith('/') ? path : `${path}/`;
  return (await walk(path)).filter((file) => TEMPLATE_EXTENSIONS.test(file)).map((file) => folder + file);
}

async function expandGlob(pattern: string): Promise<string[] | string> {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const base = segments.slice(0, firstGlob).join('/');
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'));
  const root = firstGlob === 1 && pattern.startsWith('/') ? '/' : base || '.';
  const prefix = root === '/' ? '/' : base === '' ? '' : `${base}/`;
  const matches = (await walk(root))
    .filter((relativePath) => matcher.test(relativePath))
    .map((relativePath) => prefix + relativePath);
  return matches.length > 0 ? matches : `no files match '${pattern}'`;
}

/** `**` spans folders, `*` and `?` stay within one; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Every file under a folder, sorted, as paths relative to it with `/` between names. */
async function walk(folder: string, below = ''): Promise<string[]> {
  const entries = await readdir(join(folder, below), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relativePath = below ? `${below}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await walk(folder, relativePath)));
    } else if (entry.isFile()) files.push(relativePath);
  }
  return files;
}
