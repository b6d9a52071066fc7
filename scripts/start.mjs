// `npm start`: builds the extension, installs code-server on first use, and serves a real VS Code on
// 127.0.0.1 with the extension installed and a scratch copy of samples/lab/ open. Runs until Ctrl+C.
// Options: --port N (default 8080, or a free one when 8080 is taken; 0 = any free port),
//          --dir PATH (where code-server keeps its state; default .e2e/start).
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { ensureE2eSetup } from './e2e-setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const HOST = '127.0.0.1';
const DEFAULT_PORT = 8080;

const { values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' } } });

function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)))
      .listen(port, HOST);
  });
}

async function choosePort() {
  if (values.port !== undefined) return Number(values.port);
  if (await portIsFree(DEFAULT_PORT)) return DEFAULT_PORT;
  console.log(`Port ${DEFAULT_PORT} is taken; using a free one instead (choose with --port N).`);
  return 0;
}

async function main() {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  ensureE2eSetup({ log: (line) => console.log(line) });

  const load = (path) => tsImport(join(root, path), import.meta.url);
  const { createRunFolder } = await load('test/e2e/harness/runFolder.ts');
  const { startCodeServer } = await load('test/e2e/harness/codeServer.ts');
  const { installExtensionFolder } = await load('test/e2e/harness/installExtension.ts');

  const stateDir = resolve(values.dir ?? join(root, '.e2e/start'));
  const run = createRunFolder('state', stateDir);
  installExtensionFolder(run);
  // A scratch copy: the workbench auto-saves, and samples/ must stay as committed.
  const workspace = join(run.dir, 'lab');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(join(root, 'samples/lab'), workspace, { recursive: true });

  const server = await startCodeServer(run, { host: HOST, port: await choosePort(), folder: workspace });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server...');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`\nCloudFormation Exam Coach is running in VS Code (code-server) at: http://${HOST}:${server.port}/`);
  console.log(`The workspace is a scratch copy of samples/lab/ in ${workspace}`);
  console.log('Open broken-on-purpose.yaml to see a parse error in the Problems panel. Press Ctrl+C to stop.');
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
