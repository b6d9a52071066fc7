import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../src/shared/initialization';
import { TestClient } from './lspClient';

const FIXTURES = join(import.meta.dirname, '../fixtures/cfnlint');
const STANDIN = join(FIXTURES, 'cfn-lint-standin.js');
const HANGS = join(FIXTURES, 'cfn-lint-hangs.js');
const WITHIN = { timeout: 20_000 };

// Line 4 misspells a resource type (our E3006, also reported by the stand-in: one must remain);
// line 6 carries a finding only cfn-lint has.
const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Buckett # standin E3006 Error Resource type does not exist',
  '  Queue:',
  '    Type: AWS::SQS::Queue # standin W3011 Warning Both UpdateReplacePolicy and DeletionPolicy are needed',
  '',
].join('\n');

interface Launched {
  client: TestClient;
  marker: string;
}

// Servers still running when a test ends (it failed or timed out) are killed, so the run never hangs.
const launched: TestClient[] = [];

async function launch(executable: string, trusted: boolean, timeoutMs = 10_000): Promise<Launched> {
  const marker = join(mkdtempSync(join(tmpdir(), 'cfn-standin-')), 'runs.jsonl');
  const client = new TestClient(
    { enable: true, cfnLint: { path: executable, timeoutMs } },
    { env: { ...process.env, CFN_STANDIN_MARKER: marker }, initializationOptions: { workspaceTrusted: trusted } },
  );
  launched.push(client);
  await client.initialize();
  return { client, marker };
}

const fromCfnLint = (list: Diagnostic[]) => list.some((diagnostic) => String(diagnostic.message).startsWith('cfn-lint: '));

function logged(client: TestClient, pattern: RegExp): Promise<{ message: string }> {
  return client.notification<{ message: string }>('window/logMessage', (params) => pattern.test(params.message));
}

describe('the optional cfn-lint bridge', () => {
  before(() => {
    for (const script of [STANDIN, HANGS]) chmodSync(script, 0o755);
  });
  afterEach(() => {
    for (const client of launched.splice(0)) client.kill();
  });

  it('merges cfn-lint findings into ours, without the duplicates', WITHIN, async () => {
    const { client } = await launch(STANDIN, true);
    const uri = 'file:///nonexistent/cfn-lint/dup.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    const diagnostics = await client.diagnostics(uri, fromCfnLint);
    const onLine = (line: number, code: string) => diagnostics.filter((d) => d.range.start.line === line && d.code === code);
    assert.deepEqual(onLine(3, 'E3006').map((d) => d.message), ["Unknown resource type 'AWS::S3::Buckett'. Did you mean 'AWS::S3::Bucket'?"]);
    const [merged, ...others] = onLine(5, 'W3011');
    assert.deepEqual(others, []);
    assert.equal(merged.message, 'cfn-lint: Both UpdateReplacePolicy and DeletionPolicy are needed');
    assert.equal(merged.severity, 2);
    assert.deepEqual(merged.range.start, { line: 5, character: 4 });
    await client.shutdown();
  });

  it('stops a cfn-lint that hangs after the timeout, and says so in the log', WITHIN, async () => {
    // Long enough for the stand-in to start and note its pid even on a loaded machine.
    const { client, marker } = await launch(HANGS, true, 3000);
    await client.open('file:///nonexistent/cfn-lint/hang.yaml', 'yaml', TEMPLATE);
    const log = await logged(client, /did not finish/);
    assert.match(log.message, /cfn-lint \(.*cfn-lint-hangs\.js\) did not finish within 3000 ms and was stopped/);
    const { pid } = JSON.parse(readFileSync(marker, 'utf8').split('\n')[0]) as { pid: number };
    assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' });
    await client.shutdown();
  });

  it('never runs cfn-lint in an untrusted workspace, and runs it once trust is granted', WITHIN, async () => {
    const { client, marker } = await launch(STANDIN, false);
    const uri = 'file:///nonexistent/cfn-lint/untrusted.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    await logged(client, /workspace is not trusted, so it is not run/);
    assert.equal(fromCfnLint(await client.diagnostics(uri)), false);
    assert.equal(existsSync(marker), false);

    await client.connection.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
    await client.diagnostics(uri, fromCfnLint);
    assert.equal(existsSync(marker), true);
    await client.shutdown();
  });
});
