import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DEPTH } from '../../../src/core/parse/common';
import { readJsonFast } from '../../../src/core/parse/fast/json';
import { parseJsonWithPackage } from '../../../src/core/parse/jsonParser';
import { Random } from '../../fixtures/fastYaml/randomYaml';
import { mutated, readerComparison } from './readerComparison';

const TEMPLATE = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Size: { Type: 'Number', Default: 2, MinValue: 1.5e-3, AllowedValues: [1, -0, 1e400, 0.5] } },
    Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', Properties: { BucketName: { 'Fn::Sub': '${AWS::StackName}-logs' }, Tags: [] } },
      Topic: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: 'quote " backslash \\ tab \t newline \n unicode é \u2028 emoji 🚀', Enabled: true, Other: null, Off: false } },
    },
    Outputs: {},
  },
  null,
  2,
);

const { assertReadAlike, readsAlikeOrDeclines } = readerComparison(readJsonFast, parseJsonWithPackage);

describe('The fast JSON reader', () => {
  it('reads a template like jsonc-parser: spans, strings with escapes, numbers, literals', () => {
    assertReadAlike(TEMPLATE);
    assertReadAlike(JSON.stringify(JSON.parse(TEMPLATE)));
    assertReadAlike(TEMPLATE.replaceAll('\n', '\r\n').replaceAll('  ', '\t'));
    for (const scalar of ['"x"', '0', '-0', '12.5e+3', '1E-2', 'true', 'false', 'null', '"\\u00e9\\ud83d\\ude80\\/"', '[]', '{}']) assertReadAlike(` ${scalar} `);
  });

  it('reports duplicate keys as the jsonc-parser path does, inner maps first', () => {
    assertReadAlike('{"A": 1, "B": {"C": 1, "C": 2}, "A": 3}');
  });

  it('leaves what it does not read exactly to jsonc-parser', () => {
    const declined = ['', ' ', '{"a": 1,}', '[1, 2,]', '{"a" 1}', '{a: 1}', "{'a': 1}", '{"a": 1} x', '{"a": 1}{}', '// c\n{}', '{"a": /* c */ 1}', '\ufeff{}', '{\u00a0"a": 1}', '{\v}', '{"a": "tab\there"}', '{"a": "\\x41"}', '{"a": "\\u12"}', '{"a": "open', '[01]', '[1.]', '[.5]', '[+1]', '[-]', '[truex]', '[nul]', '[1 2]', '{"a": 1 "b": 2}', '{"a":}', '{"a"', '['];
    for (const text of declined) assert.equal(readJsonFast(text), undefined, JSON.stringify(text));
  });

  it('leaves nesting past the depth limit to jsonc-parser, which reports it', () => {
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    assertReadAlike(deep(MAX_DEPTH - 20));
    for (const levels of [MAX_DEPTH, MAX_DEPTH + 2]) assert.equal(readJsonFast(deep(levels)), undefined);
    assert.equal(parseJsonWithPackage(deep(MAX_DEPTH + 2)).findings.length, 1);
  });

  it('reads mutated templates as jsonc-parser does, or declines them', () => {
    const random = new Random(20_261_205);
    const pieces = [' ', '\n', '\t', '\r', ',', ':', '"', '\\', '{', '}', '[', ']', '0', '-', '.', 'e', 'true', 'null', '"k": 1', '/*', '\u00a0', 'x'];
    let read = 0;
    for (let run = 0; run < 3000; run++) {
      const text = mutated(TEMPLATE, random, pieces);
      if (readsAlikeOrDeclines(text)) read++;
    }
    // Fixed seed: many edits land inside strings or whitespace and keep the JSON valid.
    assert.ok(read >= 900, `the fast reader read ${read} of 3000 mutated templates`);
  });
});
