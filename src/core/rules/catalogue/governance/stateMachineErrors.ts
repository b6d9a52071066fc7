/** T33: Step Functions states the service refuses: retriers and catchers with States.ALL not alone or not last, Wait states without exactly one wait, Choice states with End or Next. */
import type { NodePath } from '../../../model';
import type { CatalogueCheck } from '../types';
import { definitionHits, isObject, STATE_MACHINE_TYPES, type Plain } from './stateMachines';

const ERROR_HANDLING_PAGE = 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html';

/** Every state of a machine and of its Parallel branches and Map processors, with its path inside the definition. */
export function eachState(machine: Plain, base: NodePath, visit: (state: Plain, at: NodePath) => void): void {
  if (!isObject(machine.States)) return;
  for (const [name, state] of Object.entries(machine.States)) {
    if (!isObject(state)) continue;
    const at: NodePath = [...base, 'States', name];
    visit(state, at);
    if (Array.isArray(state.Branches)) state.Branches.forEach((branch, index) => isObject(branch) && eachState(branch, [...at, 'Branches', index], visit));
    for (const nested of ['Iterator', 'ItemProcessor'] as const) if (isObject(state[nested])) eachState(state[nested], [...at, nested], visit);
  }
}

interface Misplaced {
  inner: NodePath;
  why: string;
}

/** `States.ALL` written beside other error names, or in a retrier or catcher that is not the last one. */
function misplacedWildcards(machine: Plain): Misplaced[] {
  const found: Misplaced[] = [];
  eachState(machine, [], (state, at) => {
    for (const list of ['Retry', 'Catch'] as const) {
      const handlers = state[list];
      if (!Array.isArray(handlers)) continue;
      const noun = list === 'Retry' ? 'retrier' : 'catcher';
      handlers.forEach((handler, index) => {
        const errors = isObject(handler) ? handler.ErrorEquals : undefined;
        if (!Array.isArray(errors) || !errors.includes('States.ALL')) return;
        const inner = [...at, list, index, 'ErrorEquals'];
        if (errors.length > 1) found.push({ inner, why: `States.ALL is not alone in the ErrorEquals of a ${noun}` });
        else if (index < handlers.length - 1) found.push({ inner, why: `States.ALL is in a ${noun} that is not the last of ${list}` });
      });
    }
  });
  return found;
}

/** CX3318: States.ALL must be alone in its ErrorEquals, in the last retrier or catcher. */
export const stateMachineWildcardPlacement: CatalogueCheck = {
  id: 'CX3318',
  title: 'State machine retrier or catcher with States.ALL beside other errors or before other handlers',
  topics: ['T33'],
  severity: 'error',
  url: ERROR_HANDLING_PAGE,
  rejection: {
    quote:
      "The reserved name States.ALL that appears in a retrier's ErrorEquals field is a wildcard that matches any error name. It " +
      'must appear alone in the ErrorEquals array and must appear in the last retrier in the Retry array.',
    url: ERROR_HANDLING_PAGE,
  },
  explanation: {
    what:
      'Step Functions tries retriers and catchers in order and stops at the first whose ErrorEquals matches. States.ALL matches ' +
      'every error, so it must stand alone and come last (in Retry and in Catch): the definition is rejected otherwise.',
    exam:
      'retry the transient errors a task raises (Lambda.ServiceException, Lambda.TooManyRequestsException, States.Timeout) with ' +
      'backoff, then catch States.ALL last to send the execution to a compensation or notification state.',
    trap: 'a States.ALL retrier first would retry every error, including the ones the later retriers meant to treat differently.',
  },
  resourceTypes: [...STATE_MACHINE_TYPES],
  run: (context) =>
    definitionHits(
      context,
      misplacedWildcards,
      (machine, bad) => `In state machine '${machine}', ${bad.why}: Step Functions rejects the definition (States.ALL must stand alone, in the last handler)`,
    ),
};

const WAIT_PAGE = 'https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html';
const WAIT_FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];

