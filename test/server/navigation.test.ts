import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, DocumentSymbol, Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const YAML = [
  'Parameters:',
  '  Env: {Type: String}',
  'Conditions:',
  '  IsProd: !Equals [!Ref Env, prod]',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Condition: IsProd',
  '    Properties:',
  '      BucketName: !Sub "${Env}-${AWS::Region}"',
  '  Policy:',
  '    Type: AWS::S3::BucketPolicy',
  '    DependsOn: Bucket',
  '    Properties:',
  '      Bucket: !Ref Bucket',
  '      PolicyDocument: !Sub |',
  '        {"Resource": "${Bucket.Arn}/*"}',
  'Outputs:',
  '  Arn: {Value: !GetAtt Bucket.Arn}',
  '',
].join('\n');

const JSON_TEXT = JSON.stringify(
  {
    Resources: {
      Queue: { Type: 'AWS::SQS::Queue' },
      Topic: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: { 'Fn::Sub': '${Queue}' } } },
    },
    Outputs: { Q: { Value: { Ref: 'Queue' } } },
  },
  null,
  2,
);

/** Position of the n-th occurrence of `needle` (plus `into` characters) in `text`. */
function at(text: string, needle: string, into = 1, occurrence = 0): Position {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not found`);
  const before = text.slice(0, offset + into);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function offsetOf(text: string, position: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

function textAt(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offsetOf(text, edit.range.start)) + edit.newText + result.slice(offsetOf(text, edit.range.end)), text);
}

function editsOf(edit: WorkspaceEdit): TextEdit[] {
  assert.equal(edit.documentChanges?.length, 1);
  return (edit.documentChanges![0] as { edits: TextEdit[] }).edits;
}

describe('navigation over LSP', () => {
  let client: TestClient;
  const yamlUri = 'file:///work/nav.yaml';
  const jsonUri = 'file:///work/nav.json';
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
    await client.open(yamlUri, 'yaml', YAML);
    await client.open(jsonUri, 'json', JSON_TEXT);
    await client.diagnostics(yamlUri);
    await client.diagnostics(jsonUri);
  });
  after(() => client.shutdown());

  it('goes to the declaration from a name inside a Sub string', async () => {
    const location = await client.request<Location>('textDocument/definition', {
      textDocument: { uri: yamlUri },
      position: at(YAML, '${Bucket.Arn}', 3),
    });
    assert.equal(location.uri, yamlUri);
    assert.deepEqual(location.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 8 } });
  });

  it('goes to a condition and returns null off any name', async () => {
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri: yamlUri }, position: at(YAML, 'Condition: IsProd', 12) });
    assert.equal(textAt(YAML, location.range), 'IsProd');
    assert.equal(location.range.start.line, 3);
    const nothing = await client.request<Location | null>('textDocument/definition', { textDocument: { uri: yamlUri }, position: at(YAML, 'AWS::S3::Bucket', 3) });
    assert.equal(nothing, null);
  });

  it('finds every reference, with the declaration when asked', async () => {
    const params = { textDocument: { uri: yamlUri }, position: at(YAML, '  Bucket:', 3) };
    const without = await client.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: false } });
    assert.deepEqual(without.map((l) => [l.range.start.line, textAt(YAML, l.range)]), [
      [12, 'Bucket'],
      [14, 'Bucket'],
      [16, 'Bucket'],
      [18, 'Bucket'],
    ]);
    const withDeclaration = await client.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: true } });
    assert.deepEqual(withDeclaration.map((l) => l.range.start.line), [5, 12, 14, 16, 18]);
  });

  it('highlights the declaration as written and references as read', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', {
      textDocument: { uri: yamlUri },
      position: at(YAML, '${Env}', 3),
    });
    assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [
      [1, 3],
      [3, 2],
      [9, 2],
    ]);
  });

  it('renames a resource everywhere, including inside Sub strings, in one edit', async () => {
    const position = at(YAML, '!Ref Bucket', 6);
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: yamlUri }, position });
    assert.equal(prepared.placeholder, 'Bucket');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: yamlUri }, position, newName: 'Store' });
    const expected = YAML.replace('  Bucket:\n', '  Store:\n')
      .replace('DependsOn: Bucket', 'DependsOn: Store')
      .replace('!Ref Bucket', '!Ref Store')
      .replace('${Bucket.Arn}', '${Store.Arn}')
      .replace('!GetAtt Bucket.Arn', '!GetAtt Store.Arn');
    assert.equal(applyEdits(YAML, editsOf(edit)), expected);
  });

  it('renames inside JSON quotes', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: jsonUri },
      position: at(JSON_TEXT, '"Queue"', 2),
      newName: 'Inbox',
    });
    assert.equal(applyEdits(JSON_TEXT, editsOf(edit)), JSON_TEXT.replaceAll('"Queue"', '"Inbox"').replace('${Queue}', '${Inbox}'));
  });

  it('refuses pseudo parameters, invalid names and names already declared', async () => {
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri: yamlUri }, position: at(YAML, 'AWS::Region', 3) }),
      /pseudo parameter/,
    );
    const position = at(YAML, '!Ref Bucket', 6);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: yamlUri }, position, newName: 'my-bucket' }), /letters and digits/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: yamlUri }, position, newName: 'Env' }), /already declared/);
  });

  it('outlines sections with their declarations', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: yamlUri } });
    const outline = symbols.map((s) => [s.name, s.children?.map((c) => `${c.name}${c.detail ? ` (${c.detail})` : ''}`)]);
    assert.deepEqual(outline, [
      ['Parameters', ['Env (String)']],
      ['Conditions', ['IsProd']],
      ['Resources', ['Bucket (AWS::S3::Bucket)', 'Policy (AWS::S3::BucketPolicy)']],
      ['Outputs', ['Arn']],
    ]);
    const bucket = symbols[2].children![0];
    assert.deepEqual(bucket.selectionRange, { start: { line: 5, character: 2 }, end: { line: 5, character: 8 } });
    assert.deepEqual(bucket.range.start, { line: 5, character: 2 });
    assert.equal(bucket.range.end.line, 9);
  });

  it('outlines JSON with selection ranges inside the quotes', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: jsonUri } });
    const queue = symbols[0].children![0];
    assert.equal(textAt(JSON_TEXT, queue.selectionRange), 'Queue');
    assert.equal(queue.detail, 'AWS::SQS::Queue');
  });
});
