import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core';
import { parseTemplate, updateTemplate } from '../../../src/core/template';

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n';
const MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';
const MESSAGE = 'This file holds more than one YAML document (another starts here); a CloudFormation template is a single document, so only the first is read';

function outcome(text: string) {
  const template = parseTemplate(text, 'yaml');
  const findings = analyze(template).findings.map((found) => ({ ruleId: found.ruleId, message: found.message, at: text.slice(found.span.start, found.span.end) }));
  return { isTemplate: template.isTemplate, findings };
}

describe('a YAML file of several documents', () => {
  it('whose first document is a template: that one is read, and one error at the next document says why the rest is not', () => {
    assert.deepEqual(outcome(`${TEMPLATE}---\n${MANIFEST}`), { isTemplate: true, findings: [{ ruleId: 'E0000', message: MESSAGE, at: '---' }] });
    assert.deepEqual(outcome(`---\n${TEMPLATE}...\n--- # next\n${TEMPLATE}`), { isTemplate: true, findings: [{ ruleId: 'E0000', message: MESSAGE, at: '--- # next' }] });
  });

  it('whose first document is not a template is no template, even when a later one is: nothing is reported', () => {
    assert.deepEqual(outcome(`${MANIFEST}---\n${TEMPLATE}`), { isTemplate: false, findings: [] });
    assert.deepEqual(outcome(`${MANIFEST}---\n${TEMPLATE}---\nbroken: [\n`), { isTemplate: false, findings: [] });
  });

  it('keeps the first document\'s own problems, with their places', () => {
    const text = `${TEMPLATE}  Queue:\n    Type: AWS::SQS::Queue\n---\n${MANIFEST}`;
    const { findings } = outcome(text);
    assert.deepEqual(findings.map((found) => [found.ruleId, found.at]), [['W0002', 'Queue'], ['E0000', '---']]);
  });

  it('is the same when the second document is typed into a template', () => {
    const before = parseTemplate(TEMPLATE, 'yaml');
    const text = `${TEMPLATE}---\n${MANIFEST}`;
    const after = updateTemplate(before, text);
    const full = parseTemplate(text, 'yaml');
    assert.deepEqual([after.isTemplate, after.parseFindings, after.root], [full.isTemplate, full.parseFindings, full.root]);
  });

  it('with only the document markers around one template stays one template', () => {
    assert.deepEqual(outcome(`---\n${TEMPLATE}...\n`), { isTemplate: true, findings: [] });
  });
});
