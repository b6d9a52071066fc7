/** What to do after the server process stopped: restart it, or give up and say why. */
export type RestartDecision = { restart: true; message: string } | { restart: false; message: string };

/**
 * Allows a few restarts within a time window, then refuses, so a server that dies at start-up is
 * not restarted forever. Pure (no editor imports), so it is unit-tested outside VS Code.
 */
export class RestartPolicy {
  private readonly crashTimes: number[] = [];

  constructor(
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that the server stopped, and decides. */
  serverStopped(): RestartDecision {
    const time = this.now();
    this.crashTimes.push(time);
    while (this.crashTimes.length > 0 && time - this.crashTimes[0] > this.windowMs) this.crashTimes.shift();
    if (this.crashTimes.length <= this.maxRestarts) {
      return { restart: true, message: 'The CloudFormation Exam Coach server stopped; restarting it.' };
    }
    const message =
      `The CloudFormation Exam Coach server stopped ${this.crashTimes.length} times in ${this.windowMs / 60_000} minutes ` +
      'and will not be restarted. See the output channel, then run "CloudFormation Exam Coach (CFN): Restart Language Server".';
    return { restart: false, message };
  }
}
