// The analysis worker thread of the Node server (dist/analysisWorker.js): parses and analyses
// documents, lays out graphs and writes study sheets for the main thread, which stays free to answer
// LSP messages and stops this thread when a job runs past its budget.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { setSchemaSource } from '../core';
import { AnalysisService } from './analysis/service';
import type { JobMessage } from './analysis/protocol';
import { warmUp } from './analysis/warmUp';
import { nodeSchemaSource } from './schemaSource';

setSchemaSource(nodeSchemaSource());
const service = new AnalysisService();
const port = parentPort!;
port.on('message', (message: JobMessage) => port.postMessage(service.handle(message)));
port.postMessage({ ready: true, thread: ownThreadId() });
setImmediate(warmUp);

/** This thread's id in the system (Linux: /proc/thread-self), so the server can read its processor time. */
function ownThreadId(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0]) || undefined;
  } catch {
    return undefined;
  }
}
