/** CX2221–CX2223 (EFS encryption, backups, retention), CX0726 (EBS Encrypted false), and the widened CX0721, CX3217 and CX3218. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, paths } from './helpers';
import { applyEdits } from '../exam/helpers';

const fileSystem = (properties: string, attributes = '', extra = '') => `Parameters:
  Flag: {Type: String}
Conditions:
  Keep: !Equals [!Ref Flag, keep]
Resources:
  Fs:
    Type: AWS::EFS::FileSystem
${attributes}    Properties:
      PerformanceMode: generalPurpose
${properties}${extra}`;

describe('CX2221 EFS file system not encrypted at rest', () => {
  it('reports a file system without Encrypted on its id, and Encrypted false on the value; the fix encrypts it', () => {
    assert.deepEqual(paths('CX2221', fileSystem('')), ['Resources/Fs']);
    assert.deepEqual(paths('CX2221', fileSystem('      Encrypted: false\n')), ['Resources/Fs/Properties/Encrypted']);
    const text = fileSystem('');
    const [finding] = check('CX2221', text);
    assert.deepEqual(paths('CX2221', applyEdits(text, finding.fixes![0].edits)), []);
  });

  it('leaves an encrypted file system, a computed choice and a key given without Encrypted (a registry error of its own) alone', () => {
    assert.deepEqual(paths('CX2221', fileSystem('      Encrypted: true\n')), []);
    assert.deepEqual(paths('CX2221', fileSystem('      Encrypted: !Equals [!Ref Flag, yes]\n')), []);
    assert.deepEqual(paths('CX2221', fileSystem('      KmsKeyId: alias/files\n')), []);
  });
});

describe('CX2222 EFS automatic backups turned off', () => {
  it('reports BackupPolicy DISABLED, and leaves ENABLED, no BackupPolicy and a template with an AWS Backup selection alone', () => {
    assert.deepEqual(paths('CX2222', fileSystem('      Encrypted: true\n      BackupPolicy: {Status: DISABLED}\n')), ['Resources/Fs/Properties/BackupPolicy/Status']);
    assert.deepEqual(paths('CX2222', fileSystem('      Encrypted: true\n      BackupPolicy: {Status: ENABLED}\n')), []);
    assert.deepEqual(paths('CX2222', fileSystem('      Encrypted: true\n')), []);
    const selection = '  Selection:\n    Type: AWS::Backup::BackupSelection\n    Properties: {BackupPlanId: plan-1, BackupSelection: {SelectionName: files, IamRoleArn: arn:aws:iam::123456789012:role/backup, Resources: [!GetAtt Fs.Arn]}}\n';
    assert.deepEqual(paths('CX2222', fileSystem('      BackupPolicy: {Status: DISABLED}\n', '', selection)), []);
  });
});

describe('CX2223 EFS file system without Retain', () => {
  it('names the missing policies, and the fix inserts both Retain policies', () => {
    const text = fileSystem('      Encrypted: true\n');
    const [finding] = check('CX2223', text);
    assert.equal(finding.message, "EFS file system 'Fs' has no DeletionPolicy or UpdateReplacePolicy Retain: deleting the stack, or an update that replaces the file system, deletes its files");
    assert.deepEqual(paths('CX2223', applyEdits(text, finding.fixes![0].edits)), []);
    const [deleteOnly] = check('CX2223', fileSystem('      Encrypted: true\n', '    DeletionPolicy: Retain\n'));
    assert.equal(deleteOnly.message, "EFS file system 'Fs' has no UpdateReplacePolicy Retain: an update that replaces the file system deletes the old file system with its files");
    assert.equal(deleteOnly.fixes?.length, 1);
  });

  it('leaves a file system retained both ways, and a policy chosen by a condition, alone', () => {
    assert.deepEqual(paths('CX2223', fileSystem('', '    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n')), []);
    assert.deepEqual(paths('CX2223', fileSystem('', '    DeletionPolicy: !If [Keep, Retain, Delete]\n    UpdateReplacePolicy: Retain\n')), []);
  });
});

describe('CX0726 EBS volumes declared unencrypted', () => {
  const instance = (encrypted: string) => `Resources:
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: {VolumeSize: 20, Encrypted: ${encrypted}}
        - DeviceName: /dev/sdb
          VirtualName: ephemeral0
  Config:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-12345678
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: {VolumeSize: 20, Encrypted: ${encrypted}}
`;

  it('reports Encrypted false (a boolean or the string) in instance and launch configuration mappings; the fix sets true', () => {
    const expected = ['Resources/Server/Properties/BlockDeviceMappings/0/Ebs/Encrypted', 'Resources/Config/Properties/BlockDeviceMappings/0/Ebs/Encrypted'];
    assert.deepEqual(paths('CX0726', instance('false')), expected);
    assert.deepEqual(paths('CX0726', instance('"false"')), expected);
    const text = instance('false');
    const fixed = applyEdits(text, check('CX0726', text).flatMap((finding) => finding.fixes![0].edits));
    assert.deepEqual(paths('CX0726', fixed), []);
  });

  it('leaves true, a computed value and a volume without Encrypted (the account default decides) alone', () => {
    assert.deepEqual(paths('CX0726', instance('true')), []);
    assert.deepEqual(paths('CX0726', instance('!Ref Encrypt')), []);
    assert.deepEqual(paths('CX0726', 'Resources:\n  Data: {Type: AWS::EC2::Volume, Properties: {AvailabilityZone: us-east-1a, Size: 10}}\n'), []);
  });
});

describe('CX0721 on instances', () => {
  const server = (tokens: string) => `Resources:\n  Server:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      MetadataOptions: {HttpTokens: ${tokens}}\n`;

  it('reports an instance whose metadata service takes IMDSv1, in words for an instance', () => {
    const [finding] = check('CX0721', server('optional'));
    assert.equal(finding.path?.join('/'), 'Resources/Server/Properties/MetadataOptions/HttpTokens');
    assert.match(finding.message, /^Instance 'Server' has a metadata service that answers IMDSv1 requests/);
    assert.deepEqual(paths('CX0721', server('required')), []);
  });
});

describe('CX3218 file-share ports', () => {
  it('reports NFS and SMB open to the internet', () => {
    const group = (port: number) => `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: files\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: ${port}, ToPort: ${port}, CidrIp: 0.0.0.0/0}\n`;
    assert.deepEqual(check('CX3218', group(2049)).map((finding) => finding.message), ["'Sg' lets 0.0.0.0/0 (the whole internet) reach port 2049 (NFS): admit only the sources that need it"]);
    assert.deepEqual(check('CX3218', group(445)).map((finding) => finding.message), ["'Sg' lets 0.0.0.0/0 (the whole internet) reach port 445 (SMB): admit only the sources that need it"]);
  });
});

describe('CX3217 on bucket policies', () => {
  const bucketPolicy = (action: string, block = 'false') => `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: {BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: ${block}, RestrictPublicBuckets: ${block}}
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: ${action}
            Resource: !Sub \${Site.Arn}/*
`;

  it('reports an open statement that grants writes, deletes or every action, and leaves public reads (a website) alone', () => {
    for (const action of ['s3:*', 's3:PutObject', '"*"', '[s3:GetObject, s3:DeleteObject]']) {
      assert.deepEqual(paths('CX3217', bucketPolicy(action)), ['Resources/SitePolicy/Properties/PolicyDocument/Statement/0/Principal'], action);
    }
    for (const action of ['s3:GetObject', '[s3:GetObject, s3:GetObjectVersion, s3:ListBucket]', 's3:Get*', '!Ref Actions']) {
      assert.deepEqual(paths('CX3217', bucketPolicy(action)), [], action);
    }
  });

  it('leaves a bucket that blocks public policies to CX2315, which reports the rejection', () => {
    assert.deepEqual(paths('CX3217', bucketPolicy('s3:*', 'true')), []);
    assert.deepEqual(paths('CX2315', bucketPolicy('s3:*', 'true')), ['Resources/SitePolicy/Properties/PolicyDocument/Statement/0']);
  });
});
