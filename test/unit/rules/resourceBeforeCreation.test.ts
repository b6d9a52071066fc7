import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resourceBeforeCreationRule } from '../../../src/core/rules/resourceBeforeCreation';
import { findingsOf } from './namesHelper';

describe('X1020 values read before any resource exists', () => {
  it('reports a resource in a condition, a rule, an export name and Fn::ImportValue', () => {
    const text = [
      'Parameters:',
      '  Env: {Type: String}',
      'Rules:',
      '  Prod:',
      '    Assertions: [{Assert: !Not [!Equals [!Ref Sg, ""]]}]',
      'Conditions:',
      '  HasSg: !Not [!Equals [!Ref Sg, ""]]',
      '  IsProd: !Equals [!Ref Env, prod]',
      'Resources:',
      '  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: web}}',
      '  Db:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: !ImportValue',
      '        Fn::Sub: "${Sg}-endpoint"',
      '      VpcId: !ImportValue {Fn::Sub: "${Env}-vpc"}',
      'Outputs:',
      '  Id: {Value: !Ref Sg, Export: {Name: !Sub "${Sg.GroupId}-export"}}',
      '  Named: {Value: !GetAtt Sg.GroupId, Export: {Name: !Sub "${AWS::StackName}-sg"}}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(resourceBeforeCreationRule, text), [
      "X1020 Conditions/HasSg/Fn::Not/0/Fn::Equals/0/Ref 'Sg'",
      "X1020 Resources/Db/Properties/GroupDescription/Fn::ImportValue/Fn::Sub 'Sg'",
      "X1020 Outputs/Id/Export/Name/Fn::Sub 'Sg'",
      "X1020 Rules/Prod/Assertions/0/Assert/Fn::Not/0/Fn::Equals/0/Ref 'Sg'",
    ]);
  });
});
