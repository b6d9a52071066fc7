/** A stand-in question bank for tests (the real bank is data of its own, checked by its own test). */
import type { DomainId } from '../../../src/core/knowledge/note';
import type { Question, TemplateQuestion } from '../../../src/core/practice/types';

export function bankQuestion(id: string, topics: string[], domain: DomainId, answers: string[] = ['B']): Question {
  const count = answers.length === 1 ? 4 : 5;
  return {
    id,
    stem: `Stem of ${id}`,
    options: 'ABCDE'.slice(0, count).split('').map((letter) => ({ id: letter, text: `${id} option ${letter}`, why: `Why ${letter}` })),
    answers,
    topics,
    domain,
    notes: ['asg-health-check-type'],
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-checks-overview.html',
  };
}

export function templateQuestion(id: string, kind: string, uri: string, topics: string[], domain: DomainId): TemplateQuestion {
  return { ...bankQuestion(id, topics, domain), kind, uri, path: ['Resources', 'X'] };
}

/** `perDomain` questions in each domain, topics cycling through the domain's topics. */
export function fixtureBank(perDomain: number): Question[] {
  const topics: Record<DomainId, string[]> = { D1: ['T01', 'T04', 'T06'], D2: ['T13', 'T15'], D3: ['T07', 'T09', 'T26'], D4: ['T31'], D5: ['T30'], D6: ['T21', 'T32'] };
  return (Object.keys(topics) as DomainId[]).flatMap((domain) =>
    Array.from({ length: perDomain }, (_, index) => bankQuestion(`bank-${domain}-${index}`, [topics[domain][index % topics[domain].length]], domain)),
  );
}
