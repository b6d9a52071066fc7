import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const CHILD = 'Parameters:\n  VpcCidr: {Type: String}\nResources: {}\nOutputs:\n  VpcId: {Value: a}\n';
const CHILD_WITH_SUBNETS = CHILD + '  Subnets: {Value: b}\n';
const PARENT = [
  'Resources:',
  '  Network:',
  '    Type: AWS::CloudFormation::Stack',
  '    Properties:',
  '      TemplateURL: ./network.yaml',
  '      Parameters: {VpcCidr: 10.0.0.0/16}',
  'Outputs:',
  '  Subnets: {Value: !GetAtt Network.Outputs.Subnets}',
  '',
].join('\n');

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`);
const MISSING_OUTPUT = "E1010 Nested stack 'Network' has no output 'Subnets' (./network.yaml): it declares VpcId";

describe('nested stacks whose template is a local file', () => {
  let client: TestClient;
  let folder: string;
  let parentUri: string;
  let childUri: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cfn-coach-nested-'));
    writeFileSync(join(folder, 'network.yaml'), CHILD);
    parentUri = pathToFileURL(join(folder, 'main.yaml')).href;
    childUri = pathToFileURL(join(folder, 'network.yaml')).href;
    client = new TestClient({ enable: true }, { workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('watches template files, and checks the parent against the child file on disk', async () => {
    const registration = await client.registration('workspace/didChangeWatchedFiles');
    assert.deepEqual(registration.registerOptions, { watchers: [{ globPattern: '**/*.{yaml,yml,json,template,cfn}' }] });
    await client.open(parentUri, 'yaml', PARENT);
    assert.deepEqual(codes(await client.diagnostics(parentUri, (list) => list.length > 0)), [MISSING_OUTPUT]);
  });

  it("follows the child's editor: an edit there analyses the parent again", async () => {
    await client.open(childUri, 'yaml', CHILD);
    await client.change(childUri, CHILD_WITH_SUBNETS);
    assert.deepEqual(await client.diagnostics(parentUri, (list) => list.length === 0), []);
  });

  it('reads the file again when the child closes, and when the file changes on disk', async () => {
    await client.close(childUri);
    assert.deepEqual(codes(await client.diagnostics(parentUri, (list) => list.length > 0)), [MISSING_OUTPUT]);
    writeFileSync(join(folder, 'network.yaml'), CHILD_WITH_SUBNETS);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: childUri, type: 2 }] });
    assert.deepEqual(await client.diagnostics(parentUri, (list) => list.length === 0), []);
  });

  it("completes Fn::GetAtt of a nested stack with its template's outputs", async () => {
    const text = PARENT.replace('!GetAtt Network.Outputs.Subnets', '!GetAtt Network.');
    await client.change(parentUri, text);
    await client.diagnostics(parentUri);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('!GetAtt Network.'));
    const character = text.split('\n')[line].indexOf('Network.') + 'Network.'.length;
    const result = await client.request<{ label: string; detail?: string }[] | { items: { label: string; detail?: string }[] }>('textDocument/completion', {
      textDocument: { uri: parentUri },
      position: { line, character },
    });
    const items = Array.isArray(result) ? result : result.items;
    assert.deepEqual(
      items.filter((item) => item.label.startsWith('Outputs.')).map((item) => `${item.label} ${item.detail}`),
      ['Outputs.VpcId Output of ./network.yaml', 'Outputs.Subnets Output of ./network.yaml'],
    );
  });

  it("describes a nested stack's output on hover, from its template", async () => {
    await client.change(parentUri, PARENT);
    await client.diagnostics(parentUri);
    const line = PARENT.split('\n').findIndex((candidate) => candidate.includes('Outputs.Subnets'));
    const character = PARENT.split('\n')[line].indexOf('Subnets}');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: parentUri }, position: { line, character } });
    assert.equal(hover.contents.value, "**Network.Outputs.Subnets**: output of the nested stack's template `./network.yaml`");
  });

  it('goes to the definition in the child template: the file, an output, a parameter passed', async () => {
    await client.change(parentUri, PARENT);
    await client.diagnostics(parentUri);
    const lines = PARENT.split('\n');
    const at = (needle: string, shift = 0) => {
      const line = lines.findIndex((candidate) => candidate.includes(needle));
      return { line, character: lines[line].indexOf(needle) + shift };
    };
    const definition = (position: { line: number; character: number }) =>
      client.request<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null>(
        'textDocument/definition',
        { textDocument: { uri: parentUri }, position },
      );
    const childLines = CHILD_WITH_SUBNETS.split('\n');
    const keyRange = (key: string) => {
      const line = childLines.findIndex((candidate) => candidate.startsWith(`  ${key}:`));
      return { start: { line, character: 2 }, end: { line, character: 2 + key.length } };
    };
    assert.deepEqual(await definition(at('./network.yaml', 3)), { uri: childUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.deepEqual(await definition(at('Subnets}', 2)), { uri: childUri, range: keyRange('Subnets') });
    assert.deepEqual(await definition(at('VpcCidr', 1)), { uri: childUri, range: keyRange('VpcCidr') });
    assert.deepEqual(await definition(at('Network.Outputs', 2)), { uri: parentUri, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } } });
  });

  it('reports a child file that does not exist, and clears it once the file is there', async () => {
    const uri = pathToFileURL(join(folder, 'other.yaml')).href;
    await client.open(uri, 'yaml', PARENT.replace('./network.yaml', './missing.yaml'));
    assert.deepEqual(codes(await client.diagnostics(uri, (list) => list.length > 0)), [
      "E3043 Nested stack 'Network' names ./missing.yaml, but no file is there: `aws cloudformation package` cannot upload it, and CloudFormation takes a TemplateURL only as an Amazon S3 URL",
    ]);
    writeFileSync(join(folder, 'missing.yaml'), CHILD_WITH_SUBNETS);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folder, 'missing.yaml')).href, type: 1 }] });
    assert.deepEqual(await client.diagnostics(uri, (list) => list.length === 0), []);
  });
});

describe('nested stacks, with a client that reports no file changes', () => {
  it('reads the child file again at each analysis of the parent', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cfn-coach-nested-'));
    const client = new TestClient({ enable: true });
    try {
      writeFileSync(join(folder, 'network.yaml'), CHILD);
      const parentUri = pathToFileURL(join(folder, 'main.yaml')).href;
      await client.initialize();
      await client.open(parentUri, 'yaml', PARENT);
      assert.deepEqual(codes(await client.diagnostics(parentUri, (list) => list.length > 0)), [MISSING_OUTPUT]);
      writeFileSync(join(folder, 'network.yaml'), CHILD_WITH_SUBNETS);
      await client.change(parentUri, `# edited\n${PARENT}`);
      assert.deepEqual(await client.diagnostics(parentUri), []);
      assert.deepEqual(client.registrations, []);
    } finally {
      await client.shutdown();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
