import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"', // 0
  'Resources:', // 1
  '  WebGroup:', // 2
  '    Type: AWS::AutoScaling::AutoScalingGroup', // 3
  '    UpdatePolicy:', // 4
  '      AutoScalingRollingUpdate:', // 5
  '        MinInstancesInService: 2   # keep serving', // 6
  '        MaxBatchSize: 1', // 7
  '    Properties:', // 8
  '      MinSize: "2"', // 9
  '      MaxSize: "20"', // 10
  '      HealthCheckType: ELB', // 11
  '      HealthCheckGracePeriod: 300', // 12
  '      TargetGroupARNs: [!Ref WebTargets]', // 13
  '      VPCZoneIdentifier: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]', // 14
  '      LaunchTemplate:', // 15
  '        LaunchTemplateId: lt-0123456789abcdef0', // 16
  '        Version: "1"', // 17
  '  WebTargets:', // 18
  '    Type: AWS::ElasticLoadBalancingV2::TargetGroup', // 19
  '    Properties:', // 20
  '      Port: 80', // 21
  '      Protocol: HTTP', // 22
  '      VpcId: vpc-0123456789abcdef0', // 23
  '  Queue:', // 24
  '    Type: AWS::SQS::Queue', // 25
  '',
].join('\n');
const endOf = (line: number) => ({ line, character: TEMPLATE.split('\n')[line].length });
const FULL_RANGE = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
const NOT_A_TEMPLATE = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  UpdatePolicy:\n    MinInstancesInService: 2\n';

async function openedClient(settings: Record<string, unknown>, uri: string, text: string): Promise<TestClient> {
  const client = new TestClient(settings);
  await client.initialize();
  await client.open(uri, 'yaml', text);
  return client;
}

function inlayHints(client: TestClient, uri: string): Promise<InlayHint[]> {
  return client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: FULL_RANGE });
}

describe('exam knowledge over LSP', () => {
  const uri = 'file:///work/asg.yaml';
  let client: TestClient;
  before(async () => {
    client = await openedClient({ enable: true }, uri, TEMPLATE);
  });
  after(() => client.shutdown());

  it('hovers MinInstancesInService with the exam section, its topic, domain and docs link', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 12 } });
    const markdown = (hover.contents as MarkupContent).value;
    assert.deepEqual(hover.range, { start: { line: 6, character: 8 }, end: { line: 6, character: 29 } });
    assert.match(markdown, /### Why this matters on the exam\n\nThe number of instances that must stay in service/);
    assert.match(markdown, /\*\*Trap\.\*\* It must be lower than the group's `MaxSize`/);
    assert.match(markdown, /\*\*Topics:\*\* T09 Group updates, signals \(Auto Scaling\)/);
    assert.match(markdown, /\*\*Domain:\*\* D3 Resilient Cloud Solutions \(15% of the exam\) · \[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/TemplateReference\/aws-attribute-updatepolicy\.html\)/);
  });

  it("hovers a resource's logical ID with the topics the resource exercises", async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    const markdown = (hover.contents as MarkupContent).value;
    // As the code lens and the study panel count them: the group's notes also name T10, not practised without CodeDeploy.
    assert.match(markdown, /\*\*This resource exercises:\*\* T07 Auto Scaling group \(Auto Scaling\) · T09 Group updates, signals \(Auto Scaling\)$/);
  });

  it('puts one subtle inline note at the end of each noted line', async () => {
    const hints = await inlayHints(client, uri);
    assert.deepEqual(
      hints.map((hint) => [hint.position, hint.label, hint.paddingLeft]),
      [
        // The group has an UpdatePolicy and ELB health checks: its note's "add an UpdatePolicy and ELB health checks" is left out.
        // After a line's closing colon, a space.
        [endOf(4), " how a stack update replaces the group's running instances", true],
        [endOf(5), ' replace instances in batches, keeping a minimum in service', true],
        [endOf(6), 'instances kept in service during a rolling update (< MaxSize)', true],
        [endOf(7), 'how many instances are replaced at once (default 1, at most 100)', true],
        [endOf(11), 'ELB: replace instances the target group marks unhealthy', true],
        [endOf(12), 'seconds a new instance may boot before health checks count', true],
        [endOf(13), ' registers every instance with these ALB/NLB target groups', true],
        [endOf(14), ' subnets in two or more AZs make the group survive an AZ failure', true],
        [endOf(15), ' which launch template version new instances use', true],
        [endOf(19), 'health checks decide who gets traffic; draining on deregister', true],
      ],
    );
    // The note's Markdown comes when the editor resolves the hint (on hover), not with every hint.
    assert.equal(hints[0].tooltip, undefined);
    const resolved = await client.request<InlayHint>('inlayHint/resolve', hints[0]);
    assert.match((resolved.tooltip as MarkupContent).value, /^### Why this matters on the exam\n\n/);
  });

  it('shows the exam topics each noted resource practises as a code lens on its logical ID', async () => {
    const unresolved = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const lenses = await Promise.all(unresolved.map((lens) => client.request<CodeLens>('codeLens/resolve', lens)));
    // The group's note also names T10 (CodeDeploy with an Auto Scaling group): not practised without CodeDeploy.
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start, lens.command?.title]),
      [
        [{ line: 2, character: 2 }, 'Exam: T07 Auto Scaling group · T09 Group updates, signals'],
        [{ line: 2, character: 2 }, 'Show deployment'],
        [{ line: 18, character: 2 }, 'Exam: T07 Auto Scaling group'],
      ],
    );
  });
});

