import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const SAM = [
  'Transform: AWS::Serverless-2016-10-31',
  'Metadata:',
  '  AWS::CloudFormation::Interface:',
  '    ParameterGroups:',
  '      - Label: {default: Environment}',
  '        Parameters: [EnvName]',
  '    ParameterLabels:',
  '      EnvName: {default: Environment name}',
  'Parameters:',
  '  EnvName: {Type: String}',
  'Resources:',
  '  Worker:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Handler: app.handler',
  '      Runtime: python3.12',
  '      CodeUri: src/',
  '      AutoPublishAlias: live',
  '      Environment:',
  '        Variables:',
  '          NAME: !Sub',
  '            - "${Prefix}-${EnvName}"',
  '            - Prefix: !Ref AWS::StackName',
  'Outputs:',
  '  RoleArn:',
  '    Value: !GetAtt WorkerRole.Arn',
  '  AliasArn:',
  '    Value: !Ref Worker.Alias',
  '',
].join('\n');

function at(text: string, needle: string, into = 1): Position {
  const before = text.slice(0, text.indexOf(needle) + into);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function offsetOf(text: string, position: Position): number {
  return text.split('\n').slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offsetOf(text, edit.range.start)) + edit.newText + result.slice(offsetOf(text, edit.range.end)), text);
}

describe('navigation over LSP: generated, metadata and Sub map names', () => {
  let client: TestClient;
  const uri = 'file:///work/names.yaml';
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
    await client.open(uri, 'yaml', SAM);
    await client.diagnostics(uri);
  });
  after(() => client.shutdown());

  it("renames a SAM function with its role, alias and version names, prefix only", async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at(SAM, '  Worker:', 3), newName: 'Processor' });
    const edits = (edit.documentChanges![0] as { edits: TextEdit[] }).edits;
    const renamed = applyEdits(SAM, edits);
    assert.equal(renamed, SAM.replace('  Worker:', '  Processor:').replace('WorkerRole.Arn', 'ProcessorRole.Arn').replace('Worker.Alias', 'Processor.Alias'));
    await client.open('file:///work/names-renamed.yaml', 'yaml', renamed);
    const diagnostics = await client.diagnostics('file:///work/names-renamed.yaml');
    assert.deepEqual(diagnostics.filter((d) => d.code === 'E1020' || d.code === 'E1010'), []);
  });

  it('goes from a generated name to its function', async () => {
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: at(SAM, 'Worker.Alias', 9) });
    assert.deepEqual(location.range, { start: { line: 11, character: 2 }, end: { line: 11, character: 8 } });
  });

  it('lists the interface metadata among the references of a parameter', async () => {
    const locations = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: at(SAM, '  EnvName: {Type', 3),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(locations.map((location) => location.range.start.line), [21, 5, 7]);
  });

  it('goes from ${Var} to the key of its Sub map', async () => {
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: at(SAM, '${Prefix}', 3) });
    assert.deepEqual(location.range, { start: { line: 22, character: 14 }, end: { line: 22, character: 20 } });
  });

  it('refuses a new name that a Sub map beside a use binds, and one over 255 characters', async () => {
    const position = at(SAM, '  EnvName: {Type', 3);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Prefix' }), /'Prefix' is a variable of the Fn::Sub variable map/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'E'.repeat(256) }), /at most 255/);
  });
});
