import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { ApproveExecutableParams } from '../../src/shared/initialization';
import { TestClient } from './lspClient';

// cfnCoach.cfnLint.path from a workspace's settings: read against the workspace folder only, and run
// only once the user allowed that program (the test client answers for the user).
const STANDIN = join(import.meta.dirname, '../fixtures/cfnlint/cfn-lint-standin.js');
const WITHIN = { timeout: 30_000 };
const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue # standin W3011 Warning from cfn-lint\n';
// Where a relative path read against the template's folder would lead: it notes that it ran.
const TRAP = `#!/usr/bin/env node\nrequire('node:fs').appendFileSync(process.env.CFN_STANDIN_MARKER, '{"trap":true}\\n');\nprocess.stdout.write('[]');\n`;

interface Workspace {
  root: string;
  template: string;
  marker: string;
}

/** A workspace with tools/cfn-lint (the stand-in) at its root, and a trap at stacks/tools/cfn-lint beside the saved template. */
const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function workspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'cfn-workspace-'));
  roots.push(root);
  mkdirSync(join(root, 'tools'));
  symlinkSync(STANDIN, join(root, 'tools', 'cfn-lint'));
  chmodSync(STANDIN, 0o755);
  mkdirSync(join(root, 'stacks', 'tools'), { recursive: true });
  writeFileSync(join(root, 'stacks', 'tools', 'cfn-lint'), TRAP, { mode: 0o755 });
  writeFileSync(join(root, 'stacks', 'app.yaml'), TEMPLATE);
  return { root, template: join(root, 'stacks', 'app.yaml'), marker: join(root, 'runs.jsonl') };
}

const launched: TestClient[] = [];

async function launch(setting: string, space: Workspace, approveExecutable: (params: ApproveExecutableParams) => boolean): Promise<TestClient> {
  const client = new TestClient(
    { enable: true, cfnLint: { path: setting, timeoutMs: 10_000 } },
    {
      env: { ...process.env, CFN_STANDIN_MARKER: space.marker },
      initializationOptions: { workspaceTrusted: true },
      workspaceFolders: [pathToFileURL(space.root).href],
      approveExecutable,
    },
  );
  launched.push(client);
  await client.initialize();
  return client;
}

const fromCfnLint = (list: Diagnostic[]) => list.some((diagnostic) => String(diagnostic.message).startsWith('cfn-lint: '));
const logged = (client: TestClient, pattern: RegExp) => client.notification<{ message: string }>('window/logMessage', (params) => pattern.test(params.message));
const runs = (space: Workspace) => (existsSync(space.marker) ? readFileSync(space.marker, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)) : []);

describe('the cfn-lint program a workspace setting names', () => {
  afterEach(() => {
    for (const client of launched.splice(0)) client.kill();
  });

  it("is read against the workspace folder, never the template's folder, and asked about once", WITHIN, async () => {
    const space = workspace();
    const client = await launch('./tools/cfn-lint', space, () => true);
    const uri = pathToFileURL(space.template).href;
    await client.open(uri, 'yaml', TEMPLATE);
    await client.diagnostics(uri, fromCfnLint);
    const other = pathToFileURL(join(space.root, 'stacks', 'other.yaml')).href;
    await client.open(other, 'yaml', TEMPLATE);
    await client.diagnostics(other, fromCfnLint);
    assert.deepEqual(runs(space).map((run) => (run.trap ? 'trap' : 'tools/cfn-lint')), ['tools/cfn-lint', 'tools/cfn-lint']);
    assert.deepEqual(client.approvalRequests, [{ executable: join(space.root, 'tools', 'cfn-lint'), setting: './tools/cfn-lint', scopeUri: uri }]);
    await client.shutdown();
  });

  it('is not run once the user denied it, and the user is not asked again', WITHIN, async () => {
    const space = workspace();
    const client = await launch('./tools/cfn-lint', space, () => false);
    const uri = pathToFileURL(space.template).href;
    await client.open(uri, 'yaml', TEMPLATE);
    await logged(client, /cfn-lint is not run: running .*tools\/cfn-lint was not allowed/);
    const other = pathToFileURL(join(space.root, 'stacks', 'other.yaml')).href;
    await client.open(other, 'yaml', TEMPLATE);
    await client.diagnostics(other, (list) => list.length === 0);
    // The server handles messages in order: a question it asked for the second template comes before this answer.
    await client.shutdown();
    assert.equal(client.approvalRequests.length, 1);
    assert.deepEqual(runs(space), []);
  });

  it('is refused, without asking, when a relative path leaves the workspace folder', WITHIN, async () => {
    const space = workspace();
    const client = await launch('../outside/cfn-lint', space, () => true);
    await client.open(pathToFileURL(space.template).href, 'yaml', TEMPLATE);
    const log = await logged(client, /cfn-lint is not run/);
    assert.equal(log.message, `cfn-lint is not run: "../outside/cfn-lint" leaves the workspace folder ${space.root}; give an absolute path instead (cfnCoach.cfnLint.path).`);
    await client.shutdown();
    assert.deepEqual(client.approvalRequests, []);
    assert.deepEqual(runs(space), []);
  });
});
