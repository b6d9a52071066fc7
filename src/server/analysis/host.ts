/**
 * The main thread's side of the analysis worker: runs jobs one at a time, each within a time budget.
 * A job past its budget is abandoned: the worker is stopped and a fresh one started, and the job fails
 * with AnalysisStopped, so the thread answering LSP messages is never the one that waits.
 */
import type { AnalysisJob, JobResults, WorkerMessage, WorkerPort } from './protocol';

/** How long one job may take per document, plus a little per megabyte (the analysis is linear in the text). */
export const BUDGET_MS = 2000;
export const BUDGET_MS_PER_MB = 1000;
/** Past this many budgets of wall-clock time a job is stopped, whatever processor time it was given. */
const WALL_CLOCK_FACTOR = 20;
const MIN_RECHECK_MS = 50;

/** A job that did not finish: past its budget, its worker crashed, or a newer job for the same document replaced it. */
export class AnalysisStopped extends Error {
  constructor(
    readonly reason: 'budget' | 'crashed' | 'replaced' | 'closed',
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  job: AnalysisJob;
  budgetMs: number;
  resolve(result: unknown): void;
  reject(error: Error): void;
  /** Jobs with the same key replace each other while they wait. */
  key?: string;
}

export interface AnalysisHostOptions {
  /** Starts a worker; throws when none can be started (then jobs run on this thread, without a budget). */
  startWorker(): WorkerPort;
  /** Runs jobs on this thread: for hosts without workers. */
  inline(): WorkerPort;
  log(message: string): void;
  /** No worker was asked for: running inline is expected, not worth a log line. */
  quiet?: boolean;
}

export class AnalysisHost {
  private port!: WorkerPort;
  private ready = false;
  private inline = false;
  private readonly queue: Pending[] = [];
  private running: { pending: Pending; id: number; timer?: ReturnType<typeof setTimeout>; startedAt: number; cpuAtStart?: number } | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: AnalysisHostOptions) {
    this.start();
  }

  /** Runs a job; `budgetMs` defaults to the budget of the document(s) it carries. */
  run<K extends AnalysisJob['kind']>(job: Extract<AnalysisJob, { kind: K }>, key?: string): Promise<JobResults[K]> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { job, budgetMs: budgetOf(job), resolve: resolve as (result: unknown) => void, reject, key };
      if (key !== undefined) {
        const index = this.queue.findIndex((waiting) => waiting.key === key);
        if (index >= 0) this.queue.splice(index, 1)[0].reject(new AnalysisStopped('replaced', 'a newer job replaced this one'));
      }
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Whether jobs run in a worker (so a budget can be enforced). */
  get usesWorker(): boolean {
    return !this.inline;
  }

  dispose(): void {
    this.disposed = true;
    this.stopRunning(new AnalysisStopped('closed', 'the server is shutting down'));
    for (const pending of this.queue.splice(0)) pending.reject(new AnalysisStopped('closed', 'the server is shutting down'));
    this.port.terminate();
  }

  private start(): void {
    this.ready = false;
    try {
      this.port = this.inline ? this.options.inline() : this.options.startWorker();
    } catch (error) {
      if (!this.options.quiet) this.options.log(`The analysis worker could not start (${String(error)}): analysis runs on the server's own thread, without a time budget.`);
      this.inline = true;
      this.port = this.options.inline();
    }
    const port = this.port;
    port.onMessage((message) => port === this.port && this.onMessage(message as WorkerMessage));
    port.onError((error) => port === this.port && this.onCrash(error));
  }

  private onMessage(message: WorkerMessage): void {
    if ('ready' in message) {
      this.ready = true;
      this.pump();
      return;
    }
    const running = this.running;
    if (!running || running.id !== message.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if ('error' in message) running.pending.reject(new Error(message.error));
    else running.pending.resolve(message.result);
    this.pump();
  }

  private pump(): void {
    if (this.disposed || this.running || !this.ready) return;
    const pending = this.queue.shift();
    if (!pending) return;
    const id = this.nextId++;
    this.running = { pending, id, startedAt: Date.now(), cpuAtStart: this.port.cpuTimeMs?.() };
    if (!this.inline) this.running.timer = setTimeout(() => this.onBudgetSpent(id), pending.budgetMs);
    this.port.postMessage({ id, job: pending.job });
  }

  /**
   * The budget counts the worker's processor time where it can be read, so a busy machine that lends
   * the worker little of it does not stop a job that would finish: the check is put off until the
   * worker has really used its budget (or a wall-clock time many times longer has passed).
   */
  private onBudgetSpent(id: number): void {
    const running = this.running;
    if (running?.id !== id) return;
    const budget = running.pending.budgetMs;
    const cpuNow = running.cpuAtStart === undefined ? undefined : this.port.cpuTimeMs?.();
    const used = cpuNow === undefined ? budget : cpuNow - running.cpuAtStart!;
    if (used < budget && Date.now() - running.startedAt < WALL_CLOCK_FACTOR * budget) {
      running.timer = setTimeout(() => this.onBudgetSpent(id), Math.max(MIN_RECHECK_MS, budget - used));
      return;
    }
    const seconds = (budget / 1000).toFixed(1).replace(/\.0$/, '');
    this.restart(new AnalysisStopped('budget', `it had not finished after ${seconds} s of work`));
  }

  private onCrash(error: Error): void {
    if (!this.ready && !this.running) {
      // A worker that dies before it is even loaded will not do better next time.
      this.options.log(`The analysis worker failed to load (${error.message}): analysis runs on the server's own thread, without a time budget.`);
      this.inline = true;
      this.port.terminate();
      this.start();
      return;
    }
    this.options.log(`The analysis worker stopped: ${error.message}`);
    this.restart(new AnalysisStopped('crashed', `the analysis stopped (${error.message})`));
  }

  /** Abandons the running job: a fresh worker takes the queue. */
  private restart(reason: AnalysisStopped): void {
    this.stopRunning(reason);
    this.port.terminate();
    if (this.disposed) return;
    this.start();
  }

  private stopRunning(reason: AnalysisStopped): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.pending.reject(reason);
  }
}

function budgetOf(job: AnalysisJob): number {
  const documents = job.kind === 'studyCoverage' ? job.files : job.kind === 'forget' ? [] : [job];
  const megabytes = documents.reduce((sum, document) => sum + document.text.length, 0) / 1_000_000;
  return Math.max(1, documents.length) * BUDGET_MS + Math.round(megabytes * BUDGET_MS_PER_MB);
}
