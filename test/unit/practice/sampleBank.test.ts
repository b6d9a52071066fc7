import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_NOTES } from '../../../src/core/knowledge';
import { placeOf } from '../../../src/core/practice/places';
import { SAMPLE_QUESTIONS } from '../../../src/core/practice/sampleBank';
import { studyTopics } from '../../../src/core/study/topics';
import { yaml } from './ask';

describe('sample questions', () => {
  it('have the exam shape, existing notes and topics, one per domain, unique ids and stems', () => {
    const notes = new Set(ALL_NOTES.map((note) => note.id));
    const topics = new Set(studyTopics().map((topic) => topic.id));
    for (const question of SAMPLE_QUESTIONS) {
      const single = question.answers.length === 1;
      assert.ok(single ? question.options.length === 4 : question.options.length >= 5 && question.answers.length <= 3, question.id);
      assert.ok(question.answers.every((answer) => question.options.some((option) => option.id === answer)), question.id);
      assert.ok(question.notes.every((id) => notes.has(id)) && question.topics.every((id) => topics.has(id)), question.id);
      assert.match(question.url, /^https:\/\/docs\.aws\.amazon\.com\//);
    }
    assert.deepEqual(SAMPLE_QUESTIONS.map((question) => question.domain).sort(), ['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    assert.equal(new Set(SAMPLE_QUESTIONS.map((question) => question.id)).size, SAMPLE_QUESTIONS.length);
    assert.equal(new Set(SAMPLE_QUESTIONS.map((question) => question.stem)).size, SAMPLE_QUESTIONS.length);
  });
});

describe('placeOf', () => {
  it('finds the key a path ends in, or the list item', () => {
    const template = yaml('Parameters:', '  Size: {Type: Number}', 'Resources:', '  Web:', '    Type: AWS::SQS::Queue', '    Properties:', '      Tags: [{Key: a, Value: b}]');
    const text = template.text;
    const slice = (span: { start: number; end: number } | undefined) => span && text.slice(span.start, span.end);
    assert.equal(slice(placeOf(template.root, ['Resources', 'Web'])), 'Web');
    assert.equal(slice(placeOf(template.root, ['Parameters', 'Size'])), 'Size');
    assert.equal(slice(placeOf(template.root, ['Resources', 'Web', 'Properties', 'Tags', 0])), '{Key: a, Value: b}');
    assert.equal(placeOf(template.root, ['Resources', 'Missing']), undefined);
    assert.equal(placeOf(template.root, []), undefined);
  });
});
