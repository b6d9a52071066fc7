import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lspClient';

const TEXT = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  Logs:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketNme: logs',
  '',
].join('\n');

describe('schema diagnostics and their quick fixes over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
  });
  after(() => client.shutdown());

  it('reports a misspelled property, and its quick fix renames it', async () => {
    const uri = 'file:///work/misspelled.yaml';
    await client.open(uri, 'yaml', TEXT);
    const diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'E3002'));
    const diagnostic = diagnostics.find((d) => d.code === 'E3002') as Diagnostic;
    assert.deepEqual(diagnostic.range, { start: { line: 5, character: 6 }, end: { line: 5, character: 15 } });
    assert.equal(diagnostic.message, "Unknown property 'BucketNme' in AWS::S3::Bucket. Did you mean 'BucketName'?");

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(actions.map((action) => [action.title, action.isPreferred]), [
      ["Change to 'BucketName'", true],
      ["Remove 'BucketNme'", undefined],
    ]);
    const [change] = actions[0].edit!.documentChanges as TextDocumentEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, TEXT), change.edits as TextEdit[]);
    assert.equal(fixed, TEXT.replace('BucketNme', 'BucketName'));

    await client.change(uri, fixed);
    assert.deepEqual(await client.diagnostics(uri), []);
  });
});
