import type { WorkerPort } from './protocol';

/** The little of a web worker used here (the project compiles without the DOM library). */
interface WebWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault(): void }) => void): void;
  terminate(): void;
}

declare const Worker: (new (url: string) => WebWorker) | undefined;

/**
 * A nested web worker running dist/browser/analysisWorker.js, started from the server's own worker.
 * Throws where the host offers no Worker inside a worker: the analysis then runs on the server's thread.
 */
export function webWorkerPort(url: string): WorkerPort {
  if (typeof Worker !== 'function') throw new Error('this web worker cannot start a nested worker');
  const worker = new Worker(url);
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onError: (listener) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(new Error(event.message ?? 'the worker failed'));
      }),
    terminate: () => worker.terminate(),
  };
}
