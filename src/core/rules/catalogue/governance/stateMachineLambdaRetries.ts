/** T33: a Task state that invokes Lambda with nothing to retry or catch the transient errors Lambda raises. */
import type { NodePath } from '../../../model';
import type { CatalogueCheck, CheckContext } from '../types';
import { eachState } from './stateMachineErrors';
import { definitionHits, isObject, STATE_MACHINE_TYPES, type Plain } from './stateMachines';

const LAMBDA_EXCEPTIONS_PAGE = 'https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html';

/** A Task Resource that invokes a Lambda function: the optimized integration or a function ARN. */
const LAMBDA_RESOURCE = /^arn:[^:]+:(states:::lambda:invoke|lambda:[^:]*:[^:]*:function:)/;
/** Error names that take in Lambda's transient service errors. */
const HANDLES_TRANSIENT = /^(Lambda\.(ServiceException|AWSLambdaException|SdkClientException|ClientExecutionTimeoutException)|States\.(ALL|TaskFailed))$/;

/** Whether a retrier or catcher takes in the transient errors (a computed handler list or error list may, too). */
function handlesTransient(state: Plain): boolean {
  for (const list of ['Retry', 'Catch'] as const) {
    const handlers = state[list];
    if (handlers === undefined) continue;
    if (!Array.isArray(handlers)) return true;
    for (const handler of handlers) {
      const errors = isObject(handler) ? handler.ErrorEquals : undefined;
      if (!Array.isArray(errors) || errors.some((error) => typeof error !== 'string' || HANDLES_TRANSIENT.test(error))) return true;
    }
  }
  return false;
}

/** `${Fn}` or `${Fn.Arn}` in a definition written with Fn::Sub, naming a function of the template. */
const SUBSTITUTED = /^\$\{([A-Za-z0-9]+)(\.Arn)?\}$/;
const FUNCTION_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

function invokesLambda(context: CheckContext, resource: unknown): boolean {
  if (typeof resource !== 'string') return false;
  if (LAMBDA_RESOURCE.test(resource)) return true;
  const named = SUBSTITUTED.exec(resource)?.[1];
  return named !== undefined && FUNCTION_TYPES.has(context.resource(named)?.type ?? '');
}

function unguardedLambdaTasks(context: CheckContext, machine: Plain): { inner: NodePath; name: string }[] {
  const found: { inner: NodePath; name: string }[] = [];
  eachState(machine, [], (state, at) => {
    if (state.Type !== 'Task' || !invokesLambda(context, state.Resource) || handlesTransient(state)) return;
    found.push({ inner: [...at, 'Resource'], name: String(at[at.length - 1]) });
  });
  return found;
}

/** CX3324: no Retry or Catch for Lambda.ServiceException and its kin on a Lambda task. */
export const stateMachineLambdaRetries: CatalogueCheck = {
  id: 'CX3324',
  title: 'State machine Task that invokes Lambda with no Retry or Catch for its transient service errors',
  topics: ['T33'],
  severity: 'warning',
  url: LAMBDA_EXCEPTIONS_PAGE,
  explanation: {
    what:
      'Invoking Lambda now and then fails with a transient service error (Lambda.ServiceException, Lambda.AWSLambdaException, ' +
      'Lambda.SdkClientException, Lambda.ClientExecutionTimeoutException). A Task with no retrier or catcher for them fails the ' +
      'whole execution on such a blip; AWS recommends retrying them with backoff (or catching them).',
    exam:
      'self-healing workflows: Retry with IntervalSeconds, MaxAttempts and BackoffRate for transient errors, Lambda.TooManyRequestsException ' +
      'for throttling, then Catch States.ALL last to route the failure to a compensation or notification state.',
    trap: 'Lambda.Unknown (out of memory, timeout) is a different error: a retrier for the service exceptions does not catch it.',
  },
  resourceTypes: [...STATE_MACHINE_TYPES],
  run: (context) =>
    definitionHits(
      context,
      (machine) => unguardedLambdaTasks(context, machine),
      (machine, task) =>
        `Task '${task.name}' of state machine '${machine}' invokes Lambda with no Retry or Catch for Lambda's transient service errors: one blip fails the execution; retry Lambda.ServiceException, Lambda.AWSLambdaException and Lambda.SdkClientException with backoff`,
    ),
};
