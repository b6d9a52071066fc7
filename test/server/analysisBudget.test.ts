import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { STALL_MARKER } from '../fixtures/stall/stallingWorker';
import { TestClient } from './lspClient';

// A hung server fails the test instead of stalling the run.
const ANSWER_WITHIN = { timeout: 60_000 };
const SERVER = join(import.meta.dirname, '../fixtures/stall/stallingServer.ts');
const ESBUILD = join(import.meta.dirname, '../../node_modules/esbuild/bin/esbuild');

const template = (name: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  ${name}:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\n`;
const STALLING = template(STALL_MARKER);
const FINE = template('Topic');

let client: TestClient;
let folder: string;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cfn-stall-'));
  const worker = join(folder, 'stallingWorker.cjs');
  // The esbuild program, run to its end here: its long-lived service (the JS API's) could outlive a killed server.
  const entry = join(import.meta.dirname, '../fixtures/stall/stallingWorker.ts');
  execFileSync(ESBUILD, [entry, '--bundle', '--platform=node', '--format=cjs', '--main-fields=module,main', '--log-level=warning', `--outfile=${worker}`]);
  client = new TestClient({ enable: true }, { nodeArgs: ['--import', 'tsx', SERVER], env: { ...process.env, CFN_STALL_WORKER: worker } });
  await client.initialize();
});
after(async () => {
  await client.killAndWait();
  rmSync(folder, { recursive: true, force: true });
});

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

it('abandons an analysis past its budget with one information diagnostic, answering other documents meanwhile', ANSWER_WITHIN, async () => {
  const stalled = 'file:///work/stalled.yaml';
  const other = 'file:///work/other.yaml';
  await client.open(stalled, 'yaml', STALLING);
  await client.open(other, 'yaml', FINE);
  const stalledDiagnostics = client.diagnostics(stalled);
  let stopped = false;
  void stalledDiagnostics.then(() => (stopped = true));

  // While the worker spins on the first document, the server answers a hover on the second.
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: other }, position: { line: 3, character: 12 } });
  assert.equal(stopped, false);
  assert.match(JSON.stringify(hover?.contents), /AWS::SNS::Topic/);

  const [info, ...rest] = await stalledDiagnostics;
  assert.deepEqual(rest, []);
  assert.equal(info.code, 'I0002');
  assert.equal(info.severity, 3);
  assert.deepEqual(info.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(String(info.message), /stopped analysing this file because it had not finished after 2 s of work/);

  // A fresh worker analyses the document that waited behind it, and the stalled one once it is fixed.
  assert.deepEqual(codes(await client.diagnostics(other)), ['E3005']);
  await client.change(stalled, FINE);
  assert.deepEqual(codes(await client.diagnostics(stalled)), ['E3005']);
});
