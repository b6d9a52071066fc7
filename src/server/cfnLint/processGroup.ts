// A program started in a process group of its own, so that stopping it stops whatever it started too:
// cfn-lint is often a wrapper (a pyenv or pipx shim, a shell script) whose real work runs in a child.
// Killing only the wrapper's pid left its children running, one more on every keystroke.
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Starts `executable` directly (no shell) as the leader of a new process group; stdout piped, the rest ignored. */
export function spawnInGroup(executable: string, args: string[], cwd: string): ChildProcess {
  installExitHook();
  const child = spawn(executable, args, { shell: false, detached: true, cwd, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.once('error', () => running.delete(child));
  return child;
}

/**
 * Kills the group `child` leads, leader and descendants, at once (SIGKILL: nothing to flush, its output is
 * discarded). Also after the leader has exited, for children it left behind. Never throws.
 */
export function killGroup(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') {
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { shell: false, stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    } else {
      process.kill(-pid, 'SIGKILL');
    }
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** A server that exits (shut down, or its client gone) takes the runs it started with it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) killGroup(child);
  });
}
