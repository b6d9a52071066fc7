import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { ALL_NOTES, allTopics, INLINE_MAX_LENGTH, NOTE_FILES, type Note } from '../../../src/core/knowledge';
import noteSchema from '../../../src/core/knowledge/note.schema.json';
import { Schema } from '../../../src/core/schema';
import { nodeSchemaSource } from '../../../src/server/schemaSource';

const NOTES_DIR = join(import.meta.dirname, '../../../src/core/knowledge/notes');
const noteFileNames = readdirSync(NOTES_DIR).filter((name) => name.endsWith('.json'));

describe('note files', () => {
  const validate = new Ajv({ allErrors: true }).compile(noteSchema);

  for (const name of noteFileNames) {
    it(`${name} matches note.schema.json`, () => {
      const valid = validate(JSON.parse(readFileSync(join(NOTES_DIR, name), 'utf8')));
      assert.deepEqual(validate.errors ?? [], []);
      assert.equal(valid, true);
    });
  }

  it('are all bundled (notes/index.ts imports every file)', () => {
    assert.deepEqual(Object.keys(NOTE_FILES).sort(), noteFileNames.map((name) => name.replace(/\.json$/, '')).sort());
  });
});

describe('notes', () => {
  it('have unique ids', () => {
    const ids = ALL_NOTES.map((note) => note.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  it('have unique keys', () => {
    const keys = ALL_NOTES.map((note) => JSON.stringify(note.key, Object.keys(note.key).sort()));
    assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), []);
  });

  it('name only topic ids that exist', () => {
    const known = new Set(allTopics().map((topic) => topic.id));
    assert.deepEqual(ALL_NOTES.flatMap((note) => note.topics.filter((id) => !known.has(id)).map((id) => `${note.id}: ${id}`)), []);
  });

  it(`keep inline text within ${INLINE_MAX_LENGTH} characters`, () => {
    assert.deepEqual(ALL_NOTES.filter((note) => note.inline.length > INLINE_MAX_LENGTH).map((note) => note.id), []);
  });

  it('rest on AWS documentation pages', () => {
    assert.deepEqual(ALL_NOTES.filter((note) => !note.url.startsWith('https://docs.aws.amazon.com/')).map((note) => note.id), []);
  });

  it('cover every topic T01–T33', () => {
    const covered = new Set(ALL_NOTES.flatMap((note) => note.topics));
    const topics = allTopics().map((topic) => topic.id);
    assert.equal(topics.length, 33);
    assert.deepEqual(topics.filter((id) => !covered.has(id)), []);
  });

  it('cover every resource type, property and value exam-topics.md names', () => {
    const missing = allTopics().flatMap((topic) => namesIn(topic.text).filter((name) => !covers(name, topic.id)).map((name) => `${topic.id}: ${name}`));
    assert.deepEqual(missing, []);
  });
});

/** Backticked names of a topic's text, short resource names expanded with the service of the type before them. */
function namesIn(text: string): string[] {
  let service = '';
  return [...text.matchAll(/`([^`]+)`/g)].map(([, name]) => {
    const full = name.match(/^(AWS::[A-Za-z0-9]+)::[A-Za-z0-9]+$/);
    if (full) service = full[1];
    const shortType = service && /^[A-Z][A-Za-z0-9]+$/.test(name) && isTypeName(`${service}::${name}`);
    return shortType ? `${service}::${name}` : name;
  });
}

const TYPE_NAMES = new Set(ALL_NOTES.flatMap((note) => (note.key.type && !note.key.path ? [note.key.type] : [])));
const schema = new Schema(nodeSchemaSource(join(import.meta.dirname, '../../../dist/schema')));

function isTypeName(name: string): boolean {
  return schema.hasResourceType(name);
}

function covers(name: string, topicId: string): boolean {
  const lastSegment = (note: Note): string | undefined => note.key.path?.split('.').at(-1);
  if (/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(name)) return TYPE_NAMES.has(name);
  const pair = name.match(/^([A-Za-z]+): (.+)$/);
  if (pair) return ALL_NOTES.some((note) => lastSegment(note) === pair[1] && note.key.value === pair[2]);
  if (name.startsWith('{{')) return ALL_NOTES.some((note) => note.key.valueContains && name.startsWith(note.key.valueContains));
  if (/^[A-Z][A-Za-z0-9]+$/.test(name)) return ALL_NOTES.some((note) => lastSegment(note) === name || note.key.value === name);
  if (name.includes(':')) return ALL_NOTES.some((note) => note.key.value === name) || mentioned(name, topicId);
  return mentioned(name, topicId);
}

/** Names that are neither keys nor values (a tag name, an IAM action) must be explained in a note of their topic. */
function mentioned(name: string, topicId: string): boolean {
  return ALL_NOTES.some((note) => note.topics.includes(topicId) && `${note.does} ${note.exam} ${note.trap ?? ''}`.includes(name));
}

describe('the README', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

  it('gives the number of notes the data holds', () => {
    assert.equal(readme.match(/\*\*Exam knowledge base:\*\* (\d+) notes/)?.[1], String(ALL_NOTES.length));
  });
});
