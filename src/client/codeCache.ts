// Loads a CommonJS bundle through V8's code cache. Compiling the language client's bundle is a large
// part of its load time; the first activation saves the code V8 compiled into the extension's storage,
// and later activations (each new window) start from it. The cache file is named after the bundle's
// size and modification time and V8's version, so an update or a rebuild of the bundle, or another V8,
// gets a new cache.
// V8 checks little of a cache in release builds (not its checksum), and a damaged one can crash the
// process, which in VS Code is the shared extension host. So each cache file starts with a header
// holding a CRC-32 of the bundle it was made from and of V8's data: a cache whose header does not match
// both, or that V8 rejects, is deleted and written again once the client has started. CRC-32 (zlib's,
// already loaded by VS Code's extension host; about 0.2 ms a megabyte) catches every burst of up to 32
// flipped bits; the storage folder is the user's own, so there is no attacker to hash against.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

type CommonJsWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

export interface CachedModule<T> {
  exports: T;
  /** Whether the code came from the cache (false on a first run, after an update, or when the cache was bad). */
  fromCache: boolean;
  /** Writes the cache when it was missing or rejected; call it once the module has done its start-up work. */
  saveCache(): void;
}

const MAGIC = 0x43464e43; // "CFNC"
const FORMAT = 1;
/** magic, format, bundle length, bundle CRC-32, data length, data CRC-32: six unsigned 32-bit words. */
const HEADER_BYTES = 24;

/** Without a cache folder (storage that is not on this machine's disk), the bundle is compiled each time. */
export function requireWithCodeCache<T>(file: string, cacheDir: string | undefined): CachedModule<T> {
  const bundle = readFileSync(file);
  const name = basename(file, '.js');
  const cacheFile = cacheDir && canChecksum() ? join(cacheDir, `${name}-${cacheKey(file)}.v8cache`) : undefined;
  const cachedData = cacheFile ? readCache(cacheFile, bundle) : undefined;
  const source = bundle.toString('utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (cachedData && cacheFile && script.cachedDataRejected) deleteCache(cacheFile);
  const module = { exports: {} };
  (script.runInThisContext() as CommonJsWrapper)(module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports as T,
    fromCache,
    saveCache() {
      if (cacheDir && cacheFile && !fromCache) writeCache(withHeader(script.createCachedData(), bundle), cacheDir, cacheFile, name);
    },
  };
}

/** zlib.crc32 came with Node 20.15 (VS Code 1.100 runs Node 20.18); without it no cache is read or written. */
function canChecksum(): boolean {
  return typeof zlib.crc32 === 'function';
}

function cacheKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}-${Math.trunc(mtimeMs)}-${process.arch}-v8-${process.versions.v8}`;
}

/** V8's data when the file's header matches the bundle and the data; a file that does not match is deleted. */
function readCache(cacheFile: string, bundle: Buffer): Buffer | undefined {
  let contents: Buffer;
  try {
    contents = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = verifiedData(contents, bundle);
  if (!data) deleteCache(cacheFile);
  return data;
}

function verifiedData(contents: Buffer, bundle: Buffer): Buffer | undefined {
  if (contents.length < HEADER_BYTES) return undefined;
  const word = (index: number): number => contents.readUInt32LE(index * 4);
  const data = contents.subarray(HEADER_BYTES);
  const matches =
    word(0) === MAGIC &&
    word(1) === FORMAT &&
    word(2) === bundle.length &&
    word(3) === zlib.crc32(bundle) &&
    word(4) === data.length &&
    word(5) === zlib.crc32(data);
  return matches ? data : undefined;
}

function withHeader(data: Buffer, bundle: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  [MAGIC, FORMAT, bundle.length, zlib.crc32(bundle), data.length, zlib.crc32(data)].forEach((value, index) => header.writeUInt32LE(value, index * 4));
  return Buffer.concat([header, data]);
}

function deleteCache(cacheFile: string): void {
  try {
    rmSync(cacheFile, { force: true });
  } catch {
    // A cache that cannot be deleted is still never used: its header does not match.
  }
}

/** Writes through a temporary file (two windows may save at once) and removes the bundle's older caches. */
function writeCache(contents: Buffer, cacheDir: string, cacheFile: string, name: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, cacheFile);
  for (const entry of readdirSync(cacheDir)) {
    if (entry.startsWith(`${name}-`) && entry.endsWith('.v8cache') && join(cacheDir, entry) !== cacheFile) rmSync(join(cacheDir, entry), { force: true });
  }
}
