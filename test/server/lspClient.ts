import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { APPROVE_EXECUTABLE_REQUEST, type ApproveExecutableParams } from '../../src/shared/initialization';
import SERVER_NODE_ARGS from '../../src/shared/serverNodeArgs.json';

const SERVER = join(import.meta.dirname, '../../dist/server.js');

/** Servers still running: a test that fails before its shutdown must not leave one behind. */
const LIVE_SERVERS = new Set<ChildProcess>();
process.once('exit', () => {
  for (const server of LIVE_SERVERS) server.kill('SIGKILL');
});

/** How to start the server: by default the Node bundle; tests may preload a script or run another entry. */
export interface ServerLaunch {
  /** Arguments to node before `--stdio`; default: the bundled server. */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Sent as `initializationOptions` in the initialize request. */
  initializationOptions?: unknown;
  /** Workspace folder URIs sent in the initialize request (none by default). */
  workspaceFolders?: string[];
  /** Client capabilities of `textDocument` beyond versioned diagnostics (e.g. VS Code's completion list defaults). */
  textDocumentCapabilities?: Record<string, unknown>;
  /** Client capabilities of `workspace` beyond configuration (e.g. didChangeWatchedFiles). */
  workspaceCapabilities?: Record<string, unknown>;
  /** The user's answer when the server asks to run a program a setting names; allowed by default. */
  approveExecutable?: (params: ApproveExecutableParams) => boolean;
}

/**
 * A real LSP client talking to the bundled server over stdio, for tests:
 * the same messages VS Code sends, with waits on the notifications the server sends back.
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Every time the server asked whether it may run a program. */
  readonly approvalRequests: ApproveExecutableParams[] = [];
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private exited = false;

  constructor(
    private readonly settings: Record<string, unknown> = {},
    private readonly launch: ServerLaunch = {},
  ) {
    // As the extension starts it (src/client/languageClient.ts).
    const nodeArgs = launch.nodeArgs ?? [...SERVER_NODE_ARGS, SERVER];
    this.process = spawn(process.execPath, [...nodeArgs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: launch.env ?? process.env });
    LIVE_SERVERS.add(this.process);
    this.process.once('exit', () => LIVE_SERVERS.delete(this.process));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      this.wake();
    });
    this.connection.onUnhandledNotification(({ method, params }) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.wake();
      return null;
    });
    this.connection.onRequest(APPROVE_EXECUTABLE_REQUEST, (params: ApproveExecutableParams) => {
      this.approvalRequests.push(params);
      return (launch.approveExecutable ?? (() => true))(params);
    });
    this.connection.listen();
    // A server that dies fails the waits below at once instead of leaving them pending forever.
    this.process.once('exit', () => {
      this.exited = true;
      this.wake();
    });
  }

  async initialize(): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions: this.launch.initializationOptions,
      workspaceFolders: this.launch.workspaceFolders?.map((uri, index) => ({ uri, name: `folder-${index}` })) ?? null,
      capabilities: { workspace: { configuration: true, ...this.launch.workspaceCapabilities }, textDocument: { publishDiagnostics: { versionSupport: true }, ...this.launch.textDocumentCapabilities } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text, as a new version. */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first diagnostics published for `uri` (and its current version) that satisfy `accept`. */
  async diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    for (;;) {
      const params = this.published.get(uri);
      if (params && (params.version === undefined || params.version === this.versions.get(uri)) && accept(params.diagnostics)) {
        return params.diagnostics;
      }
      this.failIfExited();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Resolves with the first dynamic registration of `method`. */
  async registration(method: string): Promise<{ method: string; registerOptions?: unknown }> {
    for (;;) {
      const found = this.registrations.find((item) => item.method === method);
      if (found) return found;
      this.failIfExited();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Resolves with the first notification of `method` whose params satisfy `accept`. */
  async notification<T>(method: string, accept: (params: T) => boolean = () => true): Promise<T> {
    for (;;) {
      const found = this.notifications.find((item) => item.method === method && accept(item.params as T));
      if (found) return found.params as T;
      this.failIfExited();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    this.connection.dispose();
  }

  /** Ends the server at once, for a test that failed before it could shut it down. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
    this.connection.dispose();
  }

  /** Ends the server at once and resolves when its process has gone, pipes and all. */
  async killAndWait(): Promise<void> {
    const gone = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) resolve();
      else this.process.once('close', () => resolve());
    });
    this.kill();
    // A process the server started may outlive it holding the pipes' other ends: stop reading them, so that
    // 'close' comes and no open pipe keeps the test file's process alive.
    this.process.stdout?.destroy();
    this.process.stdin?.destroy();
    this.process.unref();
    await gone;
  }

  private failIfExited(): void {
    if (this.exited) throw new Error(`the language server exited (code ${this.process.exitCode}, signal ${this.process.signalCode})`);
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
