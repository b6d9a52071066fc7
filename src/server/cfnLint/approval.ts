import type { Connection } from 'vscode-languageserver';
import { APPROVE_EXECUTABLE_REQUEST, type ApproveExecutableParams } from '../../shared/initialization';

/**
 * Whether the user allows running a program, asked of the client once per path while the server runs
 * (the client remembers answers across sessions). A client that does not know the request, or fails to
 * answer, allows nothing.
 */
export class ExecutableApprovals {
  private readonly answers = new Map<string, Promise<boolean>>();

  constructor(private readonly connection: Connection) {}

  allowed(params: ApproveExecutableParams): Promise<boolean> {
    let answer = this.answers.get(params.executable);
    if (!answer) {
      answer = this.connection.sendRequest<unknown>(APPROVE_EXECUTABLE_REQUEST, params).then(
        (allowed) => allowed === true,
        () => false,
      );
      this.answers.set(params.executable, answer);
    }
    return answer;
  }
}
