// The VS Code stand-in (harness/code-stand-in.mjs) that lets @vscode/test-electron's runTests launch the
// in-host suite in code-server: its command line, and the exit code it hands back to runTests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ensureE2eSetup } from '../../scripts/e2e-setup.mjs';
import { runInHostSuite, standInPath } from './harness/inHostSuite';
import { parseDesktopArgs, UsageError } from './harness/standIn';

// What runTests (@vscode/test-electron 2.5.2) passes, launchArgs first.
const RUN_TESTS_ARGS = [
  '/tmp/ws', '--user-data-dir=/tmp/profile/user', '--extensions-dir=/tmp/profile/ext',
  '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes',
  '--disable-workspace-trust', '--extensionTestsPath=/tmp/run/in-vscode-tests.js', '--extensionDevelopmentPath=/ext',
];

describe('the VS Code stand-in', () => {
  it('reads the command line runTests gives desktop VS Code', () => {
    assert.deepEqual(parseDesktopArgs(RUN_TESTS_ARGS), {
      folder: '/tmp/ws',
      userDataDir: '/tmp/profile/user',
      extensionsDir: '/tmp/profile/ext',
      extensionTestsPath: '/tmp/run/in-vscode-tests.js',
      extensionDevelopmentPath: '/ext',
    });
  });

  it('takes a value from the next argument too, and makes relative paths absolute', () => {
    assert.deepEqual(parseDesktopArgs(['--extensionDevelopmentPath', '.', '--extensionTestsPath', 'out/tests.js']), {
      extensionDevelopmentPath: process.cwd(),
      extensionTestsPath: join(process.cwd(), 'out/tests.js'),
    });
  });

  it('rejects what it cannot honour', () => {
    const required = ['--extensionDevelopmentPath=/ext', '--extensionTestsPath=/tests.js'];
    const rejections: [string[], string][] = [
      [[...required, '--verbose'], 'unknown flag --verbose'],
      [['--extensionDevelopmentPath=/ext'], '--extensionDevelopmentPath and --extensionTestsPath are required'],
      [[...required, '--extensionDevelopmentPath=/other'], '--extensionDevelopmentPath given twice (the stand-in loads one extension folder)'],
      [[...required, '/a', '/b'], 'one folder at most, got 2'],
      [[...required, '--user-data-dir'], '--user-data-dir needs a value'],
    ];
    for (const [argv, message] of rejections) {
      assert.throws(() => parseDesktopArgs(argv), (error) => error instanceof UsageError && error.message === message, argv.join(' '));
    }
  });

  it('exits with 2 and prints its usage on a flag it does not know, before starting anything', () => {
    const result = spawnSync(standInPath, ['--extensionDevelopmentPath=/ext', '--extensionTestsPath=/tests.js', '--verbose'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^VS Code stand-in: unknown flag --verbose\nusage: code --extensionDevelopmentPath=DIR /);
  });

  // The passing suite's exit code 0 is checked by vscode.test.ts, which runs the whole in-host suite.
  it('hands a failing in-host test back to runTests as exit code 1', { timeout: 300_000 }, async () => {
    ensureE2eSetup();
    const outcome = await runInHostSuite(standInPath, { name: 'failing', testsDir: join(import.meta.dirname, 'fixtures/in-vscode-failing') });
    assert.equal(outcome.exitCode, 1);
    assert.deepEqual(
      outcome.results.map(({ name, passed }) => ({ name, passed })),
      [
        { name: 'sees the workspace folder it was opened with', passed: true },
        { name: 'fails on purpose', passed: false },
      ],
    );
    assert.match(outcome.results[1].error ?? '', /\+ 'workspace'\n- 'another folder'/);
  });
});
