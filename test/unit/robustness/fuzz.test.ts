import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Exercised } from '../../fixtures/hostile/exercise';
import type { FuzzJob, FuzzMessage } from '../../fixtures/hostile/fuzzWorker';
import { SEEDS } from '../../fixtures/hostile/seeds';
import { BUDGET_MS } from '../../../src/server/analysis/host';

// Fixed seed and bounded runs, so the test command is repeatable; `npm run fuzz` runs the corpus at length.
const SEED = 20_260_707;
const MAX_CALL_MS = 1000;
// A case still running after this long is stuck (an infinite loop): its worker is stopped and the case shown.
const STUCK_MS = 10_000;
const WORKER = join(import.meta.dirname, '../../fixtures/hostile/fuzzWorker.ts');

let bundled: string | undefined;
// The bundle's folder goes with the run: a temporary folder per run would pile up in the system's.
after(() => {
  if (bundled) rmSync(dirname(bundled), { recursive: true, force: true });
});

/** The worker bundled to plain JavaScript (tsx's hooks do not reach worker threads). */
function workerBundle(): string {
  if (bundled) return bundled;
  bundled = join(mkdtempSync(join(tmpdir(), 'cfn-fuzz-')), 'fuzzWorker.cjs');
  buildSync({ entryPoints: [WORKER], outfile: bundled, bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  return bundled;
}

/** Runs a fuzz job in a worker thread; rejects with the stuck case when a call never returns. */
function fuzz(job: FuzzJob, stuckMs = STUCK_MS): Promise<{ slowest: Exercised; failure?: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBundle(), { workerData: job });
    let lastCase = '';
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`a core call did not return within ${stuckMs} ms on: ${lastCase}`));
      }, stuckMs);
    };
    worker.on('message', (message: FuzzMessage) => {
      if (message.kind === 'case') {
        lastCase = message.description;
        arm();
      } else {
        clearTimeout(watchdog);
        void worker.terminate();
        resolve(message);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(watchdog);
      reject(error);
    });
    // The watchdog starts with the first case: loading the worker (the schema, the rules) is no core call,
    // and on a busy machine it can take seconds; the runner's own test timeout covers a worker that never starts.
  });
}

describe('the server\'s calls on templates built to be expensive', () => {
  // Loops with many placeholders, backtracking patterns, long lists, long and fanned reference chains,
  // deep nesting: each call must finish within the budget the server gives a job (2 s of CPU, and more
  // per megabyte), so no such template makes the server stop an analysis.
  // A case runs every call, some on the yaml package too: its wall-clock watchdog is longer.
  const HEAVY_STUCK_MS = 120_000;
  it(`heavy: no exception escapes and no call takes more than its budget of CPU time`, { timeout: 30 * HEAVY_STUCK_MS }, async () => {
    const { slowest, failure } = await fuzz({ subject: 'heavy', seed: SEED, numRuns: 30 }, HEAVY_STUCK_MS);
    assert.equal(failure, undefined);
    assert.ok(slowest.slowestMs < BUDGET_MS, `${slowest.slowestCall} took ${slowest.slowestMs.toFixed(0)} ms of CPU`);
  });
});

describe('the core on mutated and generated templates', () => {
  const subjects = [...SEEDS.map((seed) => [seed.name, 150] as const), ['generated', 200] as const, ['generated+mutated', 150] as const];
  for (const [subject, numRuns] of subjects) {
    it(`${subject}: no exception escapes and no call takes ${MAX_CALL_MS} ms of CPU`, async () => {
      const { slowest, failure } = await fuzz({ subject, seed: SEED, numRuns });
      assert.equal(failure, undefined);
      assert.ok(slowest.slowestMs < MAX_CALL_MS, `${slowest.slowestCall} took ${slowest.slowestMs.toFixed(0)} ms of CPU`);
    });
  }
});
