import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedSubVariableRule } from '../../../src/core/rules/undefinedSubVariable';
import { findingsOf, fixedText } from './namesHelper';

describe('E1019 Fn::Sub variable undefined', () => {
  const text = [
    'Parameters:',
    '  Stage: {Type: String}',
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: !Sub "${AWS::StackName}-${Stag}-${!Literal}-${Bucket.Arn}-${Missing.Arn}"',
    '      Tags:',
    '        - Key: k',
    '          Value: !Sub',
    '            - "${Local}-${AlsoMissing}"',
    '            - {Local: x}',
    '',
  ].join('\n');

  it('reports the exact name inside the string, and in the list form a name its variable map does not bind', () => {
    assert.deepEqual(findingsOf(undefinedSubVariableRule, text), [
      "E1019 Resources/Bucket/Properties/BucketName/Fn::Sub 'Stag'",
      "E1019 Resources/Bucket/Properties/BucketName/Fn::Sub 'Missing'",
      "E1019 Resources/Bucket/Properties/Tags/0/Value/Fn::Sub 'AlsoMissing'",
    ]);
    // A variable map a function computes may bind anything.
    assert.deepEqual(findingsOf(undefinedSubVariableRule, text.replace('{Local: x}', '!If [C, {Local: x}, {AlsoMissing: y}]').replace('${Stag}-', '').replace('-${Missing.Arn}', '')), []);
  });

  it('fixes a misspelt variable in place', () => {
    assert.deepEqual(fixedText(undefinedSubVariableRule, text), [`Change to 'Stage': ${text.replace('${Stag}', '${Stage}')}`]);
  });

  it('works in JSON strings with escapes', () => {
    const json = '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "\\"${Nope}\\""}}}}}';
    assert.deepEqual(findingsOf(undefinedSubVariableRule, json, 'json'), ["E1019 Resources/B/Properties/BucketName/Fn::Sub 'Nope'"]);
  });

  it('is silent for declared names and pseudo parameters', () => {
    const good = 'Parameters:\n  P: {Type: String}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: !Sub "${P}-${AWS::Region}-${B.Arn}"}\n';
    assert.deepEqual(findingsOf(undefinedSubVariableRule, good), []);
  });

  it('leaves a Sub list of another length than two to the shape check', () => {
    const three = ['Parameters:', '  C: {Type: String}', 'Resources:', '  T:', '    Type: AWS::SNS::Topic', '    Properties:', '      TopicName: !Sub', "        - '${A}-${B}'", '        - A: !Ref C', '        - B: !Ref C', ''].join('\n');
    assert.deepEqual(findingsOf(undefinedSubVariableRule, three), []);
  });
});
