import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './runFolder';

const READY = /running in VS Code \(code-server\) at: (http:\/\/\S+)/;
const START_TIMEOUT_MS = 90_000;

export interface StartedCommand {
  /** The URL `npm start` printed for the user to open. */
  url: string;
  output(): string;
  /** Ctrl+C, as a user would; resolves when `npm start` has stopped code-server and exited. */
  stop(): Promise<void>;
}

/** Runs scripts/start.mjs (what `npm start` runs) on a free port, its state in `stateDir`. */
export function runStartCommand(stateDir: string): Promise<StartedCommand> {
  const child = spawn(process.execPath, [join(projectRoot, 'scripts/start.mjs'), '--port', '0', '--dir', stateDir], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not print its URL within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    function fail(reason: string): void {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`npm start ${reason}:\n${output}`)));
    }
    child.stderr.on('data', (chunk) => (output += chunk));
    const onExit = (code: number | null): void => fail(`exited (code ${code}) before printing its URL`);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = READY.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ url: match[1], output: () => output, stop });
    });
    child.once('exit', onExit);
  });
}
