/** The exam knowledge base's data model: notes live as JSON under notes/, checked by note.schema.json. */

export type DomainId = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6';

/** Where a note applies. Every field that is set must match. */
export interface NoteKey {
  /** A resource type, or '*' for any resource; absent for template-level notes (e.g. `Transform`). */
  type?: string;
  /**
   * Dotted keys from the resource's own map (`Properties.HealthCheckType`, `UpdatePolicy.AutoScalingRollingUpdate`)
   * or, without a type, from the template root (`Transform`). List indexes are left out; `*` matches any one key.
   */
  path?: string;
  /** An intrinsic function in long form, e.g. `Fn::ImportValue`. */
  intrinsic?: string;
  /** The note applies only where the value at `path` is this scalar, e.g. `PRIMARY`. */
  value?: string;
  /** The note applies to any string value containing this text, e.g. `{{resolve:ssm-secure:`. */
  valueContains?: string;
}

export interface Note {
  /** Stable, unique, kebab-case: `asg-rolling-min-in-service`. */
  id: string;
  key: NoteKey;
  /** Topic ids from exam-topics.md, e.g. ['T09']. */
  topics: string[];
  domain: DomainId;
  /** The short text shown at the end of the line: at most 70 characters. */
  inline: string;
  /**
   * The settings the inline text asks for ("set RetentionInDays", "add an UpdatePolicy"), as dotted keys in the
   * resource (as in `key.path`), each with `=VALUE` when it asks for a value (a comma-separated value may list it).
   * A resource that has them all gets no inline hint from the note, which would contradict it; its hover still shows the note.
   */
  inlineAsksFor?: string[];
  /** What the setting or resource does (Markdown). */
  does: string;
  /** The exam angle: which scenario wording points here and which answer it makes right (Markdown). */
  exam: string;
  /** The wrong belief or easy mistake, where one exists (Markdown). */
  trap?: string;
  /**
   * Dotted keys in the resource (as in `key.path`) that defuse the trap: a resource that sets them
   * is not caught by it (the study sheet lists only traps that apply), e.g. `UpdatePolicy`.
   */
  trapUnless?: string;
  /**
   * Dotted keys in the resource without which the trap cannot happen, e.g. `UpdatePolicy.AutoScalingReplacingUpdate`;
   * with `=value`, the key set to that literal (`Properties.Type=SecureString`).
   */
  trapOnlyWith?: string;
  /** Settings that go with this one. */
  related?: string[];
  /** The AWS documentation page the note rests on. */
  url: string;
}

export const INLINE_MAX_LENGTH = 70;
