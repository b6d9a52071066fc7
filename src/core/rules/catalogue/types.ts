/**
 * The exam-practice catalogue: checks written from the AWS documentation, each a piece of data
 * (id, topics, severity, explanation, the page it rests on) with a small function that finds its
 * hits. The engine (engine.ts) turns each into a lint rule with the same findings shape.
 */
import type { Fix, Severity } from '../../findings';
import type { NodePath, Span } from '../../model';
import type { CheckContext } from './support/context';

export type { CheckContext };

/** What the check says about a template, to explain it on hover. All in our own words. */
export interface CheckExplanation {
  /** What happens, in one or two sentences. */
  what: string;
  /** The exam angle: what the exam rewards or punishes here. */
  exam: string;
  /** The exam wording that points to this setting, e.g. "must not lose data when the stack is deleted". */
  scenario?: string;
  /** The trap, where there is one. */
  trap?: string;
}

/**
 * Why an error is an error: where the AWS documentation says CloudFormation or the service rejects
 * the request. `quote` is that sentence as the page words it (a short citation, never shown as ours).
 */
export interface RejectionEvidence {
  quote: string;
  url: string;
}

/** One place a check fires. */
export interface CheckHit {
  message: string;
  span: Span;
  path: NodePath;
  fixes?: Fix[];
  /** A rejection only the stacks given some parameter values meet (others deploy): a warning, not the check's error. */
  severity?: 'warning';
}

export interface CatalogueCheck {
  /** CX followed by four digits; the first digit after CX is the catalogue group. */
  id: string;
  /** One line: what is wrong, as a rule description. */
  title: string;
  /** Topic ids of ../shared/exam-topics.md (topics.json), main topic first. */
  topics: readonly string[];
  severity: Extract<Severity, 'error' | 'warning' | 'info'>;
  /** The AWS documentation page the check rests on (https://docs.aws.amazon.com/…). */
  url: string;
  /** Required for errors. */
  rejection?: RejectionEvidence;
  explanation: CheckExplanation;
  /**
   * The resource types whose declarations the check starts from: it runs only on templates that declare
   * one of them (most templates declare none of most checks' types).
   */
  resourceTypes: readonly string[];
  /** Set when the check reads resources of every type (resourceTypes then name the usual ones): it always runs. */
  readsEveryResource?: true;
  /**
   * Words without one of which in the text the check finds nothing (a dynamic reference's `{{resolve:`, a
   * condition key): `analyze` skips it on a text that has none, as it does the rules' `needsText`.
   */
  needsText?: readonly string[];
  run(context: CheckContext): CheckHit[];
}
