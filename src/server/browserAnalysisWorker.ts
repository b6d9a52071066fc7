// The analysis worker of the web build (dist/browser/analysisWorker.js): a worker the server's own
// web worker starts, doing what src/server/analysisWorker.ts does on Node.
import { setSchemaSource } from '../core';
import { AnalysisService } from './analysis/service';
import type { JobMessage } from './analysis/protocol';
import { workerSchemaSource } from './browserSchemaSource';

interface WorkerScope {
  location: { href: string };
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: JobMessage }) => void): void;
}

declare const self: WorkerScope;

setSchemaSource(workerSchemaSource(new URL('../schema/', self.location.href).href));
const service = new AnalysisService();
self.addEventListener('message', (event) => self.postMessage(service.handle(event.data)));
self.postMessage({ ready: true });
