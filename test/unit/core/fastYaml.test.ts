import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readYamlFast } from '../../../src/core/parse/fast';
import { parseYamlWithPackage } from '../../../src/core/parse/yamlParser';
import { Random, randomYaml } from '../../fixtures/fastYaml/randomYaml';
import { mutated, readerComparison } from './readerComparison';

const TEMPLATE = readFileSync(new URL('../../fixtures/fastYaml/template.yaml', import.meta.url), 'utf8');

const { assertReadAlike, readsAlikeOrDeclines } = readerComparison(readYamlFast, parseYamlWithPackage);

describe('The fast YAML reader', () => {
  it('reads a template like the yaml package', () => {
    assertReadAlike(TEMPLATE);
  });

  it('reads scalars of every YAML 1.1 kind like the yaml package', () => {
    const values = ['abc', 'true', 'y', 'n', 'No', 'ON', '1', '-0', '0x1F', '0b101', '0777', '1_000', '12:30', '1e3', '1.5e+3', '.5', '.inf', '-.Inf', '.NaN', '~', 'null', '', '2020-01-01', 'E3012', '/health', '/', '$5', '_x', '=', '10.0.0.0/16', '+1', '+.5', '-1_0', '~x', '.x', '"a\\tb\\u00e9\\x41\\""', "'it''s'", '"a\n     b\n\n     c"', "'a\n     b '"];
    for (const value of values) assertReadAlike(`Key: ${value}\nList:\n  - ${value}\n`);
    assertReadAlike('1: a\ntrue: b\nE3012: c\n"quoted": d\nspaced  : e\n');
  });

  it('reads block scalars like the yaml package', () => {
    for (const header of ['|', '|-', '|+', '>', '>-', '>+', '| # note']) {
      assertReadAlike(`A:\n  B: ${header}\n    one\n      two\n\n    three\n\n  C: x\n`);
      assertReadAlike(`A:\n  - ${header}\n    one\n     \n    two\n        \n`);
    }
  });

  it('reads indentation indicators and kept empty block scalars (as cfn-flip writes them) like the yaml package', () => {
    assertReadAlike('K:\n  - - a\n    - |2\n         >> /etc/ecs/ecs.config\n    - |+\n\n    - |\n      x\nL:\n  M: |2-\n      two deeper\n     one deeper\n');
    const holders: [string, number][] = [['K: ', 0], ['K:\n  - ', 2], ['K:\n  L: ', 2], ['- ', 0], ['K:\n  L:\n    - ', 4]];
    let read = 0;
    let documents = 0;
    for (const header of ['|1', '|2', '>2', '|2-', '|-2', '|+2', '|2+', '|9', '|0', '|22', '|+', '>+', '|+ # c']) {
      for (const [holder, indent] of holders) {
        for (const body of ['', '\n', '\n\n', ' \n   \n', 'ab', '  ab\n cd', ' ab\n\n   cd\n  ', 'ab\n\n\n', '   \n ab', 'x\n y']) {
          for (const deeper of [0, 1, 2, 3, 6]) {
            for (const after of ['Z: 1\n', '  - y\n', '  M: 2\n', '', '  # c\n  - z\n']) {
              const lines = body.split('\n').map((line) => (line.trim() ? ' '.repeat(indent + deeper) + line : line));
              documents++;
              if (readsAlikeOrDeclines(`${holder}${header}\n${lines.join('\n')}${body ? '\n' : ''}${after}`)) read++;
            }
          }
        }
      }
    }
    assert.ok(read >= 2000, `the fast reader read ${read} of ${documents} documents`);
  });

  it('ends collections where the yaml package does, whatever comment lines follow them', () => {
    for (const blank of ['', '\n']) {
      for (let first = 0; first <= 6; first++) {
        for (const second of [-1, 0, 3, 6]) {
          const tail = `${blank}${' '.repeat(first)}# c\n${second >= 0 ? `${' '.repeat(second)}# d\n` : ''}`;
          assertReadAlike(`A:\n  B:\n    C: 1\n${tail}`);
          assertReadAlike(`A:\n  B:\n    - 1\n${tail}D: 2\n`);
          assertReadAlike(`  A:\n    B:\n      C: 1\n${tail}  Z: 0\n`);
        }
      }
    }
  });

  it('reads tags, flow collections, compact maps and values on the next line like the yaml package', () => {
    assertReadAlike('A: !If [Cond, !Ref X, {Ref: "AWS::NoValue"}]\nB:\n  !Join\n    - ""\n    - [a, b]\nC: !Sub |\n  x ${Y}\n');
    assertReadAlike('L:\n- Key: v\n  Other: !GetAtt R.Arn\n-   - nested\n    - !Ref Z\n- "quoted: not a key"\n-\n  Late: 1\n- [a,\n    b]\nM: x\n');
    assertReadAlike('---\n# intro\nEmpty:\nAlso: # note\nLast: 1\n');
    assertReadAlike('Zip: !Rain::Embed handler.py\nAzs: !GetAZs\nList: [!Custom 1, !Other {a: 1}]\n');
    // Half-typed: keys without values before blank lines, at the end of their map and of the document.
    assertReadAlike('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n\n  Queue:\n\n   \n');
  });

  it('reads plain scalars that go on over several lines inside flow collections like the yaml package', () => {
    assertReadAlike('K:\n  L: [one, a b\n    c d, three]\nM: {A: x\n\n   y\n      z, B: img.png" alt="A\n  B"/>}\n');
    const lines = ['a', 'a  ', '1', 'true', 'b:c', 'p/q.png" alt="A', 'x y'];
    const breaks = ['\n', '\n\n', '\n   \n', '\n\n\n'];
    const nexts = ['c', 'c d', '2', 'false', 'y: z', '- y', '#c', ',y', ']', '}', '"q"', '!Ref x', 'b :c', 'B"/>'];
    const holders = [(value: string) => `K:\n  L: [one, ${value}, three]\nM: 1\n`, (value: string) => `K: {A: ${value}, B: 2}\n`, (value: string) => `- [${value}]\n`, (value: string) => `K:\n  - {A: [x, ${value}]}\n`, (value: string) => `K: [!Ref ${value}]\n`];
    let read = 0;
    for (const line of lines) {
      for (const lineBreak of breaks) {
        for (const indent of [0, 1, 2, 3, 4, 6]) {
          for (const next of nexts) {
            for (const holder of holders) if (readsAlikeOrDeclines(holder(`${line}${lineBreak}${' '.repeat(indent)}${next}`))) read++;
          }
        }
      }
    }
    assert.ok(read >= 2000, `the fast reader read ${read} of ${lines.length * breaks.length * 6 * nexts.length * holders.length} documents`);
  });

  it('reads block plain scalars whose next lines start with an indicator character like the yaml package', () => {
    assertReadAlike("K:\n  Description: Must be 8-41 characters long, or the special characters\n    !^*-_+\n  Other: x\n");
    const nexts = ['- x', '-x', '? x', ':x', ': x', ':', ',y', '[a, b]', '{a: b}', '{a:b}', ']', '}', '&a x', '*a', '!Ref x', '!^*-_+', '|', '> x', "'q' x", '"q"', '"comma".', '%x', '@x', '`x', '# c', 'x #c', 'a: b'];
    const holders = [(value: string) => `K:\n  L: ${value}\nM: 1\n`, (value: string) => `K:\n  - ${value}\n  - 2\n`, (value: string) => `- ${value}\n`, (value: string) => `K: ${value}\n`];
    let read = 0;
    for (const next of nexts) {
      for (const lineBreak of ['\n', '\n\n', '\n  \n']) {
        for (const indent of [0, 1, 2, 3, 4, 6]) {
          for (const holder of holders) if (readsAlikeOrDeclines(holder(`first words${lineBreak}${' '.repeat(indent)}${next}`))) read++;
        }
      }
    }
    assert.ok(read >= 750, `the fast reader read ${read} of ${nexts.length * 3 * 6 * holders.length} documents`);
  });

  it('reads key: value pairs inside flow sequences like the yaml package', () => {
    assertReadAlike('A: !Select [0, Fn::GetAZs: !Ref "AWS::Region"]\nB: !Not [!Equals [Ref: "AWS::Partition", aws-cn]]\nC: [ Ref: X , b ]\n');
    const items = ['k: v', 'k: [1, 2]', 'k: {a: 1}', 'k: !Ref x', 'k:', 'k: ', 'k: v: w', 'k:v', 'Fn::GetAZs: ""', '"q": 1', 'k: "a\n    b"', 'k:\n    v', 'k: a\n    b', '- k: v', 'k: , z'];
    const holders = [(item: string) => `A: [${item}]\n`, (item: string) => `A: [0, ${item}, z]\n`, (item: string) => `A:\n  - [${item}, z]\nB: 1\n`, (item: string) => `A: [[${item}]]\n`];
    let read = 0;
    for (const item of items) for (const holder of holders) if (readsAlikeOrDeclines(holder(item))) read++;
    assert.ok(read >= 30, `the fast reader read ${read} of ${items.length * holders.length} documents`);
  });

  it('reads tags without a value inside flow collections like the yaml package', () => {
    assertReadAlike('A: !Select [ 0, !GetAZs ]\nB: [!GetAZs, x]\nC: {a: !GetAZs }\nD: [ !GetAZs  , x]\nE: {a: !GetAZs}\n');
    for (const text of ['A: [!GetAZs\n  , x]\n', 'A: [!GetAZs ,]\n', 'A: [!GetAZs !Ref x]\n', 'A: {!GetAZs : x}\n', 'A: [!GetAZs #c\n ]\n']) readsAlikeOrDeclines(text);
  });

  it('reads tabs in comment lines like the yaml package, and leaves other tabs to it', () => {
    assertReadAlike('# CIS 1.12\tEnsure no root key\nA:\n  # 4.1\tNo 0.0.0.0/0\n  B: 1\n  C: |\n    #!/bin/bash\n    # step\tone\n    run\n');
    for (const text of ['A:\n\tB: 1\n', 'A: b\t# c\n', 'A: |\n  x\ty\n', 'A: "a\tb"\n', 'A:\t1\n', '\t# c\nA: 1\n', 'A: [1,\t2]\n']) {
      assert.equal(readYamlFast(text), undefined, JSON.stringify(text));
    }
    for (const holder of ['A: x\n', 'A:\n  - x\n', 'A: |\n  x\n', 'A: "x\n']) {
      for (const line of ['# a\tb', '  # a\tb', '    # a\t', '#\t']) readsAlikeOrDeclines(`${holder}${line}\nB: 1\n`);
    }
  });

  it('reads escaped line breaks in double-quoted scalars like the yaml package', () => {
    assertReadAlike('X:\n  - "echo \\"\\t[] Starting: install\\\n    \\ via [pip]\\"\\n"\n  - "a\\\n    \\n"\nY: 1\n');
    const firsts = ['a', 'a  ', 'a\\\\', 'a\\ ', 'a \\ ', ''];
    const seconds = ['b', '\\ b', '  b', '', '\\', 'b\\'];
    let read = 0;
    for (const first of firsts) {
      for (const lineBreak of ['\\\n', '\n', '\\\n\n', '\\ \n']) {
        for (const second of seconds) {
          for (const holder of [(value: string) => `A: "${value}"\nB: 1\n`, (value: string) => `A:\n  - "${value}"\n`, (value: string) => `A: ["${value}", x]\n`]) {
            if (readsAlikeOrDeclines(holder(`${first}${lineBreak}    ${second}`))) read++;
          }
        }
      }
    }
    assert.ok(read >= 110, `the fast reader read ${read} of ${firsts.length * 4 * seconds.length * 3} documents`);
  });

  it('reads quoted keys with spaces before their colon (JSON-shaped YAML) like the yaml package', () => {
    assertReadAlike('Tags:\n  "Name" : "BasicFleet"\n  \'Other\'  : x\nIf:\n  "Fn::If" : [ { "Fn::Equals" : [ { "Ref" : "A" }, "b" ] }, { "Ref" : "C" } ]\n');
    for (const key of ['"a" :', '"a"  :x', '"a" :: b', '"a" ', "'a' :", '"a":']) {
      for (const holder of [(k: string) => `M:\n  ${k} 1\n  z: 2\n`, (k: string) => `M: {${k} 1, z: 2}\n`, (k: string) => `- ${k} 1\n`, (k: string) => `M: [{${k} 1}]\n`]) readsAlikeOrDeclines(holder(key));
    }
  });

  it('reads CRLF line breaks, mixed line breaks and a byte order mark like the yaml package', () => {
    const lines = TEMPLATE.split('\n');
    assertReadAlike(lines.join('\r\n'));
    assertReadAlike(`\ufeff${TEMPLATE}`);
    assertReadAlike(`\ufeff${lines.join('\r\n')}`);
    assertReadAlike(lines.map((line, index) => (index % 3 === 0 ? `${line}\r` : line)).join('\n'));
    for (let seed = 1; seed <= 500; seed++) readsAlikeOrDeclines(randomYaml(new Random(seed)).replaceAll('\n', '\r\n'));
  });

  it('reports duplicate keys as the yaml package path does', () => {
    assertReadAlike('A: 1\nB:\n  C: 1\n  C: 2\nA: 3\n');
  });

  it('leaves what it does not read exactly to the yaml package', () => {
    const declined = ['A: &x 1\nB: *x\n', 'A: 1\rB: 2\n', 'A: !!str 1\n', 'A: !Foo%21 x\n', 'A: !<tag:x> y\n', 'A: [1, 2\nB: 1\n', 'A: "open\n', '- a\n- b\n', 'A: 1\n---\nB: 2\n', 'A: b: c\n', 'A:\n  B: 1\n C: 2\n', 'A: {a: 1, # c\n  b: 2}\n'];
    for (const text of declined) assert.equal(readYamlFast(text), undefined, JSON.stringify(text));
  });

  it('reads random template-shaped YAML as the yaml package does, or declines it', () => {
    let read = 0;
    for (let seed = 1; seed <= 4000; seed++) if (readsAlikeOrDeclines(randomYaml(new Random(seed)))) read++;
    // Fixed seeds: most generated documents are well-formed, so the comparison covers the reader.
    assert.ok(read >= 1100, `the fast reader read ${read} of 4000 documents`);
  });

  it('reads mutated templates as the yaml package does, or declines them', () => {
    const random = new Random(20_261_123);
    const pieces = [' ', '  ', '\n', '#', ':', ': ', '- ', '"', "'", '|', '>', '[', ']', '{', '}', ',', '!Ref ', 'x', '\n  ', '\n# c\n', '\n\n'];
    for (let run = 0; run < 1500; run++) {
      const text = mutated(TEMPLATE, random, pieces);
      readsAlikeOrDeclines(text);
    }
  });
});
