import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { TestClient } from './lspClient';

const STANDIN = join(import.meta.dirname, '../fixtures/cfnlint/cfn-lint-standin.js');
const WITHIN = { timeout: 20_000 };
const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Nope: 1\n';
const launched: TestClient[] = [];

async function launch(settings: Record<string, unknown>): Promise<TestClient> {
  chmodSync(STANDIN, 0o755);
  const client = new TestClient(settings, { initializationOptions: { workspaceTrusted: true } });
  launched.push(client);
  await client.initialize();
  return client;
}

/** The server still answers: a second template gets its diagnostics. */
async function stillAnswers(client: TestClient): Promise<void> {
  const uri = 'file:///nonexistent/settings/second.yaml';
  await client.open(uri, 'yaml', TEMPLATE);
  const diagnostics = await client.diagnostics(uri, (list) => list.length > 0);
  assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['E3002']);
}

describe('settings and URIs that once stopped the server', () => {
  afterEach(() => {
    for (const client of launched.splice(0)) client.kill();
  });

  it('takes a fractional or absurd cfn-lint timeout as a whole number within bounds', WITHIN, async () => {
    for (const timeoutMs of [5000.5, -3, 1e12, 'soon']) {
      const client = await launch({ enable: true, cfnLint: { path: STANDIN, timeoutMs } });
      const uri = 'file:///nonexistent/settings/first.yaml';
      await client.open(uri, 'yaml', `${TEMPLATE}    # standin W9999 Warning from the stand-in\n`);
      const merged = await client.diagnostics(uri, (list) => list.some((diagnostic) => diagnostic.code === 'W9999'));
      assert.equal(merged.filter((diagnostic) => diagnostic.code === 'W9999').length, 1, String(timeoutMs));
      await stillAnswers(client);
      await client.shutdown();
    }
  });

  it('analyses a document whose file URI names another host', WITHIN, async () => {
    const client = await launch({ enable: true, cfnLint: { path: STANDIN, timeoutMs: 5000 } });
    const uri = 'file://otherhost/share/template.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    const diagnostics = await client.diagnostics(uri, (list) => list.some((diagnostic) => diagnostic.code === 'E3002'));
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'E3002').length, 1);
    await stillAnswers(client);
    await client.shutdown();
  });
});
