import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze } from '../../../src/core';
import { parseYaml, parseYamlWithPackage } from '../../../src/core/parse/yamlParser';
import { parseTemplate, updateTemplate, type TemplateFormat } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

const YAML = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Parameters:',
  '  Env: {Type: String}',
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      QueueName: !Sub "${Env}-${Missing}"',
  '      Nope: 1',
  '  Function:',
  '    Type: AWS::Lambda::Function',
  '    Properties:',
  '      Code:',
  '        ZipFile: |',
  '          line one',
  '          line two',
  '',
].join('\n');

const JSON_TEMPLATE = '{\n  "Resources": {\n    "Queue": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": {"Nope": 1}\n    }\n  }\n}\n';

/** Findings as rule, message and line/character range, so texts of other line ends compare. */
function findingsAt(text: string, format: TemplateFormat) {
  const template = parseTemplate(text, format);
  return analyze(template).findings.map((found) => [found.ruleId, found.message, template.lines.positionAt(found.span.start), template.lines.positionAt(found.span.end)]);
}

describe('line ends', () => {
  before(() => useGeneratedSchema());

  it('CR alone ends lines of YAML as LF does: same findings at the same lines and characters', () => {
    const expected = findingsAt(YAML, 'yaml');
    assert.deepEqual(expected.map(([ruleId]) => ruleId), ['E1019', 'E3002', 'E3003', 'CX1816']);
    assert.deepEqual(findingsAt(YAML.replace(/\n/g, '\r'), 'yaml'), expected);
    assert.deepEqual(findingsAt(YAML.replace(/\n/g, '\r\n'), 'yaml'), expected);
    const mixed = YAML.split('\n').map((line, index) => line + ['\n', '\r', '\r\n'][index % 3]).join('');
    assert.deepEqual(findingsAt(mixed, 'yaml'), findingsAt(YAML.split('\n').map((line) => `${line}\n`).join(''), 'yaml'));
  });

  it('and of JSON', () => {
    const expected = findingsAt(JSON_TEMPLATE, 'json');
    assert.deepEqual(expected.map(([ruleId]) => ruleId), ['E3002']);
    assert.deepEqual(findingsAt(JSON_TEMPLATE.replace(/\n/g, '\r'), 'json'), expected);
  });

  it('is read by both YAML readers into the model of the LF text, block scalars included', () => {
    const cr = YAML.replace(/\n/g, '\r');
    const model = parseYaml(YAML);
    assert.deepEqual(parseYaml(cr), model);
    assert.deepEqual(parseYamlWithPackage(cr).root, parseYamlWithPackage(YAML).root);
    assert.equal(parseTemplate(cr, 'yaml').text.length, cr.length);
  });

  it('stays so after an edit', () => {
    const cr = YAML.replace(/\n/g, '\r');
    const edited = cr.replace('Nope: 1', 'Nope: 22');
    const updated = updateTemplate(parseTemplate(cr, 'yaml'), edited);
    const full = parseTemplate(edited, 'yaml');
    assert.deepEqual([updated.root, updated.parseFindings], [full.root, full.parseFindings]);
    assert.deepEqual(full.parseFindings, []);
  });
});
