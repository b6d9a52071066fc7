import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient';

/** Restarts a crashed server a few times, then stops trying and says so, so a broken server never loops. */
export class LimitedRestartErrorHandler implements ErrorHandler {
  private readonly crashTimes: number[] = [];

  constructor(
    private readonly report: (message: string) => void,
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const time = this.now();
    this.crashTimes.push(time);
    while (this.crashTimes.length > 0 && time - this.crashTimes[0] > this.windowMs) this.crashTimes.shift();
    if (this.crashTimes.length <= this.maxRestarts) {
      return { action: CloseAction.Restart, message: 'The CloudFormation Exam Coach server stopped; restarting it.' };
    }
    const message =
      `The CloudFormation Exam Coach server stopped ${this.crashTimes.length} times in ${this.windowMs / 60_000} minutes ` +
      'and will not be restarted. See the output channel, then run "CloudFormation Exam Coach: Restart Language Server".';
    this.report(message);
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }
}
