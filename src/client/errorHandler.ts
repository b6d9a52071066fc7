import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient';
import { RestartPolicy } from './restartPolicy';

/** Restarts a crashed server a few times, then stops trying and says so, so a broken server never loops. */
export class LimitedRestartErrorHandler implements ErrorHandler {
  private readonly policy: RestartPolicy;

  constructor(
    private readonly report: (message: string) => void,
    maxRestarts?: number,
    windowMs?: number,
    now?: () => number,
  ) {
    this.policy = new RestartPolicy(maxRestarts, windowMs, now);
  }

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.serverStopped();
    if (decision.restart) return { action: CloseAction.Restart, message: decision.message };
    this.report(decision.message);
    return { action: CloseAction.DoNotRestart, message: decision.message, handled: true };
  }
}
