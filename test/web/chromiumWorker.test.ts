import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, it } from 'node:test';

// Real headless Chromium, through the e2e harness's playwright-core (installed by scripts/e2e-setup.mjs).
const HARNESS = join(import.meta.dirname, '../e2e/harness');
const CHROMIUM = '/usr/bin/chromium';
const DIST = join(import.meta.dirname, '../../dist');
const available = existsSync(join(HARNESS, 'node_modules/playwright-core')) && existsSync(CHROMIUM);

/** The little of playwright-core used here (its types live in the harness, outside this folder's resolution). */
interface Route {
  request(): { url(): string };
  continue(): Promise<void>;
  fulfill(response: { status?: number; body: string | Buffer; contentType: string }): Promise<void>;
}
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<{
      newContext(): Promise<{
        route(pattern: string, handler: (route: Route) => Promise<void>): Promise<void>;
        newPage(): Promise<{ goto(url: string): Promise<unknown>; evaluate<R, A>(run: (arg: A) => R | Promise<R>, arg: A): Promise<R> }>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

type Browser = Awaited<ReturnType<Playwright['chromium']['launch']>>;

let browser: Browser | undefined;
let server: Server | undefined;
// Closed even when the test fails or times out.
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * dist/ served on the loopback interface, noting each path served. (Playwright's routing does not reach
 * the scripts of workers started inside a worker, so it cannot serve the analysis worker.)
 */
async function serveDist(served: string[]): Promise<string> {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(DIST, path);
    if (path.endsWith('/') || !existsSync(file)) {
      response.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html' }).end();
      return;
    }
    served.push(path);
    response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

interface Published {
  diagnostics: { code: string; range: { start: { line: number } } }[];
}

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibiltyTimeout: 30\n';

/** Runs in the page: starts the worker, speaks LSP to it, resolves with the first diagnostics published. */
function diagnosticsFromWorker({ text }: { text: string }): Promise<Published> {
  return new Promise((resolve, reject) => {
    const worker = new (globalThis as unknown as { Worker: new (url: string) => WorkerLike }).Worker('/browser/server.js');
    worker.onerror = (event: unknown) => reject(new Error(`worker error: ${String((event as { message?: string }).message)}`));
    worker.onmessage = ({ data }) => {
      if (data.method === 'textDocument/publishDiagnostics') resolve(data.params);
      if (data.id === 1) {
        worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
        const textDocument = { uri: 'vscode-vfs://github/example/repo/template.yaml', languageId: 'yaml', version: 1, text };
        worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument } });
      }
    };
    worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });

  interface WorkerLike {
    onmessage: (event: { data: { id?: number; method?: string; params: Published } }) => void;
    onerror: (event: unknown) => void;
    postMessage(message: unknown): void;
  }
}

it('the browser bundle runs in a real web worker in Chromium and publishes diagnostics', { skip: !available && 'the e2e harness (playwright-core) or Chromium is not installed', timeout: 60_000 }, async () => {
  const { chromium } = createRequire(join(HARNESS, 'package.json'))('playwright-core') as Playwright;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext();
  const served: string[] = [];
  const origin = await serveDist(served);
  // Every request is answered from dist/ on the loopback interface, and nothing reaches the network.
  await context.route('**/*', async (route) => {
    if (new URL(route.request().url()).origin === origin) await route.continue();
    else await route.fulfill({ status: 404, body: '', contentType: 'text/html' });
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const { diagnostics } = await page.evaluate(diagnosticsFromWorker, { text: TEMPLATE });
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'E3002' && diagnostic.range.start.line === 5));
  assert.ok(served.includes('/schema/index.json'), `served: ${served.join(', ')}`);
  // The analysis ran in the worker the server started inside its own.
  assert.ok(served.includes('/browser/analysisWorker.js'), `served: ${served.join(', ')}`);
});
