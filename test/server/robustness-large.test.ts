import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Diagnostic, InlayHint } from 'vscode-languageserver-protocol';
import { analyze } from '../../src/core';
import { parseTemplate } from '../../src/core/template';
import { useGeneratedSchema } from '../unit/schema/schemaHelper';
import { TestClient } from './lspClient';

// Answers for templates with thousands of problems or noted lines stay bounded: what an editor shows.
const WITHIN = { timeout: 60_000 };
/** 10,000 resources under one repeated key: 9,999 duplicate keys (CloudFormation reads the last copy). */
const DUPLICATES = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${'  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n'.repeat(10_000)}`;
/** The same lines with a name each: 10,000 resources, a noted `Type` line each. */
const NOTED = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${Array.from({ length: 10_000 }, (_, index) => `  Group${index}:\n    Type: AWS::AutoScaling::AutoScalingGroup\n`).join('')}`;
const WHOLE_FILE = { start: { line: 0, character: 0 }, end: { line: 20_010, character: 0 } };
const size = (answer: unknown): number => JSON.stringify(answer).length;

describe('a template with 10,000 duplicate keys', () => {
  const uri = 'file:///work/large/duplicates.yaml';
  const notedUri = 'file:///work/large/noted.yaml';
  let client: TestClient;
  let diagnostics: Diagnostic[];
  before(async () => {
    client = new TestClient({ enable: true, inline: { mode: 'properties' } });
    await client.initialize();
    await client.open(uri, 'yaml', DUPLICATES);
    diagnostics = await client.diagnostics(uri, (list) => list.length > 0);
    await client.open(notedUri, 'yaml', NOTED);
  }, WITHIN);
  after(() => client.shutdown());

  it('lists 1,000 diagnostics, and one at the top that says how many more there are', WITHIN, () => {
    useGeneratedSchema();
    const total = analyze(parseTemplate(DUPLICATES, 'yaml')).findings.length;
    assert.ok(total > 10_000, `${total} findings`);
    assert.equal(diagnostics.length, 1001);
    const last = diagnostics.at(-1)!;
    assert.deepEqual(
      { code: last.code, severity: last.severity, range: last.range, message: last.message },
      {
        code: 'I0002',
        severity: 3,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: `${(total - 1000).toLocaleString('en-US')} more problems are not listed: at most 1,000 are shown per file (\`npx cfn-coach lint\` lists them all)`,
      },
    );
    // The errors are kept whatever their place (the last group's two missing properties), with 998 of the 9,999 duplicate keys (warnings), in the file's order.
    assert.deepEqual(diagnostics.slice(0, -1).map((diagnostic) => diagnostic.severity), [...Array<number>(998).fill(2), 1, 1]);
  });

  it('gets the inlay hints of the lines asked for, each without its note until resolved', WITHIN, async () => {
    const visible = { start: { line: 5000, character: 0 }, end: { line: 5050, character: 0 } };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: notedUri }, range: visible });
    assert.deepEqual(
      hints.map((hint) => hint.position.line),
      Array.from({ length: 25 }, (_, index) => 5001 + 2 * index),
    );
    assert.deepEqual([...new Set(hints.map((hint) => hint.tooltip))], [undefined]);
    const resolved = await client.request<InlayHint>('inlayHint/resolve', hints[0]);
    assert.match(JSON.stringify(resolved.tooltip), /Why this matters on the exam/);
  });

  it('answers a request for every line with at most 1,000 hints, not megabytes', WITHIN, async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: notedUri }, range: WHOLE_FILE });
    assert.equal(hints.length, 1000);
    assert.ok(size(hints) < 200_000, `${size(hints)} characters`);
  });
});

describe('a template with 2,000 resources', () => {
  it('gets its code lenses as places, and their text for the ones resolved', WITHIN, async () => {
    const uri = 'file:///work/large/groups.yaml';
    const groups = Array.from({ length: 2000 }, (_, index) => `  Group${index}:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "1"\n      MaxSize: "2"\n`);
    const client = new TestClient({ enable: true });
    await client.initialize();
    await client.open(uri, 'yaml', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${groups.join('')}`);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 2000);
    // A place and what to resolve it by: no title or tooltip yet.
    assert.deepEqual(lenses[0], { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } }, data: { uri, logicalId: 'Group0', kind: 'topics' } });
    const resolved = await client.request<CodeLens>('codeLens/resolve', lenses[1999]);
    assert.deepEqual([resolved.range.start, resolved.command?.title], [{ line: 2 + 5 * 1999, character: 2 }, 'Exam: T07 Auto Scaling group']);
    await client.shutdown();
  });
});
