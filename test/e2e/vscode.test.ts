// End-to-end, in a real VS Code: code-server from the npm registry, driven by Debian's Chromium.
// (a) the in-host suite (test/e2e/in-vscode/) with the real `vscode` API, launched by @vscode/test-electron
// through the VS Code stand-in (harness/standIn.ts); (b) every UI scenario in
// test/e2e/scenarios/. Installs what it needs on first run (scripts/e2e-setup.mjs) and fails, never
// skips, when it cannot.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureE2eSetup } from '../../scripts/e2e-setup.mjs';

type Harness = typeof import('./harness/index');
type Browser = Awaited<ReturnType<Harness['launchChromium']>>;
type Server = Awaited<ReturnType<Harness['startCodeServer']>>;

// CFN_E2E_SCENARIOS=name,name runs only the scenarios whose file names contain one of them (while developing).
const only = process.env.CFN_E2E_SCENARIOS?.split(',');
const scenarioFiles = readdirSync(join(import.meta.dirname, 'scenarios'))
  .filter((name) => name.endsWith('.ts') && (!only || only.some((part) => name.includes(part))))
  .sort();

// The limit covers a first run's install (2-3 minutes on a fresh machine) plus the tests (1-2 minutes).
describe('in a real VS Code (code-server + Chromium)', { timeout: 540_000 }, () => {
  let harness: Harness;
  let run: ReturnType<Harness['createRunFolder']>;
  let server: Server | undefined;
  let browser: Browser | undefined;

  before(async () => {
    ensureE2eSetup();
    // The harness needs playwright-core, which the setup has just made sure of.
    harness = await import('./harness/index');
    run = harness.createProcessRunFolder('vscode-test');
    server = await harness.startCodeServer(run);
    browser = await harness.launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Launched as on the desktop, by @vscode/test-electron's runTests, with the stand-in executable.
  it('(a) passes the in-host suite run by the extension host, launched by runTests', async (t) => {
    const outcome = await harness.runInHostSuite(harness.standInPath, { name: 'stand-in' });
    assert.ok(outcome.results.length >= 5, `only ${outcome.results.length} in-host results`);
    for (const result of outcome.results) {
      await t.test(result.name, () => assert.equal(result.passed, true, `${result.error}\nactivations:\n${outcome.activations.join('\n')}`));
    }
    assert.equal(outcome.exitCode, 0);
    // VS Code activated the extension once, on one of the events it declares: never at startup, never by a test's activate().
    const ours = outcome.activations.filter((line) => line.includes(' cfn-exam-coach.cfn-exam-coach,'));
    assert.equal(ours.length, 1, outcome.activations.join('\n'));
    assert.match(ours[0], /startup: false, activationEvent: 'onLanguage:(yaml|json|jsonc)'$/);
  });

  it('(c) `npm start` serves the lab samples with the extension installed, at the URL it prints', async () => {
    assert.ok(browser);
    const started = await harness.runStartCommand(join(run.dir, 'npm-start'));
    try {
      const page = await harness.openWorkbenchPage(browser, started.url);
      const workbench = new harness.Workbench(page.page);
      try {
        await workbench.waitUntilReady();
        await workbench.openFile('broken-on-purpose.yaml');
        await workbench.waitForStatus(/CFN Coach: \d+$/);
        const problems = await workbench.problems((rows) => rows.some((row) => row.code === 'E0000'));
        const parseErrors = problems.filter((row) => row.code === 'E0000').map(({ message, position }) => ({ message, position }));
        assert.deepEqual(parseErrors, [{ message: "Implicit map keys need to be followed by map values: a key needs ':' after it (Key: value)", position: '[Ln 11, Col 7]' }]);
        await workbench.screenshot('npm-start-lab');
      } finally {
        await page.close();
      }
    } finally {
      await started.stop();
    }
  });

  for (const file of scenarioFiles) {
    const name = file.replace(/\.ts$/, '');
    it(`(b) UI scenario: ${name.replace(/-/g, ' ')}`, async () => {
      assert.ok(browser && server);
      const { scenario } = (await import(`./scenarios/${file}`)) as { scenario: import('./harness/index').Scenario };
      await harness.runScenario(browser, server, run, name, scenario);
    });
  }
});
