/** T22 and T23 catalogue checks (AWS Backup, S3) on conditions, strings, JSON and references between resources. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import { backupContinuousRetention } from '../../../../src/core/rules/catalogue/data/backupContinuousRetention';
import { backupColdStorageRetention } from '../../../../src/core/rules/catalogue/data/backupColdStorageRetention';
import { backupCopyToSameRegion } from '../../../../src/core/rules/catalogue/data/backupCopyToSameRegion';
import { backupRefForArn } from '../../../../src/core/rules/catalogue/data/backupRefForArn';
import { backupScheduleCron } from '../../../../src/core/rules/catalogue/data/backupSchedule';
import { backupTargetVaultArn } from '../../../../src/core/rules/catalogue/data/backupTargetVault';
import { s3AclWithoutOwnership } from '../../../../src/core/rules/catalogue/data/s3AclWithoutOwnership';
import { s3LifecycleInfrequentAccess } from '../../../../src/core/rules/catalogue/data/s3LifecycleInfrequentAccess';
import { s3PublicPolicyBlocked } from '../../../../src/core/rules/catalogue/data/s3PublicPolicyBlocked';
import { s3ReplicationDeleteMarkers } from '../../../../src/core/rules/catalogue/data/s3ReplicationDeleteMarkers';
import { s3WebsiteBucketName } from '../../../../src/core/rules/catalogue/data/s3WebsiteBucketName';
import { route53S3WebsiteBucketName } from '../../../../src/core/rules/catalogue/routing/aliasTargets';
import { fixed, only, run } from '../exam/helpers';

const paths = (check: Parameters<typeof catalogueRule>[0], text: string) => run(catalogueRule(check), text).map((found) => found.path?.join('/'));

const plan = (lifecycle: string, copy = '') => `Resources:
  Vault:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: main
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - RuleName: daily
            TargetBackupVault: !Ref Vault
            Lifecycle:
${lifecycle}${copy}`;

describe('CX2210 cold storage retention', () => {
  it('reads numbers written as strings and leaves -1 (keep forever) and conditions alone', () => {
    assert.deepEqual(paths(backupColdStorageRetention, plan('              MoveToColdStorageAfterDays: "30"\n              DeleteAfterDays: "100"\n')), [
      'Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/Lifecycle/DeleteAfterDays',
    ]);
    assert.deepEqual(paths(backupColdStorageRetention, plan('              MoveToColdStorageAfterDays: 30\n              DeleteAfterDays: 120\n')), []);
    assert.deepEqual(paths(backupColdStorageRetention, plan('              MoveToColdStorageAfterDays: -1\n              DeleteAfterDays: -1\n')), []);
    assert.deepEqual(paths(backupColdStorageRetention, plan('              MoveToColdStorageAfterDays: !If [Long, 30, !Ref AWS::NoValue]\n              DeleteAfterDays: 60\n')), []);
  });
});

describe('CX2212 continuous backup retention', () => {
  it('reports each value a deployment can give: an Fn::If branch, a key of a mapping', () => {
    const continuous = (days: string, mappings = '') =>
      `${mappings}${plan(`              DeleteAfterDays: ${days}\n`)}`.replace('            TargetBackupVault: !Ref Vault\n', '            TargetBackupVault: !Ref Vault\n            EnableContinuousBackup: true\n');
    const days = 'Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/Lifecycle/DeleteAfterDays';
    assert.deepEqual(paths(backupContinuousRetention, continuous('35')), []);
    assert.deepEqual(paths(backupContinuousRetention, continuous('!If [IsProd, 45, 7]')), [days]);
    const mappings = 'Parameters:\n  Env: { Type: String, AllowedValues: [dev, prod] }\nMappings:\n  Keep:\n    dev: { Days: 7 }\n    prod: { Days: 45 }\n    old: { Days: 90 }\n';
    assert.deepEqual(paths(backupContinuousRetention, continuous('!FindInMap [Keep, !Ref Env, Days]', mappings)), [days]);
    assert.deepEqual(paths(backupContinuousRetention, continuous('!FindInMap [Keep, dev, Days]', mappings)), []);
    assert.deepEqual(paths(backupContinuousRetention, continuous('!FindInMap [Keep, !Ref AWS::Region, Days]', mappings)), []);
    const [found] = run(catalogueRule(backupContinuousRetention), continuous('!FindInMap [Keep, !Ref Stage, Days]', mappings.replace('Parameters:', 'Parameters:\n  Stage: { Type: String }')));
    assert.match(found.message, /keeps recovery points 45\/90 days/);
  });

  it('is an error only when every value is over 35 days, and a warning naming the long ones otherwise', () => {
    const continuous = (days: string, parameters = '') =>
      `${parameters}${plan(`              DeleteAfterDays: ${days}\n`)}`.replace('            TargetBackupVault: !Ref Vault\n', '            TargetBackupVault: !Ref Vault\n            EnableContinuousBackup: true\n');
    const retention = (allowed: string) => `Parameters:\n  Retention: {Type: Number, Default: 35, AllowedValues: [${allowed}]}\n`;
    const found = (text: string) => run(catalogueRule(backupContinuousRetention), text);
    const [some] = found(continuous('!Ref Retention', retention('7, 35, 90')));
    assert.equal(some.severity, 'warning');
    assert.equal(
      some.message,
      "A continuous-backup rule of 'Plan' keeps recovery points 90 days in some deployments (DeleteAfterDays can be 7/35/90): continuous " +
        'backups can be retained 35 days at most, so those deployments fail; keep long-term copies with a separate snapshot rule',
    );
    assert.equal(found(continuous('!If [IsProd, 45, 7]'))[0].severity, 'warning');
    const [every] = found(continuous('!Ref Retention', retention('45, 90')));
    assert.equal(every.severity, 'error');
    assert.match(every.message, /keeps recovery points 45\/90 days: continuous backups can be retained 35 days at most; keep/);
    assert.equal(found(continuous('90'))[0].severity, 'error');
    assert.deepEqual(found(continuous('!Ref Retention', retention('7, 35'))), []);
  });
});

describe('CX2213 / CX2215 copy destinations', () => {
  const copy = (arn: string) => `              DeleteAfterDays: 35\n            CopyActions:\n              - DestinationBackupVaultArn: ${arn}\n`;
  it('a Ref is the vault name (CX2213); a GetAtt of a vault of this stack stays in the Region (CX2215)', () => {
    assert.deepEqual(paths(backupRefForArn, plan('', copy('!Ref Vault'))), ['Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/CopyActions/0/DestinationBackupVaultArn']);
    assert.deepEqual(paths(backupCopyToSameRegion, plan('', copy('!Ref Vault'))), []);
    assert.deepEqual(paths(backupCopyToSameRegion, plan('', copy('!GetAtt Vault.BackupVaultArn'))), ['Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/CopyActions/0/DestinationBackupVaultArn']);
    assert.deepEqual(paths(backupCopyToSameRegion, plan('', copy('!ImportValue dr-vault-arn'))), []);
    assert.deepEqual(paths(backupRefForArn, plan('', copy('!Ref DrVaultArnParameter'))), []);
  });
  it("CX2215 also reads an ARN built from the stack's own Region and account, not one of another Region or account", () => {
    const sub = (region: string, account: string) => copy(`!Sub 'arn:\${AWS::Partition}:backup:${region}:${account}:backup-vault:dr'`);
    assert.deepEqual(paths(backupCopyToSameRegion, plan('', sub('${AWS::Region}', '${AWS::AccountId}'))), ['Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/CopyActions/0/DestinationBackupVaultArn']);
    assert.deepEqual(paths(backupCopyToSameRegion, plan('', sub('${DrRegion}', '${AWS::AccountId}'))), []);
    assert.deepEqual(paths(backupCopyToSameRegion, plan('', sub('${AWS::Region}', '111122223333'))), []);
  });
});

describe('CX2315 public policy against Block Public Access', () => {
  const site = (block: string, condition = '') => `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration:
        IndexDocument: index.html
${block}  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {AWS: "*"}
            Action: s3:GetObject
            Resource: !Sub \${Site.Arn}/*
${condition}`;
  it('treats a missing configuration as the default (blocked) and a conditional setting as unknown', () => {
    assert.deepEqual(paths(s3PublicPolicyBlocked, site('')), ['Resources/Policy/Properties/PolicyDocument/Statement/0']);
    assert.deepEqual(paths(s3PublicPolicyBlocked, site('      PublicAccessBlockConfiguration:\n        BlockPublicPolicy: "true"\n')), ['Resources/Policy/Properties/PolicyDocument/Statement/0']);
    assert.deepEqual(paths(s3PublicPolicyBlocked, site('      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n')), []);
    assert.deepEqual(paths(s3PublicPolicyBlocked, site('      PublicAccessBlockConfiguration:\n        BlockPublicPolicy: !If [Private, true, false]\n')), []);
    const fromVpc = '            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-1234\n';
    assert.deepEqual(paths(s3PublicPolicyBlocked, site('', fromVpc)), []);
  });
});

describe('CX2316 ACLs while disabled', () => {
  it('accepts ACLs that OwnershipControls enables, or that a condition may drop', () => {
    const bucket = (extra: string) => `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n${extra}`;
    assert.deepEqual(paths(s3AclWithoutOwnership, bucket('      AccessControl: LogDeliveryWrite\n')), ['Resources/Logs/Properties/AccessControl']);
    assert.deepEqual(paths(s3AclWithoutOwnership, bucket('      AccessControl: LogDeliveryWrite\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n')), []);
    assert.deepEqual(paths(s3AclWithoutOwnership, bucket('      AccessControl: LogDeliveryWrite\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n')), ['Resources/Logs/Properties/AccessControl']);
    assert.deepEqual(paths(s3AclWithoutOwnership, bucket('      AccessControl: !If [Logs, LogDeliveryWrite, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(s3AclWithoutOwnership, bucket('      AccessControl: Private\n')), []);
    assert.deepEqual(paths(s3AclWithoutOwnership, bucket('      AccessControl: PublicRead\n      OwnershipControls: !If [Acl, {Rules: [{ObjectOwnership: ObjectWriter}]}, !Ref AWS::NoValue]\n')), []);
  });
});

describe('CX2313 delete markers with filters', () => {
  it('V1 rules (Prefix on the rule) need no DeleteMarkerReplication; JSON reads the same', () => {
    const json = (rule: string) => `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": {"Status": "Enabled"}, "ReplicationConfiguration": {"Role": "arn:aws:iam::111111111111:role/r", "Rules": [${rule}]}}}}}`;
    assert.deepEqual(paths(s3ReplicationDeleteMarkers, json('{"Status": "Enabled", "Prefix": "", "Destination": {"Bucket": "arn:aws:s3:::dr"}}')), []);
    assert.deepEqual(paths(s3ReplicationDeleteMarkers, json('{"Status": "Enabled", "Filter": {"Prefix": ""}, "Destination": {"Bucket": "arn:aws:s3:::dr"}}')), [
      'Resources/B/Properties/ReplicationConfiguration/Rules/0/Filter',
    ]);
    const tags = '{"Status": "Enabled", "Filter": {"And": {"TagFilters": [{"Key": "k", "Value": "v"}]}}, "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "arn:aws:s3:::dr"}}';
    assert.deepEqual(paths(s3ReplicationDeleteMarkers, json(tags)), ['Resources/B/Properties/ReplicationConfiguration/Rules/0/DeleteMarkerReplication/Status']);
  });
});

describe('CX2318 infrequent access before 30 days', () => {
  it('checks both Transitions and noncurrent transitions, and lets Intelligent-Tiering start at day 0', () => {
    const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration:
        Rules:
          - Status: Enabled
            Transitions:
              - {StorageClass: INTELLIGENT_TIERING, TransitionInDays: 0}
              - {StorageClass: ONEZONE_IA, TransitionInDays: "10"}
            NoncurrentVersionTransitions:
              - {StorageClass: STANDARD_IA, TransitionInDays: 7}
`;
    assert.deepEqual(paths(s3LifecycleInfrequentAccess, text), [
      'Resources/B/Properties/LifecycleConfiguration/Rules/0/Transitions/1/TransitionInDays',
      'Resources/B/Properties/LifecycleConfiguration/Rules/0/NoncurrentVersionTransitions/0/TransitionInDays',
    ]);
  });
});

describe('CX2321 website bucket name against the alias record', () => {
  it('compares without the trailing dot and ignores case; unknown names stay silent', () => {
    const text = (bucketName: string, record: string) => `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${bucketName}
      WebsiteConfiguration: {IndexDocument: index.html}
  Record:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneName: example.com.
      Name: ${record}
      Type: A
      AliasTarget: {DNSName: s3-website-us-east-1.amazonaws.com, HostedZoneId: Z3AQBSTGFYJSTF}
`;
    assert.deepEqual(paths(s3WebsiteBucketName, text('www.example.com', 'WWW.example.com.')), []);
    // Both names literal: the record-side check says it (CX2613), once.
    assert.deepEqual(paths(s3WebsiteBucketName, text('site-bucket', 'www.example.com.')), []);
    assert.deepEqual(paths(route53S3WebsiteBucketName, text('site-bucket', 'www.example.com.')), ['Resources/Record/Properties/Name']);
    const named = `Parameters:\n  Domain: {Type: String, AllowedValues: [www.example.com]}\n${text('site-bucket', '!Ref Domain')}`;
    assert.deepEqual(paths(s3WebsiteBucketName, named), ['Resources/Record/Properties/Name']);
    assert.deepEqual(paths(route53S3WebsiteBucketName, named), []);
    assert.deepEqual(paths(s3WebsiteBucketName, text('!Sub www.${AWS::StackName}.com', 'www.example.com.')), []);
  });
});

const rule = (vault: string, schedule = 'cron(0 5 ? * * *)') => `Parameters:
  VaultName:
    Type: String
  Schedule:
    Type: String
    AllowedValues: ['cron(0 5 * * *)', 'cron(0 6 * * *)']
  FreeSchedule:
    Type: String
Resources:
  Vault:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: main
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - RuleName: daily
            TargetBackupVault: ${vault}
            ScheduleExpression: ${schedule}
`;

describe('CX2218 backup schedule', () => {
  it('fixes an every-day Unix cron and reports both day fields', () => {
    const text = rule('!Ref Vault', 'cron(0 5 * * *)');
    const found = only(run(catalogueRule(backupScheduleCron), text));
    assert.deepEqual(run(catalogueRule(backupScheduleCron), fixed(text, found)), []);
    assert.deepEqual(paths(backupScheduleCron, rule('!Ref Vault', 'cron(0 3 1 * SUN *)')), ['Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/ScheduleExpression']);
  });

  it('reports a parameter whose allowed values are all wrong, and leaves free parameters, Fn::Sub and conditions alone', () => {
    assert.deepEqual(paths(backupScheduleCron, rule('!Ref Vault', '!Ref Schedule')), ['Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/ScheduleExpression']);
    for (const schedule of ['!Ref FreeSchedule', "!Sub 'cron(0 ${FreeSchedule} * * ? *)'", "!If [Nightly, 'cron(0 5 * * *)', !Ref AWS::NoValue]", 'cron(0 5 ? * * *)']) {
      assert.deepEqual(paths(backupScheduleCron, rule('!Ref Vault', schedule)), [], schedule);
    }
  });
});

describe('CX2219 rule vault given by ARN', () => {
  it('fixes Fn::GetAtt BackupVaultArn with a Ref, in both GetAtt forms', () => {
    for (const vault of ['!GetAtt Vault.BackupVaultArn', '!GetAtt [Vault, BackupVaultArn]']) {
      const text = rule(vault);
      const found = only(run(catalogueRule(backupTargetVaultArn), text));
      assert.equal(found.severity, 'error');
      assert.deepEqual(run(catalogueRule(backupTargetVaultArn), fixed(text, found)), []);
    }
  });

  it('reports an ARN written out, and leaves names, parameters and imports alone', () => {
    assert.deepEqual(paths(backupTargetVaultArn, rule("'arn:aws:backup:eu-west-1:111122223333:backup-vault:main'")), ['Resources/Plan/Properties/BackupPlan/BackupPlanRule/0/TargetBackupVault']);
    for (const vault of ['!Ref Vault', '!Ref VaultName', 'Default', '!ImportValue shared-vault-name', "!Sub '${AWS::StackName}-vault'", '!If [Own, !GetAtt Vault.BackupVaultArn, Default]']) {
      assert.deepEqual(paths(backupTargetVaultArn, rule(vault)), [], vault);
    }
  });
});
