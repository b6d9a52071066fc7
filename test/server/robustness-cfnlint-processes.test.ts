import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

// The cfn-lint bridge's processes: a wrapper that starts children must leave none behind, whatever ends
// the run; runs wait for a pause in typing, and at most two run at a time.
const FIXTURES = join(import.meta.dirname, '../fixtures/cfnlint');
const WRAPPER = join(FIXTURES, 'cfn-lint-wrapper.js');
const STANDIN = join(FIXTURES, 'cfn-lint-standin.js');
const WITHIN = { timeout: 60_000 };
const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue # standin W3011 Warning from cfn-lint\n';

interface Noted {
  role?: 'wrapper' | 'helper';
  pid: number;
  file?: string;
  end?: boolean;
}

const launched: TestClient[] = [];

async function launch(executable: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ client: TestClient; marker: string }> {
  const marker = join(mkdtempSync(join(tmpdir(), 'cfn-standin-')), 'runs.jsonl');
  const client = new TestClient(
    { enable: true, cfnLint: { path: executable, timeoutMs } },
    { env: { ...process.env, ...env, CFN_STANDIN_MARKER: marker }, initializationOptions: { workspaceTrusted: true } },
  );
  launched.push(client);
  await client.initialize();
  return { client, marker };
}

function noted(marker: string): Noted[] {
  if (!existsSync(marker)) return [];
  return readFileSync(marker, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Noted);
}

/** Whether a process still runs: a zombie (killed, not yet reaped by init) does not. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync('/proc/self/stat')) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Polls until `condition` holds (a process killed by another one gives no event to wait for); fails
 * with `message` after `ms`.
 */
async function until(condition: () => boolean, message: () => string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(message());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function noneRunning(marker: string): Promise<void> {
  await until(
    () => noted(marker).every(({ pid }) => !running(pid)),
    () => `still running: ${JSON.stringify(noted(marker).filter(({ pid }) => running(pid)))}`,
  );
}

const fromCfnLint = (list: Diagnostic[]) => list.some((diagnostic) => String(diagnostic.message).startsWith('cfn-lint: '));

describe('the processes the cfn-lint bridge starts', () => {
  afterEach(() => {
    for (const client of launched.splice(0)) client.kill();
  });

  it('are all killed on a timeout, the wrapper and what it started, and the temporary copy is removed', WITHIN, async () => {
    const { client, marker } = await launch(WRAPPER, { CFN_WRAPPER_HANGS: '1' }, 5000);
    await client.open('file:///nonexistent/cfn-lint/timeout.yaml', 'yaml', TEMPLATE);
    await client.notification<{ message: string }>('window/logMessage', (params) => /did not finish within 5000 ms/.test(params.message));
    const entries = noted(marker);
    // The wrapper notes itself and its helper at once; the work child notes itself once Node has started.
    assert.deepEqual(entries.slice(0, 2).map((entry) => entry.role), ['wrapper', 'helper']);
    await noneRunning(marker);
    assert.equal(existsSync(dirname(entries[0].file!)), false);
    await client.shutdown();
  });

  it('leave nothing running once a run has finished (the wrapper left its helper behind)', WITHIN, async () => {
    const { client, marker } = await launch(WRAPPER, {}, 20_000);
    const uri = 'file:///nonexistent/cfn-lint/finished.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    await client.diagnostics(uri, fromCfnLint);
    const entries = noted(marker);
    assert.deepEqual(entries.map((entry) => entry.role ?? 'work'), ['wrapper', 'helper', 'work']);
    await noneRunning(marker);
    assert.equal(existsSync(dirname(entries[0].file!)), false);
    await client.shutdown();
  });

  it('leave nothing running after 10 edits, each saved and its run started before the next', { timeout: 120_000 }, async () => {
    const { client, marker } = await launch(WRAPPER, { CFN_WRAPPER_HANGS: '1' }, 120_000);
    const uri = 'file:///nonexistent/cfn-lint/saved-edits.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    await until(() => noted(marker).length === 3, () => `the wrapper noted ${JSON.stringify(noted(marker))}`);
    for (let edit = 1; edit <= 10; edit++) {
      await client.change(uri, `${TEMPLATE}# edit ${edit}\n`);
      await client.save(uri);
      // The run of this edit has started its children (the one before is being stopped).
      await until(() => noted(marker).filter((entry) => !entry.role).length > edit, () => `edit ${edit}: ${JSON.stringify(noted(marker))}`);
    }
    await client.close(uri);
    await noneRunning(marker);
    const wrappers = noted(marker).filter((entry) => entry.role === 'wrapper');
    assert.equal(wrappers.length, 11);
    // The last run's copy goes once the server has seen its process end.
    await until(() => wrappers.every(({ file }) => !existsSync(dirname(file!))), () => 'a temporary copy is left');
    await client.shutdown();
  });

  it('do not run on every pause in typing: 20 edits start at most one run after the one on opening', WITHIN, async () => {
    const { client, marker } = await launch(WRAPPER, { CFN_WRAPPER_HANGS: '1' }, 120_000);
    const uri = 'file:///nonexistent/cfn-lint/typing.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    await until(() => noted(marker).length === 3, () => `the wrapper noted ${JSON.stringify(noted(marker))}`);
    for (let edit = 1; edit <= 20; edit++) {
      await client.change(uri, `${TEMPLATE}# edit ${edit}\n`);
      await client.diagnostics(uri);
    }
    await client.close(uri);
    await noneRunning(marker);
    const wrappers = noted(marker).filter((entry) => entry.role === 'wrapper');
    // At most one after a pause: on a loaded machine typing here may pause for the 1.5 s idle time.
    assert.ok(wrappers.length <= 2, `${wrappers.length} runs for 20 edits`);
    await client.shutdown();
  });

  it('are killed, and their temporary copies removed, when the server exits in the middle of a run', WITHIN, async () => {
    const { client, marker } = await launch(WRAPPER, { CFN_WRAPPER_HANGS: '1' }, 120_000);
    await client.open('file:///nonexistent/cfn-lint/exit.yaml', 'yaml', TEMPLATE);
    await until(() => noted(marker).length === 3, () => `the wrapper noted ${JSON.stringify(noted(marker))}`);
    await client.shutdown();
    await noneRunning(marker);
    assert.equal(existsSync(dirname(noted(marker)[0].file!)), false);
  });

  it('run two at a time at most, over four templates opened at once', WITHIN, async () => {
    const { client, marker } = await launch(STANDIN, { CFN_STANDIN_DELAY_MS: '1500' }, 20_000);
    const uris = [1, 2, 3, 4].map((index) => `file:///nonexistent/cfn-lint/cap-${index}.yaml`);
    for (const uri of uris) await client.open(uri, 'yaml', TEMPLATE);
    for (const uri of uris) await client.diagnostics(uri, fromCfnLint);
    let runningNow = 0;
    let most = 0;
    for (const entry of noted(marker)) {
      runningNow += entry.end ? -1 : 1;
      most = Math.max(most, runningNow);
    }
    assert.deepEqual({ runs: noted(marker).filter((entry) => !entry.end).length, most }, { runs: 4, most: 2 });
    await client.shutdown();
  });
});
