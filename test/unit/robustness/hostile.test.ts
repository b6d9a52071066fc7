import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, parseTemplate, resourceDeclarations } from '../../../src/core';
import { exerciseCore } from '../../fixtures/hostile/exercise';
import { deepYaml, HOSTILE_INPUTS, VALID_ODDITIES } from '../../fixtures/hostile/inputs';

/** A silent input is no template and has no findings; any other has a finding saying what is wrong. */
function shows(expect: RegExp | 'silent', isTemplate: boolean, messages: string[]): boolean {
  if (expect === 'silent') return !isTemplate && messages.length === 0;
  return messages.some((message) => expect.test(message));
}

describe('hostile inputs to the core', () => {
  for (const build of HOSTILE_INPUTS) {
    const input = build();
    it(`${input.name}: ${input.expect === 'silent' ? 'stays silent' : 'gets a clear diagnostic'}, every call in under a second`, () => {
      const template = parseTemplate(input.text, input.languageId);
      const messages = analyze(template).findings.map((found) => found.message);
      assert.ok(shows(input.expect, template.isTemplate, messages), messages.join('\n'));
      const { slowestMs, slowestCall } = exerciseCore(input.text, input.languageId, [0, input.text.length >> 1, input.text.length]);
      assert.ok(slowestMs < 1000, `${slowestCall} took ${slowestMs.toFixed(0)} ms`);
    });
  }

  it('reports the too-large template once, as a warning at the start, and keeps it a template', () => {
    const template = parseTemplate(HOSTILE_INPUTS[1]().text, 'yaml');
    const [warning, ...rest] = analyze(template).findings;
    assert.deepEqual(rest, []);
    assert.equal(warning.severity, 'warning');
    assert.deepEqual(warning.span, { start: 0, end: 0 });
    assert.match(warning.message, /CloudFormation accepts at most 1 MB/);
    assert.equal(template.isTemplate, true);
  });
});

describe('absurd nesting', () => {
  it('is reported where it starts, and the YAML before it is still analysed', () => {
    const text = deepYaml(10_000);
    const template = parseTemplate(text, 'yaml');
    const [tooDeep, ...rest] = template.parseFindings;
    assert.deepEqual(rest, []);
    assert.equal(tooDeep.span.start, text.indexOf('  Deep:'));
    assert.deepEqual(resourceDeclarations(template.root).map((resource) => resource.logicalId), ['Bucket']);
  });

  it('leaves a template nested 100 levels deep alone', () => {
    const template = parseTemplate(`${deepYaml(100)}`, 'yaml');
    assert.deepEqual(template.parseFindings, []);
  });
});

describe('valid templates with unusual encodings', () => {
  for (const input of VALID_ODDITIES) {
    it(`${input.name}: parses cleanly with positions on the right line and column`, () => {
      const template = parseTemplate(input.text, input.languageId);
      assert.deepEqual(template.parseFindings, []);
      assert.equal(template.isTemplate, true);
      const [bucket] = resourceDeclarations(template.root);
      assert.equal(bucket.type, 'AWS::S3::Bucket');
      assert.equal(template.text.slice(bucket.key.span.start, bucket.key.span.end).replace(/"/g, ''), 'Bucket');
    });
  }
});
