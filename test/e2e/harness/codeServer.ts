import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerBin } from '../../../scripts/e2e-setup.mjs';
import type { RunFolder } from './runFolder';

export interface WorkbenchOptions {
  /** The folder the window opens; none opens an empty window. */
  folder?: string;
  /** Absolute path of an extension folder to load as if in development (no .vsix needed). */
  extensionDevelopmentPath?: string;
  /** Absolute path of a CommonJS module whose `run()` the extension host calls as its test suite. */
  extensionTestsPath?: string;
}

export interface CodeServer {
  port: number;
  /** The workbench URL for a folder, with the extension loaded through the URL payload. */
  workbenchUrl(options: WorkbenchOptions): string;
  /** Everything code-server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const LISTENING = /HTTP server listening on http:\/\/[\d.]+:(\d+)\//;
const START_TIMEOUT_MS = 60_000;

/**
 * Starts code-server detached in its own process group, all its state inside the run folder, and
 * resolves once it listens. `port` 0 lets the system choose; `folder` is what the bare URL opens.
 */
export async function startCodeServer(run: RunFolder, { port = 0, host = '127.0.0.1', folder = '' } = {}): Promise<CodeServer> {
  const config = join(run.dir, 'config.yaml');
  writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServerBin, '--config', config,
    '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // The folder a plain URL (no ?folder=) opens.
    ...(folder ? [folder] : []),
  ];
  const env = { ...process.env, XDG_CONFIG_HOME: join(run.dir, 'xdg-config'), XDG_DATA_HOME: join(run.dir, 'xdg-data'), TMPDIR: run.tmpDir };
  const child = spawn(process.execPath, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  try {
    const actualPort = await waitForPort(child, () => output);
    return {
      port: actualPort,
      workbenchUrl: (options) => workbenchUrl(host, actualPort, options),
      output: () => output,
      stop: () => stopGroup(child, exited),
    };
  } catch (error) {
    await stopGroup(child, exited);
    throw error;
  }
}

function waitForPort(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not listen within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const check = (): void => {
      const match = LISTENING.exec(output());
      if (!match) return;
      cleanup();
      resolve(Number(match[1]));
    };
    const onExit = (code: number | null): void => fail(`exited (code ${code}) before listening`);
    function fail(reason: string): void {
      cleanup();
      reject(new Error(`code-server ${reason}:\n${output()}`));
    }
    function cleanup(): void {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
    }
    child.stdout?.on('data', check);
    child.once('exit', onExit);
  });
}

function workbenchUrl(host: string, port: number, options: WorkbenchOptions): string {
  const remote = (path: string): string => `vscode-remote://${host}:${port}${path}`;
  const payload: [string, string][] = [];
  if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
  const query = new URLSearchParams(options.folder ? { folder: options.folder } : {});
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `http://${host}:${port}/?${query}`;
}

// Extension hosts outlive the browser tab: end the whole process group, not just code-server.
async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  const killLater = setTimeout(() => signalGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killLater);
  signalGroup('SIGKILL');
}
