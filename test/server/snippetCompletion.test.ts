import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n  cfn-dyn\n";
const MANIFEST = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  cfn-dyn\n';

describe('snippet completions over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
  });
  after(() => client.shutdown());

  async function completionsAt(uri: string, text: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
    await client.open(uri, 'yaml', text);
    await client.diagnostics(uri);
    return client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
  }

  it('offers a snippet at resource level of a template, indented for its place', async () => {
    const items = await completionsAt('file:///work/lab.yaml', TEMPLATE, { line: 4, character: 9 });
    const table = items.find((item) => item.label === 'cfn-dynamodb-gsi-lsi');
    assert.ok(table);
    assert.equal(table.insertTextFormat, 2);
    assert.equal(table.insertTextMode, 1);
    assert.ok(table.textEdit && 'range' in table.textEdit);
    assert.deepEqual(table.textEdit.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } });
    assert.deepEqual(table.textEdit.newText.split('\n').slice(0, 6), [
      '${1:OrdersTable}:',
      '    Type: AWS::DynamoDB::Table',
      '    DeletionPolicy: Retain',
      '    UpdateReplacePolicy: Retain',
      '    Properties:',
      '      BillingMode: PAY_PER_REQUEST',
    ]);
  });

  it('offers the lab templates and a skeleton for cfn- in an empty YAML or JSON file', async () => {
    for (const [uri, language] of [['file:///work/new.yaml', 'yaml'], ['file:///work/new.json', 'json']]) {
      await client.open(uri, language, 'cfn-');
      await client.diagnostics(uri);
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 4 } });
      assert.deepEqual(items.slice(0, 2).map((item) => item.label), ['cfn-template', 'cfn-codecommit-repo']);
      const skeleton = items[0];
      assert.ok(skeleton.textEdit && 'range' in skeleton.textEdit);
      assert.deepEqual(skeleton.textEdit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
      assert.equal(skeleton.insertTextFormat, 2);
    }
  });

  it('offers nothing in a YAML file that is not a template', async () => {
    assert.deepEqual(await completionsAt('file:///work/deployment.yaml', MANIFEST, { line: 3, character: 9 }), []);
  });
});
