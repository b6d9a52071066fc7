/** CX2220: one EFS mount target per Availability Zone. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { efsMountTargetsPerZone } from '../../../../src/core/rules/catalogue/data/efsMountTargetsPerZone';
import { findings, resources } from './checkObjects';

const subnet = (name: string, zone: string) => `  ${name}:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: vpc-1, CidrBlock: 10.0.${name.length}.0/24, AvailabilityZone: ${zone}}\n`;
const target = (name: string, subnetId: string) =>
  `  ${name}:\n    Type: AWS::EFS::MountTarget\n    Properties: {FileSystemId: !Ref Files, SubnetId: ${subnetId}, SecurityGroups: [sg-1]}\n`;
const FILES = '  Files:\n    Type: AWS::EFS::FileSystem\n';

describe('CX2220 EFS mount targets per zone', () => {
  it('reports a second target in the same subnet, or in a subnet declared in the same zone', () => {
    const sameSubnet = resources(FILES + target('A', 'subnet-1') + target('B', 'subnet-1'));
    assert.deepEqual(findings(efsMountTargetsPerZone, sameSubnet).map((found) => found.message), [
      "Mount target 'B' is in the same subnet as 'A', for the same file system: a file system takes one mount target per Availability Zone",
    ]);
    const sameZone = resources(FILES + subnet('One', '!Select [0, !GetAZs ""]') + subnet('Other', '!Select [0, !GetAZs ""]') + target('A', '!Ref One') + target('B', '!Ref Other'));
    assert.deepEqual(findings(efsMountTargetsPerZone, sameZone).map((found) => found.message), [
      "Mount target 'B' is in a subnet of the same Availability Zone (zone 0 of Fn::GetAZs) as 'A', for the same file system: a file system takes one mount target per Availability Zone",
    ]);
  });

  it('takes subnets of different zones, and subnets whose zone it cannot tell', () => {
    const zones = resources(FILES + subnet('One', 'us-east-1a') + subnet('Other', 'us-east-1b') + target('A', '!Ref One') + target('B', '!Ref Other'));
    assert.deepEqual(findings(efsMountTargetsPerZone, zones), []);
    assert.deepEqual(findings(efsMountTargetsPerZone, resources(FILES + target('A', 'subnet-1') + target('B', 'subnet-2'))), []);
  });
});
