import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../../..');
export const fixturesRoot = join(import.meta.dirname, '../fixtures');

// No welcome page or walkthrough grabbing focus on start, nothing that tries to reach the network.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** Where one code-server run keeps everything it writes: settings, extensions, temp files, workspaces. */
export interface RunFolder {
  dir: string;
  userDataDir: string;
  extensionsDir: string;
  tmpDir: string;
}

/** A fresh folder under .e2e/runs/ (gitignored); an earlier run of the same name is wiped first. */
export function createRunFolder(name: string, parent = join(projectRoot, '.e2e/runs')): RunFolder {
  const dir = join(parent, name);
  rmSync(dir, { recursive: true, force: true });
  const folder = { dir, userDataDir: join(dir, 'user'), extensionsDir: join(dir, 'ext'), tmpDir: join(dir, 'tmp') };
  for (const path of [join(folder.userDataDir, 'User'), folder.extensionsDir, folder.tmpDir]) mkdirSync(path, { recursive: true });
  writeFileSync(join(folder.userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return folder;
}

/**
 * A run folder of its own for this process (`<prefix>-<pid>`), so test runs started at the same time do
 * not wipe each other's. Folders left by processes that have ended are removed.
 */
export function createProcessRunFolder(prefix: string, parent = join(projectRoot, '.e2e/runs')): RunFolder {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  return createRunFolder(`${prefix}-${process.pid}`, parent);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Copies a fixtures folder into a new workspace inside the run folder: the workbench auto-saves, so tests
 * must never edit the fixtures themselves. Returns the workspace's absolute path.
 */
export function createWorkspace(run: RunFolder, name: string, source = join(fixturesRoot, 'workspace')): string {
  const workspace = join(run.dir, 'workspaces', name);
  rmSync(workspace, { recursive: true, force: true });
  cpSync(source, workspace, { recursive: true });
  return workspace;
}
