// When cfn-lint runs: it takes seconds and a process per run, so not on every pause in typing.

/** How long a document must stay unchanged after its analysis before cfn-lint runs on it (a save runs it at once). */
export const IDLE_MS = 1500;
/** Runs at the same time over all documents; the others wait their turn. */
export const MAX_CONCURRENT_RUNS = 2;

/** At most `limit` holders at once; the others wait in order. A wait ends early, without a slot, on abort. */
export class RunSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** True once a slot is held (release it); false when `signal` aborted first. */
  acquire(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const grant = (): void => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      };
      const onAbort = (): void => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  /** Hands the slot to the next waiter, if any. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  get inUse(): number {
    return this.active;
  }
}

/**
 * Waits until a document has been idle for `ms`, or until `wake` is called (it was saved). Resolves
 * true then, false when `signal` aborts first (a newer edit, or the document closed).
 */
export function idle(ms: number, signal: AbortSignal, onWake: (wake: () => void) => void): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (due: boolean): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(due);
    };
    const onAbort = (): void => finish(false);
    const timer = setTimeout(() => finish(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
    onWake(() => finish(true));
  });
}
