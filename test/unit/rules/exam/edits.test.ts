import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap, nodeAt, type MapNode, type NodePath } from '../../../../src/core/model';
import { ALL_RULES } from '../../../../src/core/rules';
import { EXAM_RULES } from '../../../../src/core/rules/exam';
import { appendItem, insertEntry } from '../../../../src/core/rules/exam/edits';
import { parseTemplate, type TemplateFormat } from '../../../../src/core/template';
import { applyEdits } from './helpers';

function insertInto(text: string, format: TemplateFormat, path: NodePath, key: string, value: Parameters<typeof insertEntry>[3], after?: string): string {
  const template = parseTemplate(text, format);
  const map = nodeAt(template.root, path);
  assert.ok(isMap(map));
  const edit = insertEntry(template, map as MapNode, key, value, after);
  assert.ok(edit);
  const result = applyEdits(text, [edit]);
  assert.deepEqual(parseTemplate(result, format).parseFindings, []);
  return result;
}

describe('quick-fix edits', () => {
  it('keeps CRLF line endings and a four-space indentation', () => {
    const text = 'Resources:\r\n    Db:\r\n        Type: AWS::RDS::DBInstance\r\n        Properties: {}\r\n';
    assert.equal(
      insertInto(text, 'yaml', ['Resources', 'Db'], 'UpdatePolicy', { AutoScalingRollingUpdate: { MaxBatchSize: 1 } }, 'Type'),
      'Resources:\r\n    Db:\r\n        Type: AWS::RDS::DBInstance\r\n        UpdatePolicy:\r\n            AutoScalingRollingUpdate:\r\n                MaxBatchSize: 1\r\n        Properties: {}\r\n',
    );
  });

  it('keeps the tabs of a tab-indented JSON template', () => {
    const text = '{\n\t"Resources": {\n\t\t"Db": {\n\t\t\t"Type": "AWS::RDS::DBInstance",\n\t\t\t"Properties": {\n\t\t\t\t"Engine": "mysql"\n\t\t\t}\n\t\t}\n\t}\n}\n';
    const result = insertInto(text, 'json', ['Resources', 'Db', 'Properties'], 'MultiAZ', true);
    assert.equal(result, text.replace('\t\t\t\t"Engine"', '\t\t\t\t"MultiAZ": true,\n\t\t\t\t"Engine"'));
  });

  it('writes into a YAML flow map with a comma', () => {
    const text = 'Resources:\n  Db: {Type: AWS::RDS::DBInstance, Properties: {}}\n';
    assert.equal(
      insertInto(text, 'yaml', ['Resources', 'Db'], 'UpdateReplacePolicy', 'Snapshot', 'Type'),
      'Resources:\n  Db: {Type: AWS::RDS::DBInstance, UpdateReplacePolicy: "Snapshot", Properties: {}}\n',
    );
  });

  it('adds before the first entry of a list item map, at the item indentation', () => {
    const text = 'Resources:\n  R:\n    Type: AWS::Route53::RecordSetGroup\n    Properties:\n      RecordSets:\n        - Name: a.example.com.\n          Type: A\n';
    assert.equal(
      insertInto(text, 'yaml', ['Resources', 'R', 'Properties', 'RecordSets', 0], 'SetIdentifier', 'one'),
      'Resources:\n  R:\n    Type: AWS::Route53::RecordSetGroup\n    Properties:\n      RecordSets:\n        - SetIdentifier: one\n          Name: a.example.com.\n          Type: A\n',
    );
  });

  it('quotes YAML strings that would otherwise read as booleans', () => {
    const text = 'Resources:\n  R:\n    Type: X\n';
    assert.equal(insertInto(text, 'yaml', ['Resources', 'R'], 'Flag', 'yes', 'Type'), 'Resources:\n  R:\n    Type: X\n    Flag: "yes"\n');
  });

  it('appends to a JSON list', () => {
    const text = '{"Events": ["DEPLOYMENT_FAILURE"]}';
    const template = parseTemplate(text, 'json');
    const list = nodeAt(template.root, ['Events']);
    assert.ok(list?.kind === 'seq');
    const edit = appendItem(template, list, 'DEPLOYMENT_STOP_ON_ALARM');
    assert.ok(edit);
    assert.equal(applyEdits(text, [edit]), '{"Events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]}');
  });
});

describe('exam rule registration', () => {
  it('registers every exam rule once, each with its own CX id', () => {
    const ids = EXAM_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.filter((id) => !/^CX[1-7]\d{3}$/.test(id)), []);
    assert.deepEqual(EXAM_RULES.filter((rule) => !ALL_RULES.includes(rule)), []);
  });
});
