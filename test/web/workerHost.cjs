// Runs the browser bundle (dist/browser/server.js) in a Node worker thread dressed as a web worker:
// `self` with postMessage/onmessage/addEventListener, `location` (the bundle's URL), and a synchronous
// XMLHttpRequest that serves file: URLs and notes each URL in workerData.requestLog.
const { appendFileSync, readFileSync } = require('node:fs');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');
const { parentPort, workerData } = require('node:worker_threads');

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
scope.addEventListener = () => undefined;
scope.onmessage = null;
parentPort.on('message', (data) => scope.onmessage?.({ data }));

const bundle = fileURLToPath(workerData.bundleUrl);
vm.runInThisContext(readFileSync(bundle, 'utf8'), { filename: bundle });
