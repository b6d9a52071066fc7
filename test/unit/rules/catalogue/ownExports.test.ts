/** CX2823: a stack importing its own export. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importsOwnExport } from '../../../../src/core/rules/catalogue/routing/ownExports';
import { paths, resources } from './checkObjects';

const template = (value: string, exportName: string) =>
  resources(
    `  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Param:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: String\n      Value: ${value}\n`,
  ) + `Outputs:\n  VpcId:\n    Value: !Ref Vpc\n    Export:\n      Name: ${exportName}\n`;

describe('CX2823 a stack importing its own export', () => {
  it('reports an import of a name the template exports, written the same way (literal or Fn::Sub)', () => {
    assert.deepEqual(paths(importsOwnExport, template('!ImportValue net-VpcId', 'net-VpcId')), ['Resources/Param/Properties/Value/Fn::ImportValue']);
    assert.deepEqual(paths(importsOwnExport, template("!ImportValue {'Fn::Sub': '${AWS::StackName}-VpcId'}", "!Sub '${AWS::StackName}-VpcId'")), [
      'Resources/Param/Properties/Value/Fn::ImportValue',
    ]);
  });

  it('leaves imports of other stacks’ exports alone, and templates without outputs', () => {
    assert.deepEqual(paths(importsOwnExport, template('!ImportValue shared-VpcId', 'net-VpcId')), []);
    assert.deepEqual(paths(importsOwnExport, resources('  Param:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: String\n      Value: !ImportValue net-VpcId\n')), []);
  });
});
