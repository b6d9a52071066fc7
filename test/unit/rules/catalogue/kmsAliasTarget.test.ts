/** CX2039: a KMS alias whose TargetKeyId names another alias instead of a key. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function template(target: string, parameters: string[] = []): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    ...parameters,
    'Resources:',
    '  Key:',
    '    Type: AWS::KMS::Key',
    '  First:',
    '    Type: AWS::KMS::Alias',
    '    Properties: {AliasName: alias/first, TargetKeyId: !Ref Key}',
    '  Second:',
    '    Type: AWS::KMS::Alias',
    `    Properties: {AliasName: alias/second, TargetKeyId: ${target}}`,
    '',
  ].join('\n');
}

describe('CX2039 alias pointed at an alias', () => {
  it('reports Ref of an alias of the template, and an alias name or ARN written out', () => {
    assert.deepEqual(paths('CX2039', template('!Ref First')), ['Resources/Second/Properties/TargetKeyId']);
    assert.deepEqual(paths('CX2039', template('alias/first')), ['Resources/Second/Properties/TargetKeyId']);
    assert.deepEqual(paths('CX2039', template('"arn:aws:kms:us-east-1:111122223333:alias/first"')), ['Resources/Second/Properties/TargetKeyId']);
  });

  it('accepts a key by Ref, GetAtt, ID or ARN, and a parameter that may name a key', () => {
    assert.deepEqual(paths('CX2039', template('!Ref Key')), []);
    assert.deepEqual(paths('CX2039', template('!GetAtt Key.Arn')), []);
    assert.deepEqual(paths('CX2039', template('1234abcd-12ab-34cd-56ef-1234567890ab')), []);
    assert.deepEqual(paths('CX2039', template('"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"')), []);
    assert.deepEqual(paths('CX2039', template('!Ref Target', ['Parameters:', '  Target: {Type: String, Default: alias/first}'])), []);
  });
});
