import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const YAML = [
  'Parameters:',
  '  EnvName: {Type: String}',
  'Resources:',
  '  Dlq:',
  '    Type: AWS::SQS::Queue',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      RedrivePolicy:',
  '        deadLetterTargetArn:',
  '          Fn::Get: [Dlq, Arn]',
  '  Instance:',
  '    Type: AWS::EC2::Instance',
  '    Properties:',
  '      ImageId: ami-0abcdef1234567890',
  '      UserData:',
  '        Fn::Base64: !Sub |',
  '          #!/bin/bash',
  '          echo "${Queue.QueueName}"',
  '          echo "${',
  '',
].join('\n');

describe('completion and hover over LSP in Sub strings and function keys', () => {
  let client: TestClient;
  const uri = 'file:///work/sub-names.yaml';
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
    await client.open(uri, 'yaml', YAML);
    await client.diagnostics(uri);
  });
  after(() => client.shutdown());

  async function completionsAt(line: number, character: number): Promise<CompletionItem[]> {
    const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return Array.isArray(result) ? result : result.items;
  }

  it('replaces only the name of a function key that already has its value', async () => {
    const items = await completionsAt(10, 17);
    const getAtt = items.find((item) => item.label === 'Fn::GetAtt');
    assert.deepEqual(getAtt?.textEdit, { range: { start: { line: 10, character: 10 }, end: { line: 10, character: 17 } }, newText: 'Fn::GetAtt' });
    assert.equal(getAtt?.command, undefined);
  });

  it('offers names after ${ in a !Sub block scalar, inserted at the cursor', async () => {
    const items = await completionsAt(19, 18);
    assert.deepEqual(
      items.filter((item) => !item.label.startsWith('AWS::')).map((item) => item.label).sort(),
      ['Dlq', 'EnvName', 'Queue'],
    );
    const queue = items.find((item) => item.label === 'Queue');
    assert.deepEqual(queue?.textEdit, { range: { start: { line: 19, character: 18 }, end: { line: 19, character: 18 } }, newText: 'Queue$0}' });
  });

  it('hovers the attribute of ${Res.Attr} in a block scalar with its own range', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 18, character: 26 } });
    assert.deepEqual(hover.range, { start: { line: 18, character: 24 }, end: { line: 18, character: 33 } });
    assert.ok(typeof hover.contents === 'object' && 'value' in hover.contents);
    assert.match(hover.contents.value, /^\*\*Queue\.QueueName\*\*: String attribute of AWS::SQS::Queue/);
  });

  it('hovers a section name and a parameter declaration', async () => {
    const section = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(typeof section.contents === 'object' && 'value' in section.contents);
    assert.match(section.contents.value, /^\*\*Parameters\*\* \(template section\)/);
    const parameter = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
    assert.ok(typeof parameter.contents === 'object' && 'value' in parameter.contents);
    assert.match(parameter.contents.value, /^\*\*Parameter\*\* `EnvName`: String/);
    assert.deepEqual(parameter.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } });
  });
});
