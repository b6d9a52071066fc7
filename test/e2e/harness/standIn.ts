// A stand-in for the desktop VS Code executable, for machines where none can be downloaded: it takes the
// command line @vscode/test-electron's runTests gives `code` and runs the extension tests it names in
// code-server (VS Code 1.100.3) in headless Chromium, through the workbench URL payload. It exits with the
// code the workbench reports (0 when the suite passed), 1 when the run itself failed, 2 on a usage error.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureE2eSetup } from '../../../scripts/e2e-setup.mjs';
import { startCodeServer, type CodeServer } from './codeServer';
import { createProcessRunFolder } from './runFolder';

export interface DesktopLaunch {
  /** The folder to open (the one positional argument), if any. */
  folder?: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  userDataDir?: string;
  extensionsDir?: string;
}

export class UsageError extends Error {}

// Flags runTests passes that mean nothing here: code-server has no sandbox or updates, and the profile
// is fresh, without a welcome page or workspace trust.
const IGNORED_FLAGS = new Set([
  '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes',
  '--disable-workspace-trust',
]);
const PATH_FLAGS = {
  '--extensionDevelopmentPath': 'extensionDevelopmentPath',
  '--extensionTestsPath': 'extensionTestsPath',
  '--user-data-dir': 'userDataDir',
  '--extensions-dir': 'extensionsDir',
} as const;
const USAGE = 'usage: code --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]';

/** Reads a desktop `code` command line (`--flag=value` or `--flag value`); paths come back absolute. */
export function parseDesktopArgs(argv: string[]): DesktopLaunch {
  const found: Partial<Record<(typeof PATH_FLAGS)[keyof typeof PATH_FLAGS], string>> = {};
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      folders.push(resolve(arg));
      continue;
    }
    if (IGNORED_FLAGS.has(arg)) continue;
    const [flag, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!Object.hasOwn(PATH_FLAGS, flag)) throw new UsageError(`unknown flag ${flag}`);
    const key = PATH_FLAGS[flag as keyof typeof PATH_FLAGS];
    const value = inlineValue ?? argv[++i];
    if (!value) throw new UsageError(`${flag} needs a value`);
    if (found[key] !== undefined) throw new UsageError(`${flag} given twice (the stand-in loads one extension folder)`);
    found[key] = resolve(value);
  }
  const { extensionDevelopmentPath, extensionTestsPath } = found;
  if (!extensionDevelopmentPath || !extensionTestsPath) throw new UsageError('--extensionDevelopmentPath and --extensionTestsPath are required');
  if (folders.length > 1) throw new UsageError(`one folder at most, got ${folders.length}`);
  return { ...found, extensionDevelopmentPath, extensionTestsPath, ...(folders.length === 1 ? { folder: folders[0] } : {}) };
}

/** Runs the stand-in with a command line; resolves with its exit code. */
export async function main(argv: string[]): Promise<number> {
  let launch: DesktopLaunch;
  try {
    launch = parseDesktopArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`VS Code stand-in: ${error.message}\n${USAGE}`);
    return 2;
  }
  console.log('VS Code stand-in: running the extension tests in code-server 4.100.3 (VS Code 1.100.3), headless Chromium');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    await server?.stop();
  };
  // runTests forwards Ctrl+C as SIGINT: code-server runs detached, so end it (and Chromium) here.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => void stop().finally(() => process.exit(code)));
  try {
    ensureE2eSetup();
    // playwright-core lives in the harness's own node_modules, which the setup has just made sure of.
    const { launchChromium } = await import('./browser');
    const { runExtensionTests } = await import('./inVscode');
    const run = createProcessRunFolder('stand-in');
    server = await startCodeServer({
      ...run,
      userDataDir: launch.userDataDir ?? run.userDataDir,
      extensionsDir: launch.extensionsDir ?? run.extensionsDir,
    });
    browser = await launchChromium({ handleSignals: false });
    return await runExtensionTests(browser, server, launch, (line) => console.log(line));
  } catch (error) {
    console.error(`VS Code stand-in: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await stop();
  }
}
