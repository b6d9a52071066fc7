// One activation in a fresh process: `node activateOnce.cjs <bundle> <extensionRoot> <globalStorageDir>`
// prints JSON { requireMs, activateCallMs, untilStartMs, afterStartMs, cpuMs }: loading the bundle; the
// activate() call until it returns its promise (with requireMs, what VS Code counts as activation time);
// from the bundle loaded to the call of client.start(), which activate() makes later, after loading the
// language client's bundle (through the code cache in <globalStorageDir> when an earlier run saved one);
// from client.start() to activate() resolving (saving the code cache when there was none). cpuMs is this
// process's CPU time up to client.start(), which shared, busy cores inflate less than wall time.
'use strict';
const Module = require('node:module');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const [bundle, extensionRoot, globalStorageDir] = process.argv.slice(2);
const vscodeModule = new Module('vscode');
vscodeModule.exports = require('./vscodeStub.cjs');
vscodeModule.loaded = true;
Module._cache.vscode = vscodeModule;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};

const context = {
  subscriptions: [],
  extensionPath: extensionRoot,
  asAbsolutePath: (path) => join(extensionRoot, path),
  globalStorageUri: { scheme: 'file', fsPath: globalStorageDir },
};
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
const activation = extension.activate(context);
const returned = performance.now();
activation.then(
  () => {
    const resolved = performance.now();
    if (startCalled === undefined) throw new Error('activate() resolved without calling client.start()');
    process.stdout.write(
      JSON.stringify({
        requireMs: loaded - before,
        activateCallMs: returned - loaded,
        untilStartMs: startCalled - loaded,
        afterStartMs: resolved - startCalled,
        cpuMs: (cpu.user + cpu.system) / 1000,
      }),
    );
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
