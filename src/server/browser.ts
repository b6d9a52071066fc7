// The language server for VS Code for the Web (vscode.dev, github.dev): the same server in a web
// worker, talking over postMessage. No Node APIs here: the cfn-lint bridge is left out, and the
// resource schema is read from the extension's own dist/schema/ files over HTTP.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { setSchemaSource, type SchemaSource } from '../core';
import { startServer } from './server';

/** The little of the worker's global scope used here (the project compiles without the DOM library). */
interface WorkerScope {
  location: { href: string };
}

interface SyncRequest {
  open(method: string, url: string, async: false): void;
  send(): void;
  readonly status: number;
  readonly responseText: string;
}

declare const self: WorkerScope & ConstructorParameters<typeof BrowserMessageReader>[0];
declare const XMLHttpRequest: new () => SyncRequest;

/**
 * Schema chunks fetched synchronously (allowed in a worker) from dist/schema/, beside dist/browser/
 * where this bundle lives. The core reads the schema synchronously, and each chunk only once.
 */
function workerSchemaSource(baseUrl: string): SchemaSource {
  return {
    read(chunkName) {
      try {
        const request = new XMLHttpRequest();
        request.open('GET', new URL(`${chunkName}.json`, baseUrl).href, false);
        request.send();
        return request.status === 200 ? request.responseText : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

setSchemaSource(workerSchemaSource(new URL('../schema/', self.location.href).href));
startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)));
