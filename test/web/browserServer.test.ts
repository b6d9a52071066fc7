import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const BUNDLE = join(import.meta.dirname, '../../dist/browser/server.js');
const SCHEMA_INDEX = pathToFileURL(join(import.meta.dirname, '../../dist/schema/index.json')).href;
const ANALYSIS_WORKER = pathToFileURL(join(import.meta.dirname, '../../dist/browser/analysisWorker.js')).href;

class WorkerReader extends AbstractMessageReader {
  constructor(private readonly worker: Worker) {
    super();
  }
  listen(callback: DataCallback): Disposable {
    const listener = (message: Message) => callback(message);
    this.worker.on('message', listener);
    return { dispose: () => this.worker.off('message', listener) };
  }
}

class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly worker: Worker) {
    super();
  }
  async write(message: Message): Promise<void> {
    this.worker.postMessage(message);
  }
  end(): void {}
}

describe('the browser bundle in a web worker', () => {
  let worker: Worker;
  let connection: ProtocolConnection;
  let requestLog: string;
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: (() => void)[] = [];

  async function diagnosticsFor(uri: string): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const found = published.get(uri);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }

  before(async () => {
    requestLog = join(mkdtempSync(join(tmpdir(), 'cfn-web-')), 'requests.txt');
    worker = new Worker(join(import.meta.dirname, 'workerHost.cjs'), { workerData: { bundleUrl: pathToFileURL(BUNDLE).href, requestLog } });
    connection = createProtocolConnection(new WorkerReader(worker), new WorkerWriter(worker));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.set(params.uri, params);
      for (const resolve of waiters.splice(0)) resolve();
    });
    // The web server cannot read files: it asks the client for a nested stack's template.
    connection.onRequest('cfnCoach/readFile', (uri: string) =>
      uri === 'vscode-vfs://github/example/repo/network.yaml' ? 'Resources: {}\nOutputs:\n  VpcId: {Value: a}\n' : null,
    );
    connection.listen();
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
  });

  after(async () => {
    connection.dispose();
    await worker.terminate();
  });

  it('publishes diagnostics for a template over LSP', { timeout: 20_000 }, async () => {
    const uri = 'vscode-vfs://github/example/repo/broken.yaml';
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: [AWS::S3::Bucket\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(uri);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'E0000' && diagnostic.range.start.line === 4));
  });

  it('reads the resource schema from dist/schema/ beside the bundle, synchronously', { timeout: 20_000 }, async () => {
    const uri = 'vscode-vfs://github/example/repo/queue.yaml';
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await diagnosticsFor(uri);
    assert.equal(existsSync(requestLog), true);
    assert.ok(readFileSync(requestLog, 'utf8').split('\n').includes(SCHEMA_INDEX));
  });

  it('analyses in a nested worker it starts from dist/browser/analysisWorker.js, once', { timeout: 20_000 }, async () => {
    const uri = 'vscode-vfs://github/example/repo/nested.yaml';
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topicc\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(uri);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['E3006']);
    const started = readFileSync(requestLog, 'utf8').split('\n').filter((line) => line.startsWith('worker '));
    assert.deepEqual(started, [`worker ${ANALYSIS_WORKER}`]);
  });

  it("checks a nested stack against its local template, read through the client", { timeout: 20_000 }, async () => {
    const uri = 'vscode-vfs://github/example/repo/main.yaml';
    const text = 'Resources:\n  Network:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: ./network.yaml}\nOutputs:\n  Cidr: {Value: !GetAtt Network.Outputs.Cidr}\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(uri);
    assert.deepEqual(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`), [
      "E1010 Nested stack 'Network' has no output 'Cidr' (./network.yaml): it declares VpcId",
    ]);
  });
});
