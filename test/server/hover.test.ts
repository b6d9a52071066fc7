import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const YAML = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      AutoScalingGroupName: web\n      MaxSize: '2'\n      MinSize: '1'\n";

describe('hover over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
  });
  after(() => client.shutdown());

  async function hoverAt(position: { line: number; character: number }): Promise<Hover | null> {
    const uri = 'file:///work/hover.yaml';
    await client.open(uri, 'yaml', YAML);
    await client.diagnostics(uri);
    return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  it('shows a property’s type, required, update behaviour and docs, schema section first', async () => {
    const hover = await hoverAt({ line: 5, character: 10 });
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents);
    assert.deepEqual(hover.range, { start: { line: 5, character: 6 }, end: { line: 5, character: 26 } });
    const schemaSection = hover.contents.value.split('\n\n---\n\n')[0];
    assert.match(schemaSection, /^\*\*AutoScalingGroupName\*\*: String · Optional\n\n\*\*Update:\*\* Changing this replaces the resource\./);
    assert.match(schemaSection, /aws-resource-autoscaling-autoscalinggroup\.html\)$/);
  });

  it('says when a change updates in place', async () => {
    const hover = await hoverAt({ line: 6, character: 8 });
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents);
    assert.match(hover.contents.value, /^\*\*MaxSize\*\*: String · Required\n\n\*\*Update:\*\* Changing it does not replace the resource \(some changes interrupt it, a few are not supported: see its page\)\./);
  });
});
