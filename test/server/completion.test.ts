import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-protocol';
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
