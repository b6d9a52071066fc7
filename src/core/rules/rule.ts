import type { Finding } from '../findings';
import type { Template } from '../template';

/** A lint rule: one file each under rules/, registered in rules/index.ts. */
export interface Rule {
  /** cfn-lint compatible id where one exists, else our own (e.g. X… for exam practice). */
  readonly id: string;
  readonly description: string;
  /** The other ids its findings carry (cfn-lint's, where this rule checks what several of theirs do), each described. */
  readonly otherIds?: Readonly<Record<string, string>>;
  /** Exam topic ids (T01…) the rule teaches, for exam-practice rules. */
  readonly topics?: readonly string[];
  run(template: Template): Finding[];
}
