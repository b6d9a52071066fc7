import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type RunResult =
  | { kind: 'finished'; stdout: string }
  | { kind: 'timedOut' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

/** Largest output accepted from cfn-lint; a template with more findings than this is not plausible. */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/**
 * Runs `<executable> --format json -- <file>` directly, never through a shell, so nothing in the
 * path or the file name is interpreted. Killed outright once `timeoutMs` has passed.
 */
export function runCfnLint(executable: string, file: string, timeoutMs: number, signal: AbortSignal): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      executable,
      ['--format', 'json', '--', file],
      { shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true, signal, cwd: dirname(file) },
      (error, stdout) => {
        if (!error) return resolve({ kind: 'finished', stdout });
        if (error.name === 'AbortError') return resolve({ kind: 'cancelled' });
        if (error.killed && error.signal === 'SIGKILL') return resolve({ kind: 'timedOut' });
        // cfn-lint exits non-zero whenever it finds something; its findings are still on stdout.
        if (typeof error.code === 'number' && stdout.trim().startsWith('[')) return resolve({ kind: 'finished', stdout });
        resolve({ kind: 'failed', reason: error.code === 'ENOENT' ? 'no such program' : error.message.split('\n')[0] });
      },
    );
  });
}

/**
 * Calls `use` with a file holding the document's current text: the saved file itself when it is
 * unchanged (so cfn-lint finds its config beside it), else a temporary copy, deleted afterwards.
 */
export async function withTemplateFile<T>(document: TextDocument, use: (file: string) => Promise<T>): Promise<T> {
  const text = document.getText();
  const saved = savedPath(document.uri);
  if (saved && (await readFile(saved, 'utf8').catch(() => undefined)) === text) return use(saved);
  const dir = await mkdtemp(join(tmpdir(), 'cfn-coach-lint-'));
  const name = saved ? basename(saved) : document.languageId === 'yaml' ? 'template.yaml' : 'template.json';
  try {
    await writeFile(join(dir, name), text);
    return await use(join(dir, name));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
