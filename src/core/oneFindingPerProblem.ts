import type { Finding, Severity } from './findings';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** Exam-practice rules (CX…): the catalogue and the exam rules. */
export const isExamRuleId = (ruleId: string) => ruleId.startsWith('CX');
/** Exam-practice rules explain a problem that a schema or lint rule may report at the same place. */
const isExamFinding = (found: Finding) => isExamRuleId(found.ruleId);

/**
 * One finding per problem: where an exam-practice finding and another rule's finding cover the same
 * span, only the more severe is kept (the exam one on a tie, its message being the more specific),
 * and it carries the exam explanation and the quick fixes of both. Other findings pass unchanged.
 */
export function oneFindingPerProblem(findings: readonly Finding[]): Finding[] {
  let examCount = 0;
  for (const found of findings) if (isExamFinding(found)) examCount++;
  if (examCount === 0 || examCount === findings.length) return [...findings];
  const bySpan = new Map<string, Finding[]>();
  for (const found of findings) {
    const key = `${found.span.start}:${found.span.end}`;
    const group = bySpan.get(key);
    if (group) group.push(found);
    else bySpan.set(key, [found]);
  }
  const dropped = new Set<Finding>();
  const replaced = new Map<Finding, Finding>();
  for (const group of bySpan.values()) {
    const exam = group.filter(isExamFinding);
    const others = group.filter((found) => !isExamFinding(found));
    if (exam.length === 0 || others.length === 0) continue;
    for (const examFinding of exam) {
      const other = others.find((candidate) => !dropped.has(candidate));
      if (!other) break;
      const [kept, gone] = RANK[other.severity] > RANK[examFinding.severity] ? [other, examFinding] : [examFinding, other];
      dropped.add(gone);
      replaced.set(kept, merged(replaced.get(kept) ?? kept, gone));
    }
  }
  return findings.filter((found) => !dropped.has(found)).map((found) => replaced.get(found) ?? found);
}

function merged(kept: Finding, gone: Finding): Finding {
  const result: Finding = { ...kept };
  const explanation = kept.explanation ?? gone.explanation;
  if (explanation) result.explanation = explanation;
  const fixes = [...(kept.fixes ?? []), ...(gone.fixes ?? [])];
  if (fixes.length > 0) result.fixes = fixes;
  return result;
}
