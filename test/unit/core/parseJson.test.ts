import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeAt, parseTemplate, toPlain, valueOf } from '../../../src/core';

const json = (text: string) => parseTemplate(text, 'json');

describe('JSON parsing', () => {
  it('gives every key and value its exact span', () => {
    const text = '{\n  "Resources": {\n    "Bucket": {"Type": "AWS::S3::Bucket"}\n  }\n}';
    const template = json(text);
    const type = nodeAt(template.root, ['Resources', 'Bucket', 'Type'])!;
    assert.equal(text.slice(type.span.start, type.span.end), '"AWS::S3::Bucket"');
    assert.deepEqual(template.lines.positionAt(type.span.start), { line: 2, character: 23 });
  });

  it('gives the same model as the equivalent YAML', () => {
    const yamlText = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      TopicName: !Sub "${AWS::StackName}-alerts"',
      '      Tags: [{Key: a, Value: !GetAtt [Other, Arn]}]',
      '',
    ].join('\n');
    const jsonText = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Topic: {
          Type: 'AWS::SNS::Topic',
          Properties: {
            TopicName: { 'Fn::Sub': '${AWS::StackName}-alerts' },
            Tags: [{ Key: 'a', Value: { 'Fn::GetAtt': ['Other', 'Arn'] } }],
          },
        },
      },
    });
    assert.deepEqual(toPlain(json(jsonText).root), toPlain(parseTemplate(yamlText, 'yaml').root));
  });

  it('reports a missing comma where it is missing', () => {
    const text = '{"Resources": {"A": {"Type": "AWS::S3::Bucket"} "B": {}}}';
    const findings = json(text).parseFindings;
    assert.equal(findings[0].message, "Expected ','");
    assert.equal(findings[0].span.start, text.indexOf('"B"'));
  });

  it('reports comments, which CloudFormation JSON does not allow', () => {
    const findings = json('{"Resources": {} // note\n}').parseFindings;
    assert.deepEqual(findings.map((found) => found.message), ['JSON templates cannot contain comments']);
  });

  it('reads text that is valid YAML but not JSON as CloudFormation does, with one warning', () => {
    const text = '{\n  "Resources": {\n    "Topic": {"Type": \'AWS::SNS::Topic\',},\n  },\n}\n';
    const template = json(text);
    assert.equal(template.isTemplate, true);
    assert.deepEqual(toPlain(template.root), { Resources: { Topic: { Type: 'AWS::SNS::Topic' } } });
    assert.deepEqual(
      template.parseFindings.map((found) => `${found.ruleId} ${found.severity} ${text.slice(found.span.start, found.span.start + 1)}`),
      ["W0001 warning '"],
    );
    const type = nodeAt(template.root, ['Resources', 'Topic', 'Type'])!;
    assert.equal(text.slice(type.span.start, type.span.end), "'AWS::SNS::Topic'");
  });

  it('reads it as YAML with a key written twice too, reporting the duplicate beside the warning', () => {
    const text = '{\n  "Resources": {\n    "T": {\n      "Type": "AWS::SNS::Topic",\n      "Type": "AWS::SNS::Topic",\n      "Properties": {"Tags": [{"Key": "a", "Value": "b",}]}\n    }\n  }\n}\n';
    const template = json(text);
    assert.deepEqual(template.parseFindings.map((found) => `${found.ruleId} ${found.message.slice(0, 20)}`), ['W0001 This is not valid JS', "W0002 Duplicate key 'Type'"]);
    assert.deepEqual(toPlain(nodeAt(template.root, ['Resources', 'T', 'Properties', 'Tags'])), [{ Key: 'a', Value: 'b' }]);
  });

  it('keeps the JSON errors when the text is no valid YAML either', () => {
    const findings = json('{"Resources": {"A": {"Type": "AWS::SNS::Topic"} "B": {}}}').parseFindings;
    assert.equal(findings.length > 0 && findings.every((found) => found.ruleId === 'E0000' && found.severity === 'error'), true);
  });

  it('keeps what can be read from a half-typed file', () => {
    const text = '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"A": {"Type": ';
    const template = json(text);
    assert.equal(template.isTemplate, true);
    assert.ok(template.parseFindings.length > 0);
    assert.deepEqual(nodeAt(template.root, ['Resources', 'A', 'Type']), { kind: 'scalar', value: null, quoted: false, span: { start: text.length, end: text.length } });
  });

  it('reports duplicate keys', () => {
    const template = json('{"A": 1, "A": 2}');
    assert.deepEqual(template.parseFindings.map((found) => `${found.ruleId} ${found.severity} ${found.message}`), [
      "W0002 warning Duplicate key 'A': CloudFormation keeps only the last value given for it",
    ]);
    assert.deepEqual(toPlain(valueOf(template.root, 'A')), 2);
  });

  it('ignores a byte-order mark and keeps offsets', () => {
    const text = '\uFEFF{"AWSTemplateFormatVersion": "2010-09-09"}';
    const template = json(text);
    assert.deepEqual(template.parseFindings, []);
    assert.equal(nodeAt(template.root, ['AWSTemplateFormatVersion'])!.span.start, text.indexOf('"2010'));
  });
});
