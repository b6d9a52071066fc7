import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTemplate } from '../../../src/core/template';
import { referenceIndex, sourceSpanOf, type Reference } from '../../../src/core/references';

const yaml = (text: string) => parseTemplate(text, 'yaml');
const json = (text: string) => parseTemplate(text, 'json');

/** Each reference as kind:name:source-text-of-its-span (and ~ when the span is the whole scalar). */
function described(text: string, references: Reference[]): string[] {
  return references.map((r) => `${r.kind}:${r.name}:${text.slice(r.span.start, r.span.end)}${r.exact ? '' : '~'}`);
}

function referencesIn(template: ReturnType<typeof yaml>): string[] {
  return described(template.text, referenceIndex(template).references);
}

describe('reference index: declarations', () => {
  it('declares parameters, resources, conditions, mappings with their keys, and outputs', () => {
    const text = [
      'Parameters:',
      '  Env: {Type: String}',
      'Conditions:',
      '  IsProd: !Equals [!Ref Env, prod]',
      'Mappings:',
      '  RegionMap:',
      '    us-east-1: {Ami: ami-1}',
      'Resources:',
      '  Bucket: {Type: AWS::S3::Bucket}',
      'Outputs:',
      '  Name: {Value: !Ref Bucket}',
      '',
    ].join('\n');
    const index = referenceIndex(yaml(text));
    assert.deepEqual(
      index.declarations.map((d) => `${d.kind}:${[...(d.parents ?? []), d.name].join('/')}:${d.detail ?? ''}`),
      ['parameter:Env:String', 'resource:Bucket:AWS::S3::Bucket', 'condition:IsProd:', 'mapping:RegionMap:', 'mappingKey:RegionMap/us-east-1:', 'mappingKey:RegionMap/us-east-1/Ami:', 'output:Name:'],
    );
  });

  it('gives JSON keys a name span inside the quotes', () => {
    const text = '{"Resources": {"My\\u0042ucket": {"Type": "AWS::S3::Bucket"}}}';
    const [bucket] = referenceIndex(json(text)).declarations;
    assert.equal(bucket.name, 'MyBucket');
    assert.equal(text.slice(bucket.keySpan.start, bucket.keySpan.end), '"My\\u0042ucket"');
    assert.equal(text.slice(bucket.nameSpan.start, bucket.nameSpan.end), 'My\\u0042ucket');
  });

  it('is memoised per template', () => {
    const template = yaml('Resources: {}\n');
    assert.equal(referenceIndex(template), referenceIndex(template));
  });
});

