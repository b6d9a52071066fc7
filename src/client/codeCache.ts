// Loads a CommonJS bundle through V8's code cache. Compiling the language client's bundle is a large
// part of its load time; the first activation saves the code V8 compiled into the extension's storage,
// and later activations (each new window) start from it. The cache file is named after the bundle's
// size and modification time and V8's version, so an update or a rebuild of the bundle, or another V8,
// gets a new cache (V8 also rejects a cache made for a source of another length or by other V8 flags).
// No content hash: it would add loading node:crypto (about 4 ms in a fresh Node) to every activation.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type CommonJsWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

export interface CachedModule<T> {
  exports: T;
  /** Whether the code came from the cache (false on a first run, or after an update). */
  fromCache: boolean;
  /** Writes the cache when it was missing or rejected; call it once the module has done its start-up work. */
  saveCache(): void;
}

/** Without a cache folder (storage that is not on this machine's disk), the bundle is compiled each time. */
export function requireWithCodeCache<T>(file: string, cacheDir: string | undefined): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const name = basename(file, '.js');
  const cacheFile = cacheDir && join(cacheDir, `${name}-${cacheKey(file)}.v8cache`);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  (script.runInThisContext() as CommonJsWrapper)(module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports as T,
    fromCache,
    saveCache() {
      if (cacheDir && cacheFile && !fromCache) writeCache(script.createCachedData(), cacheDir, cacheFile, name);
    },
  };
}

function cacheKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}-${Math.trunc(mtimeMs)}-${process.arch}-v8-${process.versions.v8}`;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file (two windows may save at once) and removes the bundle's older caches. */
function writeCache(data: Buffer, cacheDir: string, cacheFile: string, name: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, cacheFile);
  for (const entry of readdirSync(cacheDir)) {
    if (entry.startsWith(`${name}-`) && entry.endsWith('.v8cache') && join(cacheDir, entry) !== cacheFile) rmSync(join(cacheDir, entry), { force: true });
  }
}
