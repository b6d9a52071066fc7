import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, parseTemplate, type TemplateFormat } from '../../../src/core';
import { emptyFileCompletions, labTemplate, SNIPPETS, skeletonText, snippetByPrefix } from '../../../src/core/snippets';

const FORMATS: TemplateFormat[] = ['yaml', 'json'];

describe('cfn- in an empty file', () => {
  for (const format of FORMATS) {
    it(`${format}: offers a minimal skeleton and every lab template, each replacing the whole file`, () => {
      const items = emptyFileCompletions('cfn-', format);
      assert.deepEqual(items.map((item) => item.label), ['cfn-template', ...SNIPPETS.map((snippet) => snippet.prefix)]);
      for (const item of items) assert.deepEqual(item.replace, { start: 0, end: 4 });
      const rolling = items.find((item) => item.label === 'cfn-asg-rolling');
      assert.equal(rolling?.insertText, labTemplate(snippetByPrefix('cfn-asg-rolling')!, format));
      assert.equal(rolling?.detail, 'Lab template: Auto Scaling group with rolling update, CreationPolicy and cfn-signal');
    });

    it(`${format}: the skeleton is a template no rule finds fault with`, () => {
      const template = parseTemplate(skeletonText(format), format);
      assert.equal(template.isTemplate, true);
      assert.deepEqual(template.parseFindings, []);
      assert.deepEqual(analyze(template).findings, []);
    });
  }

  it('offers them in a file that is empty or holds only the start of the prefix, and nowhere else', () => {
    for (const text of ['', '\n', 'c', 'cf', 'cfn', '  cfn-asg\n']) assert.equal(emptyFileCompletions(text, 'yaml').length, SNIPPETS.length + 1, JSON.stringify(text));
    for (const text of ['name', 'Resources:\n  cfn-', '{"a": 1}\ncfn-', 'cfn- x']) assert.deepEqual(emptyFileCompletions(text, 'yaml'), [], JSON.stringify(text));
  });
});
