/** CX2040: data kept on stack deletion, encrypted with a key the stack deletes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function template(keyPolicy: string, dataPolicy: string, keyProperty = 'KmsKeyId: !Ref Key'): string {
  return [
    'Resources:',
    '  Key:',
    '    Type: AWS::KMS::Key',
    ...(keyPolicy ? [`    DeletionPolicy: ${keyPolicy}`] : []),
    '  Alias:',
    '    Type: AWS::KMS::Alias',
    '    Properties: {AliasName: alias/data, TargetKeyId: !Ref Key}',
    '  Volume:',
    '    Type: AWS::EC2::Volume',
    ...(dataPolicy ? [`    DeletionPolicy: ${dataPolicy}`] : []),
    '    Properties:',
    '      AvailabilityZone: us-east-1a',
    '      Size: 10',
    '      Encrypted: true',
    `      ${keyProperty}`,
    '',
  ].join('\n');
}

describe('CX2040 kept data, deleted key', () => {
  it('reports a Retain or Snapshot resource whose key (directly or through an alias) is deleted with the stack', () => {
    assert.deepEqual(paths('CX2040', template('', 'Retain')), ['Resources/Volume/Properties/KmsKeyId']);
    assert.deepEqual(paths('CX2040', template('Delete', 'Snapshot')), ['Resources/Volume/Properties/KmsKeyId']);
    assert.deepEqual(paths('CX2040', template('', 'RetainExceptOnCreate', 'KmsKeyId: !Ref Alias')), ['Resources/Volume/Properties/KmsKeyId']);
  });

  it('accepts a retained key, data deleted with the stack, and keys from outside the template', () => {
    assert.deepEqual(paths('CX2040', template('Retain', 'Retain')), []);
    assert.deepEqual(paths('CX2040', template('RetainExceptOnCreate', 'Snapshot')), []);
    assert.deepEqual(paths('CX2040', template('', '')), []);
    assert.deepEqual(paths('CX2040', template('', 'Delete')), []);
    assert.deepEqual(paths('CX2040', template('', 'Retain', 'KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')), []);
  });
});
