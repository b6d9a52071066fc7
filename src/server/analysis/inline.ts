import type { AnalysisService } from './service';
import type { JobMessage, WorkerMessage, WorkerPort } from './protocol';

/**
 * Jobs run on the server's own thread, one per turn of the event loop: for hosts that cannot start a
 * worker, and for tests that bring their own rules. Nothing can stop a job here, so no budget applies.
 */
export function inlinePort(service: AnalysisService): WorkerPort {
  let listener: ((message: WorkerMessage) => void) | undefined;
  return {
    postMessage(message) {
      setTimeout(() => listener?.(service.handle(message as JobMessage)), 0);
    },
    onMessage(onMessage) {
      listener = onMessage;
      setTimeout(() => listener?.({ ready: true }), 0);
    },
    onError() {},
    terminate() {
      listener = undefined;
    },
  };
}
