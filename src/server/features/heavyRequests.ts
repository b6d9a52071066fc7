import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { AnalysisStopped } from '../analysis/host';

/** The error a heavy request (graph, study) answers with when the analysis worker did not finish it. */
export function heavyRequestError(what: string, error: unknown): ResponseError<void> {
  const why = error instanceof AnalysisStopped ? error.message : String(error);
  return new ResponseError(LSPErrorCodes.RequestFailed, `${what} could not be made: ${why}`);
}
