import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeAt, parseTemplate, toPlain, type MapNode } from '../../../src/core';
import { parseYamlWithPackage } from '../../../src/core/parse/yamlParser';

const yaml = (text: string) => parseTemplate(text, 'yaml');
const plainOf = (text: string) => toPlain(yaml(text).root);

describe('YAML short-form tags', () => {
  const cases: [string, unknown][] = [
    ['!Ref MyBucket', { Ref: 'MyBucket' }],
    ['!GetAtt MyBucket.Arn', { 'Fn::GetAtt': 'MyBucket.Arn' }],
    ['!GetAtt [MyBucket, Arn]', { 'Fn::GetAtt': ['MyBucket', 'Arn'] }],
    ['!Sub "arn:${AWS::Partition}:s3:::${B}"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${B}' }],
    ['!Sub ["${A}-x", {A: !Ref B}]', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'B' } }] }],
    ['!Join [",", [a, b]]', { 'Fn::Join': [',', ['a', 'b']] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!If [IsProd, 3, 1]', { 'Fn::If': ['IsProd', 3, 1] }],
    ['!Equals [!Ref Env, prod]', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Not [!Condition B]]', { 'Fn::Or': [{ Condition: 'A' }, { 'Fn::Not': [{ Condition: 'B' }] }] }],
    ['!FindInMap [RegionMap, !Ref "AWS::Region", AMI]', { 'Fn::FindInMap': ['RegionMap', { Ref: 'AWS::Region' }, 'AMI'] }],
    ['!Base64 "#!/bin/bash"', { 'Fn::Base64': '#!/bin/bash' }],
    ['!Cidr [10.0.0.0/16, 6, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 6, 8] }],
    ['!GetAZs us-east-1', { 'Fn::GetAZs': 'us-east-1' }],
    ['!ImportValue SharedVpcId', { 'Fn::ImportValue': 'SharedVpcId' }],
    ['!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }],
    ['!ToJsonString {a: 1}', { 'Fn::ToJsonString': { a: 1 } }],
    ['!Length [a, b]', { 'Fn::Length': ['a', 'b'] }],
  ];
  for (const [source, expected] of cases) {
    it(`normalises ${source}`, () => {
      assert.deepEqual(plainOf(`Value: ${source}\n`), { Value: expected });
    });
  }

  it('gives !Ref X, {Ref: X} and JSON {"Ref": "X"} the same model', () => {
    const short = plainOf('A: !Ref X\n');
    const long = plainOf('A: {Ref: X}\n');
    const json = toPlain(parseTemplate('{"A": {"Ref": "X"}}', 'json').root);
    assert.deepEqual(short, long);
    assert.deepEqual(short, json);
  });

  it('gives the tag the key span and records the short form', () => {
    const text = 'A: !GetAtt B.Arn\n';
    const value = nodeAt(yaml(text).root, ['A']) as MapNode;
    assert.equal(value.kind, 'map');
    assert.equal(text.slice(value.entries[0].key.span.start, value.entries[0].key.span.end), '!GetAtt');
    assert.equal(text.slice(value.entries[0].value.span.start, value.entries[0].value.span.end), 'B.Arn');
    assert.deepEqual(value.shortForm, { tag: '!GetAtt', span: { start: 3, end: 10 } });
    assert.equal(text.slice(value.span.start, value.span.end), '!GetAtt B.Arn');
  });

  it('reads the Rules section short forms and, like cfn-lint, any other !Name as Fn::Name', () => {
    assert.deepEqual(plainOf('A: !Contains [[a], !Ref P]\nB: !Reff X\n'), {
      A: { 'Fn::Contains': [['a'], { Ref: 'P' }] },
      B: { 'Fn::Reff': 'X' },
    });
    assert.deepEqual(yaml('B: !Reff X\n').parseFindings, []);
  });

  it('reads an empty !Ref as an empty string argument, as YAML does', () => {
    assert.deepEqual(plainOf('A: !Ref\n'), { A: { Ref: '' } });
  });
});

describe('YAML values and ranges', () => {
  it('gives every key and value its exact span', () => {
    const text = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
    const template = yaml(text);
    const type = nodeAt(template.root, ['Resources', 'Bucket', 'Type'])!;
    assert.equal(text.slice(type.span.start, type.span.end), 'AWS::S3::Bucket');
    assert.deepEqual(template.lines.positionAt(type.span.start), { line: 2, character: 10 });
  });

  it('keeps a template version date a string, as CloudFormation reads it', () => {
    assert.deepEqual(plainOf('AWSTemplateFormatVersion: 2010-09-09\n'), { AWSTemplateFormatVersion: '2010-09-09' });
  });

  it('reads numbers as YAML 1.1 (and cfn-lint) does: E3014 and 1e5 are strings, 0x1F and 1.5e+3 numbers', () => {
    assert.deepEqual(plainOf('A: [E3014, 1e5, 0x1F, 1.5e+3, 012, .inf]\n'), { A: ['E3014', '1e5', 31, 1500, 10, Infinity] });
  });

  it('reads booleans as YAML 1.1 (and cfn-lint) does: yes, On and false are booleans, y and N strings', () => {
    assert.deepEqual(plainOf('A: [yes, On, false, y, N, "true"]\n'), { A: [true, true, false, 'y', 'N', 'true'] });
  });

  it('reads a quoted scalar whose continuation lines are indented no deeper than its key, as PyYAML does', () => {
    const text = "Outer:\n  Key: 'one\n  two'\n  Next: 1\n";
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), { Outer: { Key: 'one two', Next: 1 } });
    const value = nodeAt(template.root, ['Outer', 'Key'])!;
    assert.equal(text.slice(value.span.start, value.span.end), "'one\n  two'");
    const next = (nodeAt(template.root, ['Outer']) as MapNode).entries[1];
    assert.equal(text.slice(next.key.span.start, next.span.end), 'Next: 1');
  });

  it('reads a quoted scalar whose last line, with the closing quote, is indented no deeper than its key, as PyYAML does', () => {
    const text = 'Outputs:\n  Sample:\n    Value: "{\n      \\"input\\": \\"abc\\"\n    }"\n    Export: { Name: x }\n';
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), { Outputs: { Sample: { Value: '{ "input": "abc" }', Export: { Name: 'x' } } } });
    const value = nodeAt(template.root, ['Outputs', 'Sample', 'Value'])!;
    assert.equal(text.slice(value.span.start, value.span.end), '"{\n      \\"input\\": \\"abc\\"\n    }"');
  });

  it('reads an under-indented quoted scalar followed by many quoted scalars, whose errors are its echo', () => {
    const tags = Array.from({ length: 30 }, (_, index) => `      - { Key: 'k${index}', Value: 'v${index}' }\n`).join('');
    const template = yaml(`Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: '{\n      }'\n      Tags:\n${tags}`);
    assert.deepEqual(template.parseFindings, []);
    assert.equal(nodeAt(template.root, ['Resources', 'Topic', 'Properties', 'DisplayName'])?.kind, 'scalar');
    assert.deepEqual(toPlain(nodeAt(template.root, ['Resources', 'Topic', 'Properties', 'Tags', 29])), { Key: 'k29', Value: 'v29' });
  });

  it('reads two under-indented quoted scalars with hundreds of quoted scalars between them (the yaml package\'s own reading)', () => {
    const tags = Array.from({ length: 100 }, (_, index) => `      - { Key: 'k${index}', Value: 'v${index}' }\n`).join('');
    const topic = (name: string) => `  ${name}:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: !Sub '{\n        "a": "\${AWS::AccountId}"\n      }'\n      Tags:\n${tags}`;
    const read = parseYamlWithPackage(`Resources:\n${topic('First')}${topic('Second')}`);
    assert.deepEqual(read.findings, []);
    assert.deepEqual(toPlain(nodeAt(read.root, ['Resources', 'Second', 'Properties', 'Tags', 99])), { Key: 'k99', Value: 'v99' });
  });

  it('reads several multi-line quoted scalars whose closing quote stands alone at column 0 (cfn-flip), as PyYAML does', () => {
    const text = "Value:\n  Fn::Join:\n  - ''\n  - - 'user  nginx;\n\n'\n    - \"workers;\\n\"\n    - 'error_log  x;\n\n'\n    - 'pid  y;\n\n'\n";
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), { Value: { 'Fn::Join': ['', ['user  nginx;\n', 'workers;\n', 'error_log  x;\n', 'pid  y;\n']] } });
    const last = nodeAt(template.root, ['Value', 'Fn::Join', 1, 3])!;
    assert.equal(text.slice(last.span.start, last.span.end), "'pid  y;\n\n'");
  });

  it('reads a flow collection whose lines are indented no deeper than its key, as PyYAML does', () => {
    const text = ['Key:', '  Policy: {', '    "Version": "2012-10-17",', '  "Statement": [{"Effect": "Allow",', '"Resource": "*"}]', '  }', '  Next: [a,', ' b]', 'Last: 1', ''].join('\n');
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), { Key: { Policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }, Next: ['a', 'b'] }, Last: 1 });
    const resource = nodeAt(template.root, ['Key', 'Policy', 'Statement', 0, 'Resource'])!;
    assert.equal(text.slice(resource.span.start, resource.span.end), '"*"');
    const last = (template.root as MapNode).entries[1];
    assert.equal(text.slice(last.key.span.start, last.span.end), 'Last: 1');
  });

  it('reads a sequence entry\'s flow collection closed at the dash\'s column (- !Join ["", [ … ]]), as PyYAML does', () => {
    const text = 'Arns:\n  - !Join ["", [\n    "arn:aws:iam::aws:policy/",\n    "ReadOnlyAccess"\n  ]]\n  - plain\n';
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), { Arns: [{ 'Fn::Join': ['', ['arn:aws:iam::aws:policy/', 'ReadOnlyAccess']] }, 'plain'] });
  });

  it('reads a lone - in a flow collection as the string "-", as PyYAML does (!Join [-, …])', () => {
    const text = ['Name: !Join [-, [!Ref Stack, web]]', 'Parts: !Split [ -, !Ref Name ]', 'Map: {Delimiter: -}', 'After: 1', ''].join('\n');
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), {
      Name: { 'Fn::Join': ['-', [{ Ref: 'Stack' }, 'web']] },
      Parts: { 'Fn::Split': ['-', { Ref: 'Name' }] },
      Map: { Delimiter: '-' },
      After: 1,
    });
    const dash = nodeAt(template.root, ['Name', 'Fn::Join', 0])!;
    assert.deepEqual([dash.span.start, dash.span.end], [text.indexOf('-'), text.indexOf('-') + 1]);
    const after = (template.root as MapNode).entries[3];
    assert.equal(text.slice(after.key.span.start, after.span.end), 'After: 1');
  });

  it('still reports a block sequence entry inside a flow collection', () => {
    const messages = yaml('Key: [- a, b]\n').parseFindings.map((found) => found.message);
    assert.equal(messages.includes('Block collections are not allowed within flow collections'), true);
  });

  it('reads a tagged flow collection closed at its key\'s column (!Join [ … ]), as PyYAML does', () => {
    const text = ['Name: !Join ["", [', '    "a",', '    Ref: AWS::Region', ']]', 'Next: 1', ''].join('\n');
    const template = yaml(text);
    assert.deepEqual(template.parseFindings, []);
    assert.deepEqual(toPlain(template.root), { Name: { 'Fn::Join': ['', ['a', { Ref: 'AWS::Region' }]] }, Next: 1 });
  });

  it('still reports a flow collection that never closes', () => {
    const messages = yaml('Key:\n  Policy: {\n  "A": 1\nNext: 1\n').parseFindings.map((found) => found.message);
    assert.equal(messages[0], 'Flow map in block collection must be sufficiently indented and end with a }');
  });

  it('reports a short-form function used as a map key', () => {
    const text = 'A: [!ImportValue Fn::Sub: x]\n';
    const [found, ...rest] = yaml(text).parseFindings;
    assert.deepEqual(rest, []);
    assert.equal(text.slice(found.span.start, found.span.end), '!ImportValue Fn::Sub');
    assert.match(found.message, /^A key cannot carry a tag: '!ImportValue Fn::Sub'/);
  });

  it('still reports a quote that never closes', () => {
    assert.deepEqual(yaml("Key: 'never closed\nNext: 1\n").parseFindings.map((found) => found.message), ["Missing closing 'quote"]);
  });

  it('tells quoted numbers from numbers', () => {
    const template = yaml('A: "3"\nB: 3\n');
    assert.deepEqual(nodeAt(template.root, ['A']), { kind: 'scalar', value: '3', quoted: true, span: { start: 3, end: 6 } });
    assert.deepEqual(nodeAt(template.root, ['B']), { kind: 'scalar', value: 3, quoted: false, span: { start: 10, end: 11 } });
  });

  it('places the empty value of a half-typed key just after its colon', () => {
    const text = 'Resources:\n  Bucket:\n    Type:\n';
    const type = nodeAt(yaml(text).root, ['Resources', 'Bucket', 'Type'])!;
    assert.deepEqual(type, { kind: 'scalar', value: null, quoted: false, span: { start: 30, end: 30 } });
  });

  it('reports duplicate keys on the second key', () => {
    const text = 'A: 1\nA: 2\n';
    const findings = yaml(text).parseFindings;
    assert.equal(findings.length, 1);
    assert.equal(`${findings[0].ruleId} ${findings[0].severity} ${findings[0].message}`, "W0002 warning Duplicate key 'A': CloudFormation keeps only the last value given for it");
    assert.deepEqual(findings[0].span, { start: 5, end: 6 });
  });

  it('resolves an alias to its anchor', () => {
    assert.deepEqual(plainOf('A: &x [1, 2]\nB: *x\n'), { A: [1, 2], B: [1, 2] });
  });

  it('stops expanding an alias bomb with one error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const findings = yaml(lines.join('\n') + '\n').parseFindings;
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /alias bomb/);
  });

  it('reports broken YAML with the range the parser gives', () => {
    const text = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n   Properties: {\n';
    const template = yaml(text);
    assert.ok(template.parseFindings.length > 0);
    for (const found of template.parseFindings) {
      assert.equal(found.ruleId, 'E0000');
      assert.ok(found.span.start <= found.span.end && found.span.end <= text.length);
    }
  });

  it('cuts off absurd nesting with one error instead of overflowing the stack', () => {
    const depth = 10_000;
    const text = 'A: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
    const template = yaml(text);
    assert.ok(template.parseFindings.some((found) => /nested more than/.test(found.message)));
  });
});

describe('a YAML syntax error', () => {
  it('is reported once, not once for every token the reader recovers through after it', () => {
    const text = [
      'Resources:',
      '  Cdn:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Aliases:',
      '          - !Join [".", ["!Sub "${BucketName}", "example.com"]]',
      '        Enabled: true',
      '        DefaultCacheBehavior:',
      '          TargetOriginId: site',
      '          ViewerProtocolPolicy: redirect-to-https',
      '',
    ].join('\n');
    assert.deepEqual(parseTemplate(text, 'yaml').parseFindings.map((found) => `${found.ruleId} ${found.message}`), ['E0000 Missing , or : between flow sequence items']);
  });
});
