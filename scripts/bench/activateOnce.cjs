// One activation in a fresh process: `node activateOnce.cjs <bundle> <extensionRoot>` prints JSON
// { requireMs, activateMs, cpuMs } — loading the bundle, then activate() up to its call of client.start();
// cpuMs is this process's CPU time over both, which shared, busy cores inflate less than wall time.
'use strict';
const Module = require('node:module');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const [bundle, extensionRoot] = process.argv.slice(2);
const vscodeModule = new Module('vscode');
vscodeModule.exports = require('./vscodeStub.cjs');
vscodeModule.loaded = true;
Module._cache.vscode = vscodeModule;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};

const context = { subscriptions: [], extensionPath: extensionRoot, asAbsolutePath: (path) => join(extensionRoot, path) };
let startCalled;
let cpu;
globalThis.benchClientStartCalled = () => {
  startCalled = performance.now();
  cpu = process.cpuUsage(cpuBefore);
};

const cpuBefore = process.cpuUsage();
const before = performance.now();
const extension = require(bundle);
const loaded = performance.now();
extension.activate(context).then(
  () => {
    if (startCalled === undefined) throw new Error('activate() resolved without calling client.start()');
    process.stdout.write(JSON.stringify({ requireMs: loaded - before, activateMs: startCalled - loaded, cpuMs: (cpu.user + cpu.system) / 1000 }));
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
