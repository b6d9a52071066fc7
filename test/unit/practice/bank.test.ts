import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { ALL_NOTES, allTopics, domainOf, type DomainId } from '../../../src/core/knowledge';
import { BANK_FILES, QUESTION_BANK } from '../../../src/core/practice/bank';
import type { Question } from '../../../src/core/practice/types';
import questionSchema from '../../../src/core/practice/bank/question.schema.json';

const BANK_DIR = join(import.meta.dirname, '../../../src/core/practice/bank');
const bankFileNames = readdirSync(BANK_DIR).filter((name) => name.endsWith('.json') && name !== 'question.schema.json');
const DOMAINS: DomainId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];
const OPTION_IDS = 'ABCDEF';
const CHOOSE: Record<number, string | undefined> = { 1: undefined, 2: 'two', 3: 'three' };
/** Stems sharing this share of their words are one question asked twice. */
const NEAR_DUPLICATE = 0.5;

describe('bank files', () => {
  const validate = new Ajv({ allErrors: true }).compile(questionSchema);

  for (const name of bankFileNames) {
    it(`${name} matches question.schema.json`, () => {
      const valid = validate(JSON.parse(readFileSync(join(BANK_DIR, name), 'utf8')));
      assert.deepEqual(validate.errors ?? [], []);
      assert.equal(valid, true);
    });
  }

  it('are all bundled (bank/index.ts imports every file)', () => {
    assert.deepEqual(Object.keys(BANK_FILES).sort(), bankFileNames.map((name) => name.replace(/\.json$/, '')).sort());
  });

  it('hold the questions of the domain their name starts with', () => {
    const misplaced = Object.entries(BANK_FILES).flatMap(([name, questions]) =>
      questions.filter((question) => !name.startsWith(question.domain.toLowerCase() + '-')).map((question) => `${name}: ${question.id}`),
    );
    assert.deepEqual(misplaced, []);
  });
});

