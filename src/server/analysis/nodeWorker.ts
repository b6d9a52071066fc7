import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerPort } from './protocol';

/** The bundled worker script, beside dist/server.js. */
export const NODE_WORKER_SCRIPT = join(__dirname, 'analysisWorker.js');

/** A heap limit for the worker: a template that makes the analysis allocate without end stops it, not the server. */
const WORKER_HEAP_MB = 1024;
/**
 * V8 grows a thread's young generation to 48 MB under the allocation of parsing; 16 MB keeps the server
 * about 14 MB smaller with 40 templates open and re-lints as fast (measured with npm run bench).
 */
const WORKER_YOUNG_MB = 16;

/** Where the entry (dist/server.js) leaves the worker it started, for the server bundle it then loads. */
const EARLY_WORKER = Symbol.for('cfnCoach.earlyAnalysisWorker');
type WithEarlyWorker = typeof globalThis & { [EARLY_WORKER]?: Worker };

/**
 * Starts the analysis worker before the server's own bundle loads, so that both load side by side: the
 * first document's diagnostics then need not wait for the worker (about 90 ms on a first start). The
 * server takes it over in its first nodeWorkerPort(); its listeners are attached in the same turn.
 */
export function startEarlyWorker(): void {
  (globalThis as WithEarlyWorker)[EARLY_WORKER] = newWorker(NODE_WORKER_SCRIPT);
}

function newWorker(script: string): Worker {
  return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/** The worker started early, once (a restart after a crash starts a new one). */
function takeEarlyWorker(script: string): Worker | undefined {
  const global = globalThis as WithEarlyWorker;
  const early = global[EARLY_WORKER];
  delete global[EARLY_WORKER];
  if (early && script !== NODE_WORKER_SCRIPT) void early.terminate();
  return script === NODE_WORKER_SCRIPT ? early : undefined;
}

/** A worker thread running src/server/analysisWorker.ts. */
export function nodeWorkerPort(script: string = NODE_WORKER_SCRIPT): WorkerPort {
  const worker = takeEarlyWorker(script) ?? newWorker(script);
  // The server exits when the client says so; a worker busy on a job must not keep it alive.
  worker.unref();
  let terminated = false;
  let thread: number | undefined;
  worker.on('message', (message: { ready?: true; thread?: number }) => {
    if (message.ready) thread = message.thread;
  });
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    cpuTimeMs: () => (thread === undefined || terminated ? undefined : threadCpuMs(thread)),
    onError(listener) {
      worker.on('error', listener);
      worker.on('exit', (code) => terminated || listener(new Error(`the worker exited with code ${code}`)));
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}

/** Linux reports times in /proc in ticks of 1/100 s (USER_HZ) on every architecture. */
const MS_PER_TICK = 10;

/** User + system time of one thread of this process, from /proc/self/task/<id>/stat; undefined elsewhere. */
function threadCpuMs(thread: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
    // After the command name in parentheses: state is field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}
