/**
 * Which exam-practice problem this resource has as written: the answer is a catalogue check that
 * fires on it, the other options are checks for the same resource type that ran and found nothing.
 */
import type { Finding } from '../../../findings';
import type { DomainId } from '../../../knowledge/note';
import { ALL_NOTES } from '../../../knowledge/notes';
import { CATALOGUE_CHECKS } from '../../../rules/catalogue';
import type { CatalogueCheck } from '../../../rules/catalogue/types';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import { studyTopics } from '../../../study/topics';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const CHECKS_BY_ID = new Map(CATALOGUE_CHECKS.map((check) => [check.id, check]));

export const catalogueFinding: QuestionKind = {
  kind: 'catalogue-finding',
  title: 'Which exam-practice problem this resource has',
  topics: ['T28'],
  domain: 'D2',
  needs: ['findings'],
  generate(context) {
    const findings = context.findings().filter((found) => CHECKS_BY_ID.has(found.ruleId) && found.severity !== 'info');
    return resourceDeclarations(context.template.root)
      .map((resource) => questionFor(context, resource, findings.filter((found) => found.path?.[0] === 'Resources' && found.path[1] === resource.logicalId)))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, resource: ResourceDeclaration, findings: Finding[]): TemplateQuestion | undefined {
  const hit = findings[0];
  const check = hit && CHECKS_BY_ID.get(hit.ruleId)!;
  if (!check || resource.type === undefined) return undefined;
  const fired = new Set(findings.map((found) => found.ruleId));
  const quiet = CATALOGUE_CHECKS.filter((other) => other.resourceTypes.includes(resource.type!) && !fired.has(other.id) && other.title !== check.title);
  const notes = notesFor(resource.type, check);
  if (notes.length === 0) return undefined;
  return buildQuestion(catalogueFinding, context, {
    subject: resource.logicalId,
    path: resourcePath(resource),
    stem: `A reviewer checks ${resourceLabel(resource)} in \`${context.fileName}\` against exam best practice. Which of these problems does it have as written?`,
    right: [{ text: check.title, why: `${hit.message}. ${check.explanation.what}` }],
    wrong: quiet.map((other) => ({ text: other.title, why: `Not in this template: the check for it (${other.id}) reads \`${resource.logicalId}\` and finds nothing.` })),
    notes,
    url: check.url,
    topics: [...check.topics],
    domain: domainOfTopic(check.topics[0]),
  });
}

/** The notes on the resource type itself, else those of the check's main topic. */
function notesFor(type: string, check: CatalogueCheck): string[] {
  const own = ALL_NOTES.filter((note) => note.key.type === type && note.key.path === undefined).map((note) => note.id);
  return own.length > 0 ? own.slice(0, 1) : ALL_NOTES.filter((note) => note.topics[0] === check.topics[0]).map((note) => note.id).slice(0, 1);
}

function domainOfTopic(topic: string): DomainId {
  return studyTopics().find((candidate) => candidate.id === topic)?.domains[0] ?? 'D2';
}