describe('the question bank', () => {
  it('holds at least 210 questions', () => {
    assert.ok(QUESTION_BANK.length >= 210, `${QUESTION_BANK.length} questions`);
  });

  it('has unique ids named after the first topic (bank-tNN-n)', () => {
    const ids = QUESTION_BANK.map((question) => question.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    const misnamed = QUESTION_BANK.filter((question) => !question.id.startsWith(`bank-${question.topics[0].toLowerCase()}-`));
    assert.deepEqual(misnamed.map((question) => question.id), []);
  });

  it('gives 4 options with one answer, or 5–6 options with 2–3 answers, lettered in order', () => {
    const wrong = QUESTION_BANK.filter((question) => {
      const shapeOk = question.options.length === 4 ? question.answers.length === 1 : question.answers.length >= 2 && question.answers.length <= 3;
      const lettersOk = question.options.every((option, i) => option.id === OPTION_IDS[i]);
      return !shapeOk || !lettersOk;
    });
    assert.deepEqual(wrong.map((question) => question.id), []);
  });

  it('names answers that are options of the question', () => {
    const wrong = QUESTION_BANK.filter((question) => !question.answers.every((answer) => question.options.some((option) => option.id === answer)));
    assert.deepEqual(wrong.map((question) => question.id), []);
  });

  it('says how many to choose exactly when there is more than one answer', () => {
    const wrong = QUESTION_BANK.filter((question) => question.stem.match(/\(Choose (two|three)\.\)$/)?.[1] !== CHOOSE[question.answers.length]);
    assert.deepEqual(wrong.map((question) => question.id), []);
  });

  it('explains every option in its own words (no two options share a text or an explanation)', () => {
    const wrong = QUESTION_BANK.filter((question) => {
      const texts = question.options.map((option) => option.text);
      const whys = question.options.map((option) => option.why);
      return new Set(texts).size !== texts.length || new Set(whys).size !== whys.length || whys.some((why) => why.trim().length < 30);
    });
    assert.deepEqual(wrong.map((question) => question.id), []);
  });

  it('rests on exam notes that exist, one of them on the question’s first topic', () => {
    const notes = new Map(ALL_NOTES.map((note) => [note.id, note]));
    const missing = QUESTION_BANK.flatMap((question) => question.notes.filter((id) => !notes.has(id)).map((id) => `${question.id}: ${id}`));
    assert.deepEqual(missing, []);
    const offTopic = QUESTION_BANK.filter((question) => !question.notes.some((id) => notes.get(id)?.topics.includes(question.topics[0])));
    assert.deepEqual(offTopic.map((question) => question.id), []);
  });

  it('names only topic ids that exist', () => {
    const known = new Set(allTopics().map((topic) => topic.id));
    assert.deepEqual(QUESTION_BANK.flatMap((question) => question.topics.filter((id) => !known.has(id)).map((id) => `${question.id}: ${id}`)), []);
  });

  it('links an AWS documentation page', () => {
    const wrong = QUESTION_BANK.filter((question) => !/^https:\/\/docs\.aws\.amazon\.com\/\S+$/.test(question.url));
    assert.deepEqual(wrong.map((question) => question.id), []);
  });

  it('covers every topic T01–T33 with at least 4 questions about it (as first topic)', () => {
    const topics = allTopics().map((topic) => topic.id);
    assert.equal(topics.length, 33);
    const count = (id: string): number => QUESTION_BANK.filter((question) => question.topics[0] === id).length;
    assert.deepEqual(topics.filter((id) => count(id) < 4).map((id) => `${id} (${count(id)})`), []);
  });

  it('spreads the domains within 5 points of the exam weights', () => {
    const share = (domain: DomainId): number => (100 * QUESTION_BANK.filter((question) => question.domain === domain).length) / QUESTION_BANK.length;
    const off = DOMAINS.filter((domain) => Math.abs(share(domain) - domainOf(domain).weight) > 5);
    assert.deepEqual(off.map((domain) => `${domain}: ${share(domain).toFixed(1)}% (weight ${domainOf(domain).weight}%)`), []);
  });

  it('asks no question twice (no equal or near-equal stems)', () => {
    const pairs: string[] = [];
    const words = QUESTION_BANK.map((question) => stemWords(question.stem));
    for (let i = 0; i < QUESTION_BANK.length; i++) {
      for (let j = i + 1; j < QUESTION_BANK.length; j++) {
        if (similarity(words[i], words[j]) >= NEAR_DUPLICATE) pairs.push(`${QUESTION_BANK[i].id} ~ ${QUESTION_BANK[j].id}`);
      }
    }
    assert.deepEqual(pairs, []);
  });

  it('varies the position of the right answer', () => {
    const single = QUESTION_BANK.filter((question) => question.answers.length === 1);
    const atPosition = (id: string): number => single.filter((question) => question.answers[0] === id).length / single.length;
    const skewed = [...'ABCD'].filter((id) => atPosition(id) < 0.15 || atPosition(id) > 0.35);
    assert.deepEqual(skewed.map((id) => `${id}: ${(100 * atPosition(id)).toFixed(0)}%`), []);
    const multi = QUESTION_BANK.filter((question) => question.answers.length > 1);
    const neverRight = [...'ABCDE'].filter((id) => !multi.some((question) => question.answers.includes(id)));
    assert.deepEqual(neverRight, []);
  });
});

function stemWords(stem: string): Set<string> {
  return new Set(stem.toLowerCase().match(/[a-z0-9][a-z0-9.:-]{3,}/g) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

describe('the README', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

  it('gives the number of questions the bank holds, and per domain', () => {
    assert.equal(readme.match(/\*\*Question bank:\*\* (\d+) exam-style questions/)?.[1], String(QUESTION_BANK.length));
    const perDomain = DOMAINS.map((domain) => `${domain} ${QUESTION_BANK.filter((question) => question.domain === domain).length}`).join(', ');
    assert.ok(readme.replace(/\s+/g, ' ').includes(`(${perDomain})`), perDomain);
  });
});

function bankQuestion(id: string): Question {
  const found = QUESTION_BANK.find((candidate) => candidate.id === id);
  assert.ok(found, `bank question ${id}`);
  return found;
}

function bankOption(id: string, letter: string) {
  const found = bankQuestion(id).options.find((candidate) => candidate.id === letter);
  assert.ok(found, `${id} option ${letter}`);
  return found;
}

// For a service with the CODE_DEPLOY controller, ECS's UpdateService rejects a new task definition ("create a
// new CodeDeploy deployment"), so a stack update that changes it fails instead of leaving the old tasks running
// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html).
describe('a stack update that changes the task definition of a CODE_DEPLOY service fails', () => {
  it('bank-t17-5 asks about the failed update, and answers with a CodeDeploy deployment or the BlueGreen hook', () => {
    const asked = bankQuestion('bank-t17-5');
    assert.match(asked.stem, /The update of the service fails with an error saying the task definition of a service with a CODE_DEPLOY deployment controller cannot be updated/);
    assert.doesNotMatch(asked.stem, /keep the old image/);
    assert.deepEqual(asked.answers, ['A']);
    assert.match(bankOption('bank-t17-5', 'A').text, /ECS takes a new task definition only through a CodeDeploy deployment/);
  });

  it('bank-t17-1 option D explains that such an update fails, not that it is silently skipped', () => {
    const why = bankOption('bank-t17-1', 'D').why;
    assert.match(why, /a stack update that changes it fails outright/);
    assert.doesNotMatch(why, /no longer deploys/);
  });
});
