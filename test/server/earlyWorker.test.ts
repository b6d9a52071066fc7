import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './lspClient';

const SERVER = join(import.meta.dirname, '../../dist/server.js');
const RECORDER = join(import.meta.dirname, '../fixtures/earlyWorker/recordStart.cjs');

describe('the Node server entry', () => {
  let folder: string;
  let client: TestClient;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cfn-early-worker-'));
    client = new TestClient({}, { nodeArgs: ['--require', RECORDER, SERVER], env: { ...process.env, CFN_START_RECORD: join(folder, 'record.json') } });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts the analysis worker before it loads the server, which analyses with that worker and starts no other', async () => {
    const uri = 'file:///work/queue.yaml';
    await client.open(uri, 'yaml', 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySecond: 5\n');
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['E3002']);
    assert.deepEqual(JSON.parse(readFileSync(join(folder, 'record.json'), 'utf8')), ['worker analysisWorker.js', 'server bundle']);
  });
});