/** Whether a field of a definition written in the template is there: `Ref: AWS::NoValue` is not, an `Fn::If` may be. */
function presence(value: unknown): 'yes' | 'no' | 'maybe' {
  if (value === undefined || (isObject(value) && value.Ref === 'AWS::NoValue')) return 'no';
  return isObject(value) && 'Fn::If' in value ? 'maybe' : 'yes';
}

/** Wait states that give none of the four ways to wait, or more than one. */
function waitsWithoutOneWay(machine: Plain): Misplaced[] {
  const found: Misplaced[] = [];
  eachState(machine, [], (state, at) => {
    if (state.Type !== 'Wait') return;
    const surely = WAIT_FIELDS.filter((field) => presence(state[field]) === 'yes');
    const maybe = WAIT_FIELDS.filter((field) => presence(state[field]) === 'maybe');
    if (surely.length === 1 || (surely.length === 0 && maybe.length > 0)) return;
    found.push({ inner: at, why: surely.length === 0 ? 'gives none of Seconds, Timestamp, SecondsPath or TimestampPath' : `gives ${surely.join(' and ')}` });
  });
  return found;
}

/** CX3319: a Wait state waits one way. */
export const stateMachineWaitFields: CatalogueCheck = {
  id: 'CX3319',
  title: 'State machine Wait state without exactly one of Seconds, Timestamp, SecondsPath or TimestampPath',
  topics: ['T33'],
  severity: 'error',
  url: WAIT_PAGE,
  rejection: { quote: 'You must specify exactly one of Seconds, Timestamp, SecondsPath, or TimestampPath.', url: WAIT_PAGE },
  explanation: {
    what:
      'A Wait state pauses for a number of seconds or until a time, written in the definition (Seconds, Timestamp) or read from ' +
      'the input (SecondsPath, TimestampPath). It takes exactly one of the four; Step Functions rejects the definition otherwise.',
    exam:
      'Wait states give a workflow its delays without paying for an idle Lambda function: wait before checking a job again, or until ' +
      'a maintenance window opens; Standard workflows can wait up to a year.',
  },
  resourceTypes: [...STATE_MACHINE_TYPES],
  run: (context) =>
    definitionHits(
      context,
      waitsWithoutOneWay,
      (machine, bad) => `Wait state '${String(bad.inner[bad.inner.length - 1])}' of state machine '${machine}' ${bad.why}: Step Functions takes exactly one of them`,
    ),
};

const CHOICE_PAGE = 'https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html';

/** Choice states that end the execution or name a Next of their own. */
function choicesWithTransitions(machine: Plain): Misplaced[] {
  const found: Misplaced[] = [];
  eachState(machine, [], (state, at) => {
    if (state.Type !== 'Choice') return;
    for (const field of ['End', 'Next']) {
      if (presence(state[field]) === 'yes') found.push({ inner: [...at, field], why: `has ${field}` });
    }
  });
  return found;
}

/** CX3322: a Choice state moves on only through its Choices and Default. */
export const stateMachineChoiceTransition: CatalogueCheck = {
  id: 'CX3322',
  title: 'State machine Choice state with End or Next',
  topics: ['T33'],
  severity: 'error',
  url: CHOICE_PAGE,
  rejection: { quote: 'Choice states do not support the End field. In addition, they use Next only inside their Choices field.', url: CHOICE_PAGE },
  explanation: {
    what:
      'A Choice state picks the next state from its Choices rules, each with its own Next, and falls back to Default when none ' +
      'matches. It cannot end the execution or name a Next of its own: Step Functions rejects such a definition.',
    exam:
      'branching in a workflow is a Choice state (approve or reject, retry or give up); to end after a branch, point the rule or ' +
      'Default at a Succeed or Fail state.',
    trap: 'without Default, an input no rule matches fails the execution with States.NoChoiceMatched.',
  },
  resourceTypes: [...STATE_MACHINE_TYPES],
  run: (context) =>
    definitionHits(
      context,
      choicesWithTransitions,
      (machine, bad) =>
        `Choice state '${String(bad.inner[bad.inner.length - 2])}' of state machine '${machine}' ${bad.why}: a Choice state moves on only through its Choices and Default`,
    ),
};
