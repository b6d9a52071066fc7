import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { HOSTILE_INPUTS } from '../fixtures/hostile/inputs';
import { THROWING_RULE_ID } from '../fixtures/hostile/throwingRuleServer';
import { TestClient } from './lspClient';

// A hung server fails the test instead of stalling the run, and is killed afterwards.
const ANSWER_WITHIN = { timeout: 20_000 };
const started: TestClient[] = [];
afterEach(() => {
  for (const client of started.splice(0)) client.kill();
});

function startClient(...args: ConstructorParameters<typeof TestClient>): TestClient {
  const client = new TestClient(...args);
  started.push(client);
  return client;
}
const GOOD = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';

describe('the server on hostile documents', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
  });
  after(() => client.kill());

  for (const build of HOSTILE_INPUTS) {
    const input = build();
    it(`${input.name}: ${input.expect === 'silent' ? 'no diagnostics' : 'a clear diagnostic'}, and the server still answers`, ANSWER_WITHIN, async () => {
      const uri = `file:///work/hostile/${input.name.replace(/\W+/g, '-')}.${input.languageId}`;
      await client.open(uri, input.languageId, input.text);
      const diagnostics = await client.diagnostics(uri);
      assert.ok(shows(input.expect, diagnostics), diagnostics.map(messageOf).join('\n'));

      // Responsive: a request about another document is answered after the hostile one was analysed.
      const other = `${uri}.other.yaml`;
      await client.open(other, 'yaml', GOOD);
      await client.diagnostics(other);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: other }, position: { line: 2, character: 3 } });
      assert.notEqual(hover, undefined);
      await client.close(uri);
      await client.close(other);
    });
  }
});

function shows(expect: RegExp | 'silent', diagnostics: Diagnostic[]): boolean {
  if (expect === 'silent') return diagnostics.length === 0;
  return diagnostics.some((diagnostic) => expect.test(messageOf(diagnostic)));
}

function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

describe('a rule that throws', () => {
  it('costs only its own findings, and is logged once with its id', ANSWER_WITHIN, async () => {
    const server = join(import.meta.dirname, '../fixtures/hostile/throwingRuleServer.ts');
    const client = startClient({ enable: true }, { nodeArgs: ['--import', 'tsx', server] });
    await client.initialize();
    const uris = ['file:///work/a.yaml', 'file:///work/b.yaml'];
    for (const uri of uris) await client.open(uri, 'yaml', GOOD);
    for (const uri of uris) {
      const codes = (await client.diagnostics(uri)).map((diagnostic) => diagnostic.code);
      assert.ok(codes.includes('X9900') && codes.includes('X9902'), `rules around the failing one ran: ${codes.join(', ')}`);
      assert.equal(codes.includes(THROWING_RULE_ID), false);
    }
    await client.change(uris[0], `${GOOD}  Queue:\n    Type: AWS::SQS::Queue\n`);
    await client.diagnostics(uris[0]);
    const failureLogs = client.notifications.filter(
      (item) => item.method === 'window/logMessage' && (item.params as { message: string }).message.includes(`Rule ${THROWING_RULE_ID} failed`),
    );
    assert.equal(failureLogs.length, 1);
    assert.match((failureLogs[0].params as { message: string }).message, /deliberate failure for the robustness test/);
    await client.shutdown();
  });
});

describe('edits are single undoable workspace edits', () => {
  it('each quick fix is one WorkspaceEdit with one versioned document change', ANSWER_WITHIN, async () => {
    const client = startClient({ enable: true });
    await client.initialize();
    const uri = 'file:///work/fixes.yaml';
    await client.open(uri, 'yaml', GOOD);
    await client.change(uri, GOOD.replace('Bucket:', 'Bucket: '));
    await client.diagnostics(uri);
    // Fixes travel in the diagnostic's data, so a diagnostic carrying two fixes stands in for any rule's.
    const fix = (title: string, newText: string) => ({ title, edits: [{ span: { start: 0, end: 0 }, newText }, { span: { start: 5, end: 5 }, newText }] });
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      message: 'stand-in',
      data: { fixes: [fix('first', '#'), fix('second', '##')] },
    };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.equal(actions.length, 2);
    for (const action of actions) {
      assert.deepEqual(Object.keys(action.edit ?? {}), ['documentChanges']);
      const changes = action.edit?.documentChanges ?? [];
      assert.equal(changes.length, 1);
      assert.deepEqual((changes[0] as { textDocument: unknown }).textDocument, { uri, version: 2 });
      assert.equal((changes[0] as { edits: unknown[] }).edits.length, 2);
    }
    await client.shutdown();
  });

  it('a rename is one WorkspaceEdit with one versioned document change holding every occurrence', ANSWER_WITHIN, async () => {
    const client = startClient({ enable: true });
    await client.initialize();
    const uri = 'file:///work/rename.yaml';
    const text = 'Parameters:\n  Env:\n    Type: String\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Env\n';
    await client.open(uri, 'yaml', text);
    await client.diagnostics(uri);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: { line: 1, character: 3 }, newName: 'Stage' });
    assert.deepEqual(Object.keys(edit), ['documentChanges']);
    const [change, ...others] = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(others, []);
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.ok(change.edits.length >= 2);
    assert.ok(change.edits.every((item) => 'newText' in item && item.newText === 'Stage'));
    await client.shutdown();
  });
});
