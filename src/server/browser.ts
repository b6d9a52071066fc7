// The language server for VS Code for the Web (vscode.dev, github.dev): the same server in a web
// worker, talking over postMessage. No Node APIs here: the cfn-lint bridge is left out, and the
// resource schema is read from the extension's own dist/schema/ files over HTTP. The analysis runs
// in a worker of its own (dist/browser/analysisWorker.js), started from this one.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { setSchemaSource } from '../core';
import { READ_FILE_REQUEST } from '../shared/protocol';
import { webWorkerPort } from './analysis/webWorker';
import { workerSchemaSource } from './browserSchemaSource';
import { startServer } from './server';

/** The little of the worker's global scope used here (the project compiles without the DOM library). */
interface WorkerScope {
  location: { href: string };
}

declare const self: WorkerScope & ConstructorParameters<typeof BrowserMessageReader>[0];

setSchemaSource(workerSchemaSource(new URL('../schema/', self.location.href).href));
const analysisWorker = new URL('analysisWorker.js', self.location.href).href;
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, undefined, {
  startAnalysisWorker: () => webWorkerPort(analysisWorker),
  // No file system in a web worker: the client reads workspace files (virtual ones too).
  readFile: async (uri) => (await connection.sendRequest<string | null>(READ_FILE_REQUEST, uri)) ?? undefined,
});
