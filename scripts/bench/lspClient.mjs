// A minimal LSP client for the benchmarks (test/server/lspClient.ts is TypeScript and sends whole-text
// changes): starts the bundled server over stdio, records when each publishDiagnostics arrives, and
// sends one-character edits incrementally, as VS Code does.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
/** The Node arguments the extension starts the server with (src/client/languageClient.ts), or BENCH_SERVER_NODE_ARGS's. */
const SERVER_NODE_ARGS = process.env.BENCH_SERVER_NODE_ARGS !== undefined
  ? process.env.BENCH_SERVER_NODE_ARGS.split(' ').filter(Boolean)
  : JSON.parse(readFileSync(new URL('../../src/shared/serverNodeArgs.json', import.meta.url), 'utf8'));

export class BenchClient {
  constructor(serverScript) {
    this.process = spawn(process.execPath, [...SERVER_NODE_ARGS, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.versions = new Map();
    /** uri -> waiting { version, resolve } */
    this.waiting = new Map();
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const arrived = process.hrtime.bigint();
      const waiter = this.waiting.get(params.uri);
      if (waiter && params.version === waiter.version) {
        this.waiting.delete(params.uri);
        waiter.resolve({ arrived, diagnostics: params.diagnostics });
      }
    });
    this.connection.onNotification(() => {});
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.listen();
  }

  async initialize() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      // As vscode-languageclient declares them: completion lists may share a default edit range.
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves when diagnostics for the document's current version arrive: { arrived, diagnostics }. */
  nextDiagnostics(uri) {
    const version = this.versions.get(uri);
    return new Promise((resolve) => this.waiting.set(uri, { version, resolve }));
  }

  /** Opens a document; resolves with its first diagnostics. */
  open(uri, languageId, text) {
    this.versions.set(uri, 1);
    const diagnostics = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return diagnostics;
  }

  /** Inserts `text` at `position` as an incremental change; resolves with the new version's diagnostics. */
  insert(uri, position, text) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    const diagnostics = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text }],
    });
    return diagnostics;
  }

  close(uri) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** The server's resident set size, from /proc (Linux only): { rssKb, peakKb }. */
  memory() {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
  }

  /** The server's CPU time so far (user + system), from /proc, in milliseconds (10 ms resolution). */
  cpuMs() {
    const fields = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are the 14th and 15th fields of the line, 12th and 13th after "pid (comm)".
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  }

  async shutdown() {
    const exited = new Promise((resolve) => (this.process.exitCode !== null ? resolve() : this.process.once('exit', resolve)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await exited;
    this.connection.dispose();
  }
}
