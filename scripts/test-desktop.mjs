// npm run test:desktop [-- TARGET...]: the in-host suite (test/e2e/in-vscode) launched by
// @vscode/test-electron's runTests, as extensions are tested on the desktop. TARGETs are VS Code versions
// (`1.100.0`, `stable`) or `stand-in` (code-server through test/e2e/harness/code-stand-in.mjs).
// Without targets: the minimum of `engines.vscode` and the current stable, where they can be downloaded,
// else the stand-in. Targets named on the command line must run: no fallback. Desktop VS Code needs a
// display (`xvfb-run -a npm run test:desktop` on a server).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { downloadVscode, runInHostSuite, standInPath } from '../test/e2e/harness/inHostSuite.ts';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const minimum = manifest.engines.vscode.replace(/^\^/, '');

async function target(name) {
  if (name === 'stand-in') return { name, label: 'the stand-in (code-server 4.100.3 = VS Code 1.100.3)', executable: standInPath };
  return { name, label: `desktop VS Code ${name}`, executable: await downloadVscode(name) };
}

async function chooseTargets(asked) {
  if (asked.length === 0) {
    try {
      return [await target(minimum), await target('stable')];
    } catch (error) {
      console.log(`test:desktop: no desktop VS Code can be downloaded here (${error.message}); using the stand-in`);
      return [await target('stand-in')];
    }
  }
  const targets = [];
  for (const name of asked) {
    try {
      targets.push(await target(name));
    } catch (error) {
      console.error(`test:desktop: cannot get VS Code ${name}: ${error.message}`);
      process.exit(1);
    }
  }
  return targets;
}

const targets = await chooseTargets(process.argv.slice(2));
console.log(`test:desktop: running the in-host suite with runTests on ${targets.map((t) => t.label).join(' and ')}`);
// The extension host loads the built extension (dist/).
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const summary = [];
let allPassed = true;
for (const { name, label, executable } of targets) {
  const { exitCode, results } = await runInHostSuite(executable, { name });
  const failed = results.filter((result) => !result.passed);
  const passed = exitCode === 0 && results.length > 0 && failed.length === 0;
  allPassed &&= passed;
  summary.push(`${passed ? 'ok' : 'FAILED'} on ${label}: ${results.length - failed.length} passed, ${failed.length} failed, exit code ${exitCode}`);
  summary.push(...failed.map((result) => `  failed: ${result.name}`));
}
console.log(`\ntest:desktop, the in-host suite through runTests:\n${summary.map((line) => `  ${line}`).join('\n')}`);
process.exit(allPassed ? 0 : 1);
