// The registry of generated kinds, over the practice fixtures: every kind asks something, every question
// has the exam's shape and rests on notes, topics and a page that exist.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ALL_NOTES } from '../../../src/core/knowledge';
import { nodeAt } from '../../../src/core/model';
import { MAX_QUESTIONS_PER_KIND, QUESTION_KINDS, fileNameOf, templateQuestions, type QuestionKind } from '../../../src/core/practice/generate';
import type { TemplateQuestion } from '../../../src/core/practice/types';
import type { Schema } from '../../../src/core/schema';
import { studyTopics } from '../../../src/core/study/topics';
import { parseTemplate, type Template } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { URI, yaml } from './ask';

const FIXTURES = join(import.meta.dirname, '../../fixtures/practice');
const NOTE_IDS = new Set(ALL_NOTES.map((note) => note.id));
const TOPICS = new Map(studyTopics().map((topic) => [topic.id, topic]));

describe('generated questions over the practice fixtures', () => {
  let schema: Schema;
  let templates: Array<{ uri: string; template: Template }>;
  let questions: TemplateQuestion[];

  before(() => {
    schema = useGeneratedSchema();
    templates = readdirSync(FIXTURES).sort().map((name) => ({ uri: `file:///fixtures/${name}`, template: parseTemplate(readFileSync(join(FIXTURES, name), 'utf8'), 'yaml') }));
    questions = templates.flatMap((source) => templateQuestions(source, { schema }));
  });

  it('has at least 15 kinds with unique ids, real topics and their domain', () => {
    assert.ok(QUESTION_KINDS.length >= 15, `${QUESTION_KINDS.length} kinds`);
    assert.equal(new Set(QUESTION_KINDS.map((kind) => kind.kind)).size, QUESTION_KINDS.length);
    for (const kind of QUESTION_KINDS) {
      assert.ok(kind.topics.every((topic) => TOPICS.has(topic)), kind.kind);
      assert.match(kind.domain, /^D[1-6]$/);
    }
  });

  it('asks at least one question of every kind', () => {
    const asked = new Set(questions.map((question) => question.kind));
    assert.deepEqual(QUESTION_KINDS.map((kind) => kind.kind).filter((kind) => !asked.has(kind)), []);
  });

  it('gives every question the exam shape: 4 options and one answer, or 5-6 options and 2-3 answers, lettered, all different', () => {
    for (const question of questions) {
      const single = question.answers.length === 1;
      assert.ok(single ? question.options.length === 4 : question.options.length >= 5 && question.options.length <= 6 && question.answers.length <= 3, question.id);
      assert.deepEqual(question.options.map((option) => option.id), ['A', 'B', 'C', 'D', 'E', 'F'].slice(0, question.options.length));
      assert.equal(new Set(question.options.map((option) => option.text)).size, question.options.length, question.id);
      assert.ok(question.answers.every((answer) => question.options.some((option) => option.id === answer)), question.id);
      assert.ok(question.options.every((option) => option.why.length > 10), question.id);
      if (!single) assert.match(question.stem, /\(Choose (two|three)\.\)$/);
    }
  });

  it('rests every question on existing notes and topics, a docs.aws.amazon.com page, and a place in its template', () => {
    for (const question of questions) {
      assert.ok(question.notes.length > 0 && question.notes.every((id) => NOTE_IDS.has(id)), `${question.id}: ${question.notes.join(', ')}`);
      assert.ok(question.topics.length > 0 && question.topics.every((topic) => TOPICS.has(topic)), question.id);
      const noteDomains = ALL_NOTES.filter((note) => question.notes.includes(note.id)).map((note) => note.domain);
      assert.ok(TOPICS.get(question.topics[0])!.domains.includes(question.domain) || noteDomains.includes(question.domain), `${question.id} ${question.domain}`);
      assert.match(question.url, /^https:\/\/docs\.aws\.amazon\.com\//);
      const source = templates.find((candidate) => candidate.uri === question.uri)!;
      assert.ok(nodeAt(source.template.root, question.path), `${question.id} ${question.path.join('/')}`);
      assert.equal(question.id.startsWith(`${question.kind}:${question.uri}#`), true);
    }
    assert.equal(new Set(questions.map((question) => question.id)).size, questions.length);
  });

  it('asks the same questions with the same option order every time', () => {
    assert.deepEqual(templates.flatMap((source) => templateQuestions(source, { schema })), questions);
  });

  it(`asks at most ${MAX_QUESTIONS_PER_KIND} questions of one kind about one template`, () => {
    const counts = new Map<string, number>();
    for (const question of questions) counts.set(`${question.kind} ${question.uri}`, (counts.get(`${question.kind} ${question.uri}`) ?? 0) + 1);
    assert.ok(Math.max(...counts.values()) <= MAX_QUESTIONS_PER_KIND);
  });
});

describe('templateQuestions', () => {
  const template = yaml('Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Engine: mysql', '      MasterUsername: admin',
    '      DBInstanceClass: db.t3.micro', '      AllocatedStorage: "20"', '      MasterUserPassword: "{{resolve:secretsmanager:db:SecretString:password}}"');

  it('skips the kinds that need the schema when the host has none', () => {
    const kinds = new Set(templateQuestions({ uri: URI, template }).map((question) => question.kind));
    assert.ok(kinds.has('stack-delete-data'));
    assert.ok(!kinds.has('replacing-property'));
  });

  it('asks nothing about a file that is not a template', () => {
    assert.deepEqual(templateQuestions({ uri: URI, template: yaml('name: build', 'on: [push]') }), []);
  });

  it('keeps the other kinds when one throws, and skips kinds that need the simulator when there is none', () => {
    const throwing: QuestionKind = { kind: 'broken', title: 'broken', topics: ['T09'], domain: 'D2', needs: [], generate: () => { throw new Error('boom'); } };
    const simulated: QuestionKind = { ...throwing, kind: 'simulated', needs: ['simulator'], generate: () => assert.fail('must not run') };
    const stackDelete = QUESTION_KINDS.find((kind) => kind.kind === 'stack-delete-data')!;
    assert.deepEqual(templateQuestions({ uri: URI, template }, { kinds: [throwing, simulated, stackDelete] }).map((question) => question.kind), ['stack-delete-data']);
  });

  it('names files by their last path segment, decoded', () => {
    assert.equal(fileNameOf('file:///work/app%20stack.yaml'), 'app stack.yaml');
    assert.equal(fileNameOf('untitled:Untitled-1'), 'Untitled-1');
  });
});
