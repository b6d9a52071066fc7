import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lspClient';

const TEXT = [
  'AWSTemplateFormatVersion: "2010-09-09"', // 0
  'Resources:', // 1
  '  ReplicaRole:', // 2
  '    Type: AWS::IAM::Role', // 3
  '    Properties:', // 4
  '      AssumeRolePolicyDocument:', // 5
  '        Statement: [{Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: "sts:AssumeRole"}]', // 6
  '  Artifacts:', // 7
  '    Type: AWS::S3::Bucket', // 8
  '    Properties:', // 9
  '      ReplicationConfiguration:', // 10
  '        Role: !GetAtt ReplicaRole.Arn', // 11
  '        Rules: [{Status: Enabled, Prefix: "", Destination: {Bucket: "arn:aws:s3:::dr-artifacts"}}]', // 12
  '  AppLogs:', // 13
  '    Type: AWS::Logs::LogGroup', // 14
  '    Properties:', // 15
  '      LogGroupName: /lab/app', // 16
  '',
].join('\n');

describe('exam-practice catalogue findings over LSP', () => {
  let client: TestClient;
  const uri = 'file:///work/catalogue.yaml';
  let diagnostics: Diagnostic[];
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
    await client.open(uri, 'yaml', TEXT);
    diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'CX2310') && list.some((d) => d.code === 'CX3114'));
  });
  after(() => client.shutdown());

  it('reports a deploy-time rejection as an error and an exam practice as a warning, each linking its page', () => {
    const byCode = (code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)!;
    assert.deepEqual(
      [byCode('CX2310').severity, byCode('CX2310').range.start.line, byCode('CX2310').codeDescription?.href],
      [1, 10, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html'],
    );
    assert.deepEqual([byCode('CX3114').severity, byCode('CX3114').range.start.line], [2, 13]);
    assert.equal(byCode('CX2310').relatedInformation, undefined);
  });

  it('shows the explanation once, in the hover over the finding', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 10 } });
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown, /^### Why CX2310 matters on the exam\n\nS3 replicates object versions/);
    assert.match(markdown, /On the exam: cross-region replication for disaster recovery/);
    assert.equal(markdown.match(/Why CX2310 matters/g)?.length, 1);
  });

  it('fixes both with their quick fixes, and then both are gone', async () => {
    let text = TEXT;
    for (const code of ['CX2310', 'CX3114']) {
      const current = await client.diagnostics(uri, (list) => list.some((d) => d.code === code));
      const diagnostic = current.find((d) => d.code === code)!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const preferred = actions.find((action) => action.isPreferred) ?? actions[0];
      const [change] = preferred.edit!.documentChanges as TextDocumentEdit[];
      text = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits as TextEdit[]);
      await client.change(uri, text);
    }
    assert.match(text, /      VersioningConfiguration:\n        Status: Enabled\n/);
    assert.match(text, /      RetentionInDays: 90\n/);
    const after = await client.diagnostics(uri, (list) => !list.some((d) => d.code === 'CX2310' || d.code === 'CX3114'));
    assert.deepEqual(after.filter((d) => d.severity === 1), []);
  });
});
