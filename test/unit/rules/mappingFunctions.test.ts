import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mappingFunctionsRule } from '../../../src/core/rules/mappingFunctions';
import { findingsOf } from './namesHelper';

describe('E7001 functions in the Mappings section', () => {
  it('reports a function, a Ref and a function inside a list value, at the function', () => {
    const text = [
      'Mappings:',
      '  Region:',
      '    us-east-1:',
      "      Bucket: !Sub 'logs-${AWS::Region}'",
      '      Zone: !Ref AWS::Region',
      '      Cidrs: [10.0.0.0/16, !Select [0, [a]]]',
      '      Plain: literal',
      'Resources:',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(mappingFunctionsRule, text), [
      "E7001 Mappings/Region/us-east-1/Bucket/Fn::Sub '!Sub'",
      "E7001 Mappings/Region/us-east-1/Zone/Ref '!Ref'",
      "E7001 Mappings/Region/us-east-1/Cidrs/1/Fn::Select '!Select'",
    ]);
  });

  it('leaves literal values, lists of literals and a macro’s Fn::Transform alone', () => {
    const text = [
      'Mappings:',
      '  Region:',
      '    us-east-1:',
      '      Ami: ami-12345678',
      '      Zones: [us-east-1a, us-east-1b]',
      '  Included:',
      '    Fn::Transform:',
      '      Name: AWS::Include',
      '      Parameters: {Location: s3://bucket/mappings.yaml}',
      'Resources:',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(mappingFunctionsRule, text), []);
  });
});
