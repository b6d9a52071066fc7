import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TemplateStatusParams } from '../../src/shared/protocol';
import { TEMPLATE_STATUS_NOTIFICATION } from '../../src/shared/protocol';
import { TestClient } from './lspClient';

const GOOD = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
const BROKEN = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: [AWS::S3::Bucket\n';

describe('language server over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true });
    await client.initialize();
  });
  after(() => client.shutdown());

  it('publishes a parse error with its exact range on open, and clears it when fixed', async () => {
    const uri = 'file:///work/broken.yaml';
    await client.open(uri, 'yaml', BROKEN);
    const [diagnostic, ...rest] = await client.diagnostics(uri);
    assert.deepEqual(rest, []);
    assert.equal(diagnostic.code, 'E0000');
    assert.equal(diagnostic.source, 'cfn-coach');
    assert.equal(diagnostic.severity, 1);
    assert.deepEqual(diagnostic.range.start, { line: 4, character: 0 });

    await client.change(uri, GOOD);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('says whether a document is a template', async () => {
    const template = 'file:///work/template.json';
    const manifest = 'file:///work/deployment.yaml';
    await client.open(template, 'json', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}');
    await client.open(manifest, 'yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec: [oops\n');
    const templateStatus = await client.notification<TemplateStatusParams>(TEMPLATE_STATUS_NOTIFICATION, (p) => p.uri === template);
    const manifestStatus = await client.notification<TemplateStatusParams>(TEMPLATE_STATUS_NOTIFICATION, (p) => p.uri === manifest);
    assert.deepEqual(templateStatus, { uri: template, version: 1, isTemplate: true, errors: 0, warnings: 0, infos: 0 });
    assert.deepEqual(manifestStatus, { uri: manifest, version: 1, isTemplate: false, errors: 0, warnings: 0, infos: 0 });
    assert.deepEqual(await client.diagnostics(manifest), []);
  });

  it('analyses only the last of several quick edits', async () => {
    const uri = 'file:///work/typing.yaml';
    await client.open(uri, 'yaml', GOOD);
    await client.notification<TemplateStatusParams>(TEMPLATE_STATUS_NOTIFICATION, (p) => p.uri === uri && p.version === 1);
    const before = client.notifications.length;
    await client.change(uri, BROKEN);
    await client.change(uri, GOOD + '  Other:\n    Type: AWS::SQS::Queue\n');
    await client.change(uri, BROKEN);
    const diagnostics = await client.diagnostics(uri, (list) => list.length > 0);
    assert.equal(diagnostics[0].code, 'E0000');
    await client.notification<TemplateStatusParams>(TEMPLATE_STATUS_NOTIFICATION, (p) => p.uri === uri && p.version === 4);
    const statuses = client.notifications
      .slice(before)
      .filter((item) => item.method === TEMPLATE_STATUS_NOTIFICATION && (item.params as TemplateStatusParams).uri === uri);
    assert.deepEqual(statuses.map((item) => (item.params as TemplateStatusParams).version), [4]);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = 'file:///work/closing.yaml';
    await client.open(uri, 'yaml', BROKEN);
    await client.diagnostics(uri, (list) => list.length === 1);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri, (list) => list.length === 0), []);
  });
});

describe('settings', () => {
  it('stays silent when cfnCoach.enable is false', async () => {
    const client = new TestClient({ enable: false });
    await client.initialize();
    const uri = 'file:///work/disabled.yaml';
    await client.open(uri, 'yaml', BROKEN);
    const status = await client.notification<TemplateStatusParams>(TEMPLATE_STATUS_NOTIFICATION, (p) => p.uri === uri);
    assert.equal(status.isTemplate, false);
    assert.deepEqual(await client.diagnostics(uri), []);
    await client.shutdown();
  });
});
