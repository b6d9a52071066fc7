import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { SEEDS } from '../fixtures/hostile/seeds';
import { TestClient } from './lspClient';

const SERVER = join(import.meta.dirname, '../../dist/server.js');
const PRELOAD = join(import.meta.dirname, '../fixtures/hostile/noNetwork.cjs');

let client: TestClient | undefined;
// Killed if the test fails or times out before its own shutdown, so the run never hangs.
after(() => client?.kill());

it('the language server opens no socket and resolves no name while it analyses, hovers and completes', { timeout: 30_000 }, async () => {
  const networkLog = join(mkdtempSync(join(tmpdir(), 'cfn-no-network-')), 'attempts.jsonl');
  client = new TestClient({ enable: true }, { nodeArgs: ['--require', PRELOAD, SERVER], env: { ...process.env, CFN_NETWORK_LOG: networkLog } });
  await client.initialize();
  for (const seed of SEEDS) {
    const uri = `file:///work/network/${seed.name}`;
    await client.open(uri, seed.format, seed.text);
    await client.diagnostics(uri);
    const lines = seed.text.split('\n').length;
    for (let line = 0; line < lines; line += 3) {
      const position = { line, character: 6 };
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/completion', { textDocument: { uri }, position });
    }
  }
  await client.shutdown();
  assert.equal(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '', '');
});

it('the preload really blocks and records connections (so the test above can fail)', { timeout: 10_000 }, async () => {
  const { spawnSync } = await import('node:child_process');
  const networkLog = join(mkdtempSync(join(tmpdir(), 'cfn-no-network-')), 'attempts.jsonl');
  const probe = "try { require('node:net').connect(9, '127.0.0.1') } catch {} try { require('node:dns').lookup('example.com', () => {}) } catch {}";
  spawnSync(process.execPath, ['--require', PRELOAD, '-e', probe], { env: { ...process.env, CFN_NETWORK_LOG: networkLog } });
  const names = readFileSync(networkLog, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { name: string }).name);
  assert.deepEqual(names, ['net.connect', 'dns.lookup']);
});