describe('inline mode setting', () => {
  it('shows only resource notes in "resources" mode', async () => {
    const uri = 'file:///work/resources.yaml';
    const client = await openedClient({ enable: true, inline: { mode: 'resources' } }, uri, TEMPLATE);
    // The group already has what its note asks for (an UpdatePolicy, ELB health checks): only the target group's note.
    assert.deepEqual((await inlayHints(client, uri)).map((hint) => hint.position.line), [19]);
    await client.shutdown();
  });

  it('shows no inline notes when the mode is off, and still answers hovers', async () => {
    const uri = 'file:///work/off.yaml';
    const client = await openedClient({ enable: true, inline: { mode: 'off' } }, uri, TEMPLATE);
    assert.deepEqual(await inlayHints(client, uri), []);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 12 } });
    assert.match((hover.contents as MarkupContent).value, /### Why this matters on the exam/);
    await client.shutdown();
  });

  it('shows no topic code lens when cfnCoach.codeLens.topics is off', async () => {
    const uri = 'file:///work/no-lens.yaml';
    const client = await openedClient({ enable: true, codeLens: { topics: false } }, uri, TEMPLATE);
    // The deployment lens stays: it is not a topic lens.
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((lens) => (lens.data as { kind: string }).kind), ['deployment']);
    await client.shutdown();
  });

  it('shows nothing in a file that is not a template', async () => {
    const uri = 'file:///work/deployment.yaml';
    const client = await openedClient({ enable: true }, uri, NOT_A_TEMPLATE);
    assert.deepEqual(await inlayHints(client, uri), []);
    assert.deepEqual(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
    await client.shutdown();
  });

  it('asks the client to refresh inlay hints when the configuration changes, if it can', async () => {
    const client = new TestClient({ enable: true });
    const refreshed = new Promise<void>((resolve) => client.connection.onRequest('workspace/inlayHint/refresh', () => resolve()));
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await refreshed;
    await client.shutdown();
  });
});

describe('one message per problem', () => {
  const SECURE_STRING = [
    'AWSTemplateFormatVersion: "2010-09-09"', // 0
    'Resources:', // 1
    '  DbPassword:', // 2
    '    Type: AWS::SSM::Parameter', // 3
    '    Properties:', // 4
    '      Type: SecureString', // 5
    '      Value: hunter2', // 6
    '  Group:', // 7
    '    Type: AWS::AutoScaling::AutoScalingGroup', // 8
    '    Properties:', // 9
    '      MinSize: "1"', // 10
    '      MaxSize: "2"', // 11
    '      HealthCheckType: ELB', // 12
    '      HealthCheckGracePeriod: 300', // 13
    '      TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef]', // 14
    '      VPCZoneIdentifier: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]', // 15
    '      LaunchTemplate:', // 16
    '        LaunchTemplateId: lt-0123456789abcdef0', // 17
    '        Version: "1"', // 18
    '    UpdatePolicy:', // 19
    '      AutoScalingRollingUpdate:', // 20
    '        MinInstancesInService: 1', // 21
    '',
  ].join('\n');

  it('an SSM SecureString: one error, its explanation in the hover (not in the diagnostic), no inline note repeating it', async () => {
    const uri = 'file:///work/secure.yaml';
    const client = await openedClient({ enable: true }, uri, SECURE_STRING);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line, diagnostic.codeDescription?.href, diagnostic.relatedInformation]),
      [['CX4003', 1, 5, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-parameter.html', undefined]],
    );
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 14 } });
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown, /^### Why CX4003 matters on the exam\n\nCreate the SecureString outside the stack/);
    // The SecureString note rests on the same page: the lesson is told once.
    assert.doesNotMatch(markdown, /Study material that shows a SecureString parameter in a template is wrong/);
    // The parameter's notes (its Type line, its value line) would repeat the error; the group's notes remain, but for
    // its own, which asks for the UpdatePolicy and ELB health checks it has.
    assert.deepEqual((await inlayHints(client, uri)).map((hint) => hint.position.line), [12, 13, 14, 15, 16, 19, 20, 21]);
    await client.shutdown();
  });
});
