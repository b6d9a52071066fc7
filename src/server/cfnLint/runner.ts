import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CFN_LINT_TIMEOUT_BOUNDS } from '../../shared/settings';
import { killGroup, spawnInGroup } from './processGroup';

export type RunResult =
  | { kind: 'finished'; stdout: string }
  | { kind: 'timedOut' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

/** Largest output accepted from cfn-lint; a template with more findings than this is not plausible. */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/**
 * Runs `<executable> --format json -- <file>` directly, never through a shell, so nothing in the
 * path or the file name is interpreted, in a process group of its own. The whole group is killed once
 * `timeoutMs` has passed, on `signal`, and when the program exits (children it left behind).
 */
export function runCfnLint(executable: string, file: string, timeoutMs: number, signal: AbortSignal): Promise<RunResult> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve({ kind: 'cancelled' });
    let child: ReturnType<typeof spawnInGroup>;
    try {
      child = spawnInGroup(executable, ['--format', 'json', '--', file], dirname(file));
    } catch (error) {
      return resolve({ kind: 'failed', reason: (error as Error).message });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let stoppedWith: RunResult | undefined;
    let settled = false;
    const settle = (result: RunResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    /** Kills the group; the run ends when its output closes (a child outside the group may hold it: cut it off). */
    const stop = (result: RunResult): void => {
      stoppedWith ??= result;
      killGroup(child);
      child.stdout?.destroy();
    };
    const onAbort = (): void => stop({ kind: 'cancelled' });
    const timer = setTimeout(() => stop({ kind: 'timedOut' }), clampTimeout(timeoutMs));
    signal.addEventListener('abort', onAbort, { once: true });
    child.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) stop({ kind: 'failed', reason: `its output passed ${MAX_OUTPUT_BYTES / 1024 / 1024} MB` });
      else chunks.push(chunk);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      killGroup(child);
      settle({ kind: 'failed', reason: error.code === 'ENOENT' ? 'no such program' : error.message.split('\n')[0] });
    });
    child.once('exit', () => killGroup(child));
    child.once('close', (code: number | null, exitSignal: NodeJS.Signals | null) => {
      if (stoppedWith) return settle(stoppedWith);
      const stdout = Buffer.concat(chunks).toString('utf8');
      settle(outcome(code, exitSignal, stdout));
    });
  });
}

function outcome(code: number | null, exitSignal: NodeJS.Signals | null, stdout: string): RunResult {
  if (code === 0) return { kind: 'finished', stdout };
  // cfn-lint exits non-zero whenever it finds something; its findings are still on stdout.
  if (code !== null && stdout.trim().startsWith('[')) return { kind: 'finished', stdout };
  return { kind: 'failed', reason: code === null ? `it was ended by ${exitSignal}` : `it exited with code ${code}` };
}

/** Settings already hold a whole number within bounds; a caller passing anything else gets the same. */
function clampTimeout(timeoutMs: number): number {
  const { min, max } = CFN_LINT_TIMEOUT_BOUNDS;
  return Number.isFinite(timeoutMs) ? Math.min(max, Math.max(min, Math.round(timeoutMs))) : max;
}

/** Temporary folders not yet removed: a server that exits mid-run removes them on its way out. */
const temporaryFolders = new Set<string>();
let exitHookInstalled = false;

/**
 * Calls `use` with a file holding the document's current text: the saved file itself when it is
 * unchanged (so cfn-lint finds its config beside it), else a temporary copy, deleted afterwards
 * (also when writing it or the run fails, and when the server exits first).
 */
export async function withTemplateFile<T>(document: TextDocument, use: (file: string) => Promise<T>): Promise<T> {
  const text = document.getText();
  const saved = savedPath(document.uri);
  if (saved && (await readFile(saved, 'utf8').catch(() => undefined)) === text) return use(saved);
  installExitHook();
  const dir = await mkdtemp(join(tmpdir(), 'cfn-coach-lint-'));
  temporaryFolders.add(dir);
  const name = saved ? basename(saved) : document.languageId === 'yaml' ? 'template.yaml' : 'template.json';
  try {
    await writeFile(join(dir, name), text);
    return await use(join(dir, name));
  } finally {
    await rm(dir, { recursive: true, force: true }).then(
      () => temporaryFolders.delete(dir),
      () => undefined,
    );
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const dir of temporaryFolders) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // Nothing more can be done on the way out.
      }
    }
  });
}

/** The local path of a file URI; undefined for other schemes and for file URIs of another host. */
function savedPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
