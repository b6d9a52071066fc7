// Runs the browser bundle (dist/browser/server.js) in a Node worker thread dressed as a web worker:
// `self` with postMessage/onmessage/addEventListener, `location` (the bundle's URL), a synchronous
// XMLHttpRequest that serves file: URLs and notes each URL in workerData.requestLog, and `Worker`, which
// starts a nested one the same way (noting its URL too), as the server starts its analysis worker.
const { appendFileSync, readFileSync } = require('node:fs');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');
const { parentPort, Worker: NodeWorker, workerData } = require('node:worker_threads');

class FileRequest {
  status = 0;
  responseText = '';
  open(method, url, isAsync) {
    if (method !== 'GET' || isAsync !== false) throw new Error('only synchronous GET is served here');
    this.url = url;
  }
  send() {
    appendFileSync(workerData.requestLog, `${this.url}\n`);
    try {
      this.responseText = readFileSync(fileURLToPath(this.url), 'utf8');
      this.status = 200;
    } catch {
      this.status = 404;
    }
  }
}

const scope = globalThis;
scope.self = scope;
scope.location = { href: workerData.bundleUrl };
scope.XMLHttpRequest = FileRequest;
scope.postMessage = (message) => parentPort.postMessage(message);
const messageListeners = [];
scope.addEventListener = (type, listener) => type === 'message' && messageListeners.push(listener);
scope.onmessage = null;
parentPort.on('message', (data) => {
  scope.onmessage?.({ data });
  for (const listener of messageListeners) listener({ data });
});

/** A nested web worker: this same host running the script at `url` in a worker thread of its own. */
class NestedWorker {
  constructor(url) {
    appendFileSync(workerData.requestLog, `worker ${url}\n`);
    this.thread = new NodeWorker(__filename, { workerData: { ...workerData, bundleUrl: url } });
  }
  postMessage(message) {
    this.thread.postMessage(message);
  }
  addEventListener(type, listener) {
    if (type === 'message') this.thread.on('message', (data) => listener({ data }));
    if (type === 'error') this.thread.on('error', (error) => listener({ message: error.message, preventDefault() {} }));
  }
  terminate() {
    void this.thread.terminate();
  }
}
scope.Worker = NestedWorker;

const bundle = fileURLToPath(workerData.bundleUrl);
vm.runInThisContext(readFileSync(bundle, 'utf8'), { filename: bundle });
