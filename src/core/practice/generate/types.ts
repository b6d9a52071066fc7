/**
 * Generators of questions about an open template: one kind per file under kinds/, listed as data in
 * index.ts. Each reads the template model (and, where it says so, the resource schema or the lint
 * findings) and computes its answer, so the question is right by construction for this template.
 */
import type { Finding } from '../../findings';
import type { DomainId } from '../../knowledge/note';
import type { CheckContext } from '../../rules/catalogue/support/context';
import type { Schema } from '../../schema/schema';
import type { Template } from '../../template';
import type { TemplateQuestion } from '../types';

/**
 * What a kind needs beyond the template model. Kinds whose needs the host cannot meet are skipped.
 * `simulator` is for the deployment simulator (src/core/simulate/, issue 14): kinds built on it are
 * registered once it lands and get it through `GenerateContext.simulator`.
 */
export type KindNeed = 'schema' | 'findings' | 'simulator';

export interface GenerateContext {
  uri: string;
  /** The file name the stems show, e.g. `app.yaml`. */
  fileName: string;
  template: Template;
  checks: CheckContext;
  /** The resource schema (update behaviour of each property), when the host loaded it. */
  schema: Schema | undefined;
  /** The template's lint findings (computed once, on first use). */
  findings(): readonly Finding[];
  /** The deployment simulator, once it exists (see KindNeed). */
  simulator?: unknown;
}

export interface QuestionKind {
  /** Stable id, the first part of each question's id: `replacing-property`. */
  kind: string;
  /** What the kind asks, for listings and tests. */
  title: string;
  /** Main topic first; a kind may give a question other topics where the resource calls for them. */
  topics: readonly string[];
  domain: DomainId;
  needs: readonly KindNeed[];
  /** The questions about this template; none when it has nothing the kind can ask about. */
  generate(context: GenerateContext): TemplateQuestion[];
}