describe('reference index: references', () => {
  it('finds Ref, both GetAtt forms, DependsOn, Condition, Fn::If and FindInMap names', () => {
    const text = [
      'Resources:',
      '  A:',
      '    Type: AWS::SNS::Topic',
      '    Condition: IsProd',
      '    DependsOn: [B, C]',
      '    Properties:',
      '      One: !Ref Env',
      '      Two: !GetAtt B.Arn',
      '      Three: {"Fn::GetAtt": [C, !Ref Attr]}',
      '      Four: !If [IsProd, !Ref AWS::Region, !FindInMap [Map, Top, Second]]',
      '',
    ].join('\n');
    assert.deepEqual(referencesIn(yaml(text)), [
      'condition:IsProd:IsProd',
      'dependsOn:B:B',
      'dependsOn:C:C',
      'ref:Env:Env',
      'getatt:B:B',
      'getatt:C:C',
      'ref:Attr:Attr',
      'condition:IsProd:IsProd',
      'ref:AWS::Region:AWS::Region',
      'findInMap:Map:Map',
      'mappingKey:Top:Top',
      'mappingKey:Second:Second',
    ]);
  });

  it('finds the Condition function only inside conditions', () => {
    const text = [
      'Conditions:',
      '  Both: !And [!Condition One, {Condition: Two}]',
      'Resources:',
      '  A:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      Tags: {Condition: NotAFunction}',
      '      Name: !If [One, !Not [{Condition: Two}], x]',
      '',
    ].join('\n');
    assert.deepEqual(referencesIn(yaml(text)), ['condition:One:One', 'condition:Two:Two', 'condition:One:One', 'condition:Two:Two']);
  });

  it('finds Sub variables with their exact spans, skipping ${!Literal} and the Sub’s own variables', () => {
    const text = [
      'Resources:',
      '  A:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      One: !Sub "arn:${AWS::Partition}:s3:::${Bucket}/${!Literal}/${ Spaced }"',
      '      Two: !Sub ["${Bucket.Arn}-${Local}", {Local: !Ref Env}]',
      '',
    ].join('\n');
    const references = referenceIndex(yaml(text)).references;
    assert.deepEqual(described(text, references), [
      'sub:AWS::Partition:AWS::Partition',
      'sub:Bucket:Bucket',
      'sub:Spaced:Spaced',
      'sub:Bucket:Bucket',
      'ref:Env:Env',
    ]);
    assert.equal(references[3].attribute, 'Arn');
  });

  it('maps names inside escaped double-quoted, single-quoted and JSON strings', () => {
    const yamlText = [
      'Resources:',
      '  A:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      One: !Sub "tab\\there \\"${Bucket}\\""',
      "      Two: !Sub 'it''s ${Bucket}'",
      '',
    ].join('\n');
    assert.deepEqual(referencesIn(yaml(yamlText)), ['sub:Bucket:Bucket', 'sub:Bucket:Bucket']);
    const jsonText = '{"Resources": {"A": {"Type": "T", "Properties": {"P": {"Fn::Sub": "\\u0041\\n\\"${Bucket}\\" ${Env}"}}}}}';
    assert.deepEqual(referencesIn(json(jsonText)), ['sub:Bucket:Bucket', 'sub:Env:Env']);
  });

  it('maps names inside literal and folded block scalars and multi-line plain scalars', () => {
    const text = [
      'Resources:',
      '  A:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      One: !Sub |',
      '        #!/bin/bash',
      '',
      '        echo ${Bucket}',
      '          indented ${Env}',
      '      Two: !Sub >-',
      '        folded',
      '        ${Bucket} line',
      '      Three: !Sub first',
      '        then ${Env}',
      '',
    ].join('\n');
    assert.deepEqual(referencesIn(yaml(text)), ['sub:Bucket:Bucket', 'sub:Env:Env', 'sub:Bucket:Bucket', 'sub:Env:Env']);
  });

  it('maps names after an escaped line break in a double-quoted scalar', () => {
    const text = 'Resources:\n  A:\n    Type: T\n    Properties:\n      P: !Sub "a\\\n         ${Bucket}"\n';
    assert.deepEqual(referencesIn(yaml(text)), ['sub:Bucket:Bucket']);
  });

  it('falls back to the whole scalar when the source does not spell the value', () => {
    const template = yaml('Resources: {}\nX: "abc"\n');
    const quote = template.text.indexOf('"');
    const node = { kind: 'scalar' as const, value: 'xyz', span: { start: quote, end: quote + 5 }, quoted: true };
    assert.deepEqual(sourceSpanOf(template, node, 1, 2), { span: node.span, exact: false });
    const same = { ...node, value: 'abc' };
    assert.deepEqual(sourceSpanOf(template, same, 1, 2), { span: { start: quote + 2, end: quote + 3 }, exact: true });
  });

  it('records which resource a reference comes from, and leaves Parameters, Mappings and Metadata alone', () => {
    const text = [
      'Metadata: {X: !Ref Nothing}',
      'Parameters:',
      '  P: {Type: String, Default: !Ref Nothing}',
      'Resources:',
      '  A:',
      '    Type: T',
      '    Properties: {X: !Ref B}',
      'Outputs:',
      '  O: {Value: !Ref A, Condition: C}',
      '',
    ].join('\n');
    const references = referenceIndex(yaml(text)).references;
    assert.deepEqual(
      references.map((r) => [r.name, r.fromResource, r.path.join('/')]),
      [
        ['B', 'A', 'Resources/A/Properties/X/Ref'],
        ['A', undefined, 'Outputs/O/Value/Ref'],
        ['C', undefined, 'Outputs/O/Condition'],
      ],
    );
  });
});
