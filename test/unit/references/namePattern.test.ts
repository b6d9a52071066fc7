import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NamePattern } from '../../../src/core/references/namePattern';
import { undefinedReferences } from '../../../src/core/references';
import { parseTemplate } from '../../../src/core/template';

describe('names with unknown loop items', () => {
  it('matches literal text around any-character and letters-and-digits wildcards', () => {
    const pattern = new NamePattern([{ text: 'Topic' }, { wildcard: 'any' }, { text: 'X' }]);
    assert.deepEqual(['TopicX', 'Topic-a.bX', 'TopicXX', 'TopicXy', 'QueueX'].map((name) => pattern.test(name)), [true, true, true, false, false]);
    const alphanumeric = new NamePattern([{ text: 'Subnet' }, { wildcard: 'alphanumeric' }]);
    assert.deepEqual(['Subnet', 'SubnetA1', 'SubnetA-1'].map((name) => alphanumeric.test(name)), [true, true, false]);
  });

  it('matches prefixes only when asked', () => {
    const parts = [{ text: 'Fn' }, { wildcard: 'alphanumeric' as const }, { text: 'Role' }];
    assert.deepEqual([new NamePattern(parts).test('FnAbcRoleExtra'), new NamePattern(parts, true).test('FnAbcRoleExtra')], [false, true]);
  });

  it('merges a run of wildcards into the widest', () => {
    const pattern = new NamePattern([{ wildcard: 'alphanumeric' }, { wildcard: 'any' }, { text: '!' }]);
    assert.deepEqual([pattern.test('a-b!'), pattern.test('!'), pattern.test('ab')], [true, true, false]);
  });

  it('checks a name against a loop key of 40 unknown placeholders in linear time', () => {
    const key = `Res${'${X}'.repeat(40)}Z`;
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Parameters:',
      '  Items:',
      '    Type: CommaDelimitedList',
      'Resources:',
      '  Fn::ForEach::Loop:',
      '    - X',
      '    - !Ref Items',
      `    - ${key}:`,
      '        Type: AWS::SNS::Topic',
      '  Other:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      `      TopicName: !Ref Res${'a'.repeat(60)}`,
    ].join('\n');
    // A backtracking regular expression takes minutes here (2^40 ways to split the name).
    const missing = undefinedReferences(parseTemplate(text, 'yaml'), ['ref']).map((reference) => reference.name);
    assert.deepEqual(missing, [`Res${'a'.repeat(60)}`]);
  });
});
