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

  it('reports a value the registry does not allow, offers the near one as a fix, and completes the allowed values', async () => {
    const uri = 'file:///work/allowed.yaml';
    const text = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:', '      Handler: index.handler', '      Role: arn:aws:iam::123456789012:role/fn', '      Code: {ZipFile: "exports.handler = async () => 1"}', '      Runtime: nodejs22.x', '      Architectures: [Arm64]', ''].join('\n');
    await client.open(uri, 'yaml', text);
    const diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'E3030'));
    const diagnostic = diagnostics.find((d) => d.code === 'E3030') as Diagnostic;
    assert.equal(diagnostic.message, "Architectures must be one of x86_64, arm64, not 'Arm64' (did you mean 'arm64'?)");
    assert.deepEqual(diagnostic.range, { start: { line: 9, character: 22 }, end: { line: 9, character: 27 } });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(actions.map((action) => action.title), ["Change to 'arm64'"]);
    const [change] = actions[0].edit!.documentChanges as TextDocumentEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits as TextEdit[]);
    assert.equal(fixed, text.replace('[Arm64]', '[arm64]'));
    await client.change(uri, fixed);
    assert.deepEqual((await client.diagnostics(uri)).filter((d) => d.severity === 1), []);

    const withCursor = fixed.replace('      Runtime: nodejs22.x', '      PackageType: ');
    await client.change(uri, withCursor);
    const line = withCursor.split('\n').findIndex((candidate) => candidate.startsWith('      PackageType: '));
    const completion = await client.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 19 } });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((item) => item.label);
    assert.deepEqual(labels.filter((label) => label === 'Image' || label === 'Zip').sort(), ['Image', 'Zip']);
  });

  it('offers no fix held by a diagnostic of an earlier version: its offsets are in the old text', async () => {
    const uri = 'file:///work/stale-fix.yaml';
    await client.open(uri, 'yaml', TEXT);
    const diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'E3002'));
    const diagnostic = diagnostics.find((d) => d.code === 'E3002') as Diagnostic;
    // The user types a line above; the client moves the range down before new diagnostics arrive.
    await client.change(uri, `Description: my bucket\n${TEXT}`);
    const moved = { ...diagnostic, range: { start: { line: 6, character: 6 }, end: { line: 6, character: 15 } } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: moved.range, context: { diagnostics: [moved] } });
    assert.deepEqual(actions.map((action) => action.title), []);
    const fresh = (await client.diagnostics(uri, (list) => list.some((d) => d.code === 'E3002' && d.range.start.line === 6))).find((d) => d.code === 'E3002') as Diagnostic;
    const again = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: fresh.range, context: { diagnostics: [fresh] } });
    const [change] = again[0].edit!.documentChanges as TextDocumentEdit[];
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 2, `Description: my bucket\n${TEXT}`), change.edits as TextEdit[]), `Description: my bucket\n${TEXT.replace('BucketNme', 'BucketName')}`);
  });
});
