import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const YAML = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MaxSize: '2'\n      Lau\n";
const JSON_TEXT = '{\n  "Resources": {\n    "Group": {\n      "Type": "AWS::AutoScaling::AutoScalingGroup",\n      "Properties": {\n        "MaxSize": "2",\n        ""\n      }\n    }\n  }\n}\n';

describe('completion over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
  });
  after(() => client.shutdown());

  async function completionsAt(uri: string, languageId: string, text: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
    await client.open(uri, languageId, text);
    await client.diagnostics(uri);
    return client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
  }

  it('completes a property in YAML: required first, a snippet indented for its place, suggest again for objects', async () => {
    const items = await completionsAt('file:///work/group.yaml', 'yaml', YAML, { line: 6, character: 9 });
    const minSize = items.find((item) => item.label === 'MinSize');
    const launchTemplate = items.find((item) => item.label === 'LaunchTemplate');
    assert.ok(minSize && launchTemplate);
    assert.equal(items.some((item) => item.label === 'MaxSize'), false);
    assert.ok((minSize.sortText ?? '') < (launchTemplate.sortText ?? ''));
    assert.equal(minSize.insertTextFormat, 2);
    assert.deepEqual(minSize.textEdit, { range: { start: { line: 6, character: 6 }, end: { line: 6, character: 9 } }, newText: 'MinSize: $1' });
    assert.deepEqual(launchTemplate.textEdit, { range: { start: { line: 6, character: 6 }, end: { line: 6, character: 9 } }, newText: 'LaunchTemplate:\n        $1' });
    assert.equal(launchTemplate.insertTextMode, 1);
    assert.deepEqual(launchTemplate.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
    assert.equal(minSize.detail, 'String · Required');
    assert.equal(typeof minSize.documentation === 'object' && minSize.documentation.kind, 'markdown');
  });

  it('completes a property in JSON with its quotes and value skeleton', async () => {
    const items = await completionsAt('file:///work/group.json', 'json', JSON_TEXT, { line: 6, character: 9 });
    const tags = items.find((item) => item.label === 'Tags');
    assert.ok(tags);
    assert.deepEqual(tags.textEdit, { range: { start: { line: 6, character: 8 }, end: { line: 6, character: 10 } }, newText: '"Tags": [$1]' });
    assert.equal(tags.filterText, '"Tags"');
  });
});

describe('completion over LSP to a client that reads list defaults, as VS Code does', () => {
  const TYPE_YAML = "Resources:\n  Group:\n    Type: AWS::AutoScaling::Au\n";
  let client: TestClient;
  before(async () => {
    // What vscode-languageclient declares.
    const completionList = { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] };
    client = new TestClient({ enable: true }, { textDocumentCapabilities: { completion: { completionList } } });
    await client.initialize();
  });
  after(() => client.shutdown());

  it('sends the range every resource type replaces once, as the default edit range, and no text equal to the label', async () => {
    const uri = 'file:///work/types.yaml';
    await client.open(uri, 'yaml', TYPE_YAML);
    await client.diagnostics(uri);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 30 } });
    assert.deepEqual(list.itemDefaults, { editRange: { start: { line: 2, character: 10 }, end: { line: 2, character: 30 } } });
    assert.equal(list.isIncomplete, false);
    const group = list.items.find((item) => item.label === 'AWS::AutoScaling::AutoScalingGroup');
    assert.deepEqual(group, { label: 'AWS::AutoScaling::AutoScalingGroup', kind: 7 });
    assert.ok(list.items.length > 1000, `${list.items.length} types`);
    // Only the custom resource snippet inserts other text than its label: its own, over the shared range.
    const own = list.items.filter((item) => item.textEdit || item.filterText || item.insertTextFormat || item.textEditText);
    assert.deepEqual(own.map(({ label, textEditText, insertTextFormat, textEdit }) => ({ label, textEditText, insertTextFormat, textEdit })), [{ label: 'Custom::', textEditText: 'Custom::${1:Name}', insertTextFormat: 2, textEdit: undefined }]);
  });

  it('keeps each item its own edit where the items replace different ranges or insert other text', async () => {
    const uri = 'file:///work/group.yaml';
    await client.open(uri, 'yaml', YAML);
    await client.diagnostics(uri);
    const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 9 } });
    const items = Array.isArray(result) ? result : result.items;
    const minSize = items.find((item) => item.label === 'MinSize');
    const editRange = Array.isArray(result) ? undefined : result.itemDefaults?.editRange;
    // Every property replaces the typed prefix: one shared range, and each its own text (a snippet).
    assert.deepEqual(editRange, { start: { line: 6, character: 6 }, end: { line: 6, character: 9 } });
    assert.equal(minSize?.textEditText, 'MinSize: $1');
    assert.equal(minSize?.insertTextFormat, 2);
  });
});
