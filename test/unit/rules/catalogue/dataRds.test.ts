/** T20 catalogue checks (RDS, Aurora, KMS) on the values a template can hold: parameters, conditions, strings, JSON. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, paths as pathsOf } from './helpers';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import { kmsKeyPolicyLockout } from '../../../../src/core/rules/catalogue/data/kmsKeyPolicyLockout';
import { kmsKeyRotationOff } from '../../../../src/core/rules/catalogue/data/kmsKeyRotationOff';
import { kmsKeyRotationUnsupported } from '../../../../src/core/rules/catalogue/data/kmsKeyRotationUnsupported';
import { rdsAuroraSingleInstance } from '../../../../src/core/rules/catalogue/data/rdsAuroraSingleInstance';
import { rdsBackupsDisabled } from '../../../../src/core/rules/catalogue/data/rdsBackupsDisabled';
import { rdsKmsKeyWithoutEncryption } from '../../../../src/core/rules/catalogue/data/rdsKmsKeyWithoutEncryption';
import { rdsManagedPasswordConflict } from '../../../../src/core/rules/catalogue/data/rdsManagedPasswordConflict';
import { rdsMultiAzWithZone } from '../../../../src/core/rules/catalogue/data/rdsMultiAzWithZone';
import { rdsReplicaSourceBackups } from '../../../../src/core/rules/catalogue/data/rdsReplicaSourceBackups';
import { globalClusterManagedPassword, rdsReplicaManagedPassword } from '../../../../src/core/rules/catalogue/data/rdsReplicaManagedPassword';
import { rdsStorageNotEncrypted } from '../../../../src/core/rules/catalogue/data/rdsStorageNotEncrypted';
import { rdsMonitoringRole } from '../../../../src/core/rules/catalogue/data/rdsMonitoringRole';
import { rdsBackupWindowOverlap } from '../../../../src/core/rules/catalogue/data/rdsBackupWindowOverlap';
import { applyEdits, run } from '../exam/helpers';
import { auroraServerlessV1 } from '../../../../src/core/rules/catalogue/data/rdsServerlessV1';

const paths = (check: Parameters<typeof catalogueRule>[0], text: string) => run(catalogueRule(check), text).map((found) => found.path?.join('/'));

function instance(properties: string, extra = ''): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
${extra}Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
${properties}`;
}

describe('CX2013 Multi-AZ with an AvailabilityZone', () => {
  it('reports MultiAZ written as the string "true", in JSON too', () => {
    assert.deepEqual(paths(rdsMultiAzWithZone, instance('      MultiAZ: "true"\n      AvailabilityZone: us-east-1a\n')), ['Resources/Db/Properties/AvailabilityZone']);
    const json = '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql", "MultiAZ": true, "AvailabilityZone": "us-east-1a"}}}}';
    assert.deepEqual(paths(rdsMultiAzWithZone, json), ['Resources/Db/Properties/AvailabilityZone']);
  });

  it('stays silent when a condition decides either side, or the zone is AWS::NoValue', () => {
    const conditional = instance('      MultiAZ: !If [IsProd, true, false]\n      AvailabilityZone: us-east-1a\n', 'Conditions:\n  IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]\n');
    assert.deepEqual(paths(rdsMultiAzWithZone, conditional), []);
    const noZone = instance('      MultiAZ: true\n      AvailabilityZone: !If [IsProd, !Ref AWS::NoValue, us-east-1a]\n', 'Conditions:\n  IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]\n');
    assert.deepEqual(paths(rdsMultiAzWithZone, noZone), []);
  });

  it('follows a parameter whose AllowedValues are all true', () => {
    const text = instance('      MultiAZ: !Ref MultiAz\n      AvailabilityZone: us-east-1a\n', 'Parameters:\n  MultiAz:\n    Type: String\n    AllowedValues: ["true"]\n');
    assert.deepEqual(paths(rdsMultiAzWithZone, text), ['Resources/Db/Properties/AvailabilityZone']);
    const open = instance('      MultiAZ: !Ref MultiAz\n      AvailabilityZone: us-east-1a\n', 'Parameters:\n  MultiAz:\n    Type: String\n');
    assert.deepEqual(paths(rdsMultiAzWithZone, open), []);
  });
});

describe('CX2011 KmsKeyId without StorageEncrypted', () => {
  it('skips replicas, restores, imported keys and engines it cannot read', () => {
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, instance('      KmsKeyId: !ImportValue shared-key\n')), ['Resources/Db/Properties/KmsKeyId']);
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, instance('      KmsKeyId: key\n      SourceDBInstanceIdentifier: arn:aws:rds:us-west-2:111111111111:db:src\n')), []);
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, instance('      KmsKeyId: key\n      DBSnapshotIdentifier: snap\n')), []);
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, instance('      KmsKeyId: key\n      StorageEncrypted: "true"\n')), []);
    const unknownEngine = `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !Ref Engine\n      KmsKeyId: key\n`;
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, unknownEngine), []);
  });

  it('reports StorageEncrypted false and offers to turn it on', () => {
    const findings = run(catalogueRule(rdsKmsKeyWithoutEncryption), instance('      KmsKeyId: key\n      StorageEncrypted: false\n'));
    assert.deepEqual(findings.map((found) => found.path?.join('/')), ['Resources/Db/Properties/StorageEncrypted']);
    assert.equal(findings[0].fixes?.[0].edits[0].newText, 'true');
  });

  it('reports a cluster that is a global secondary only when a condition holds: the other deployments create it fresh', () => {
    const cluster = (global: string) =>
      `Conditions:\n  IsSecondary: !Equals [!Ref AWS::Region, us-west-2]\nResources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      GlobalClusterIdentifier: ${global}\n      StorageEncrypted: false\n      KmsKeyId: key\n`;
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, cluster('!If [IsSecondary, orders-global, !Ref AWS::NoValue]')), ['Resources/Cluster/Properties/StorageEncrypted']);
    assert.deepEqual(paths(rdsKmsKeyWithoutEncryption, cluster('orders-global')), []);
  });
});

describe('CX2012 managed password with a password', () => {
  it('needs both always set', () => {
    assert.deepEqual(paths(rdsManagedPasswordConflict, instance('      ManageMasterUserPassword: true\n      MasterUserPassword: "{{resolve:secretsmanager:db:SecretString:password}}"\n')), ['Resources/Db/Properties/MasterUserPassword']);
    const either = instance('      ManageMasterUserPassword: !If [Managed, true, false]\n      MasterUserPassword: !If [Managed, !Ref AWS::NoValue, !Ref Password]\n', 'Conditions:\n  Managed: !Equals [a, a]\n');
    assert.deepEqual(paths(rdsManagedPasswordConflict, either), []);
  });
});

describe('CX2010 / CX2022 backups of a replica source and of a standalone instance', () => {
  const source = (retention: string) => `Resources:
  Primary:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      BackupRetentionPeriod: ${retention}
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      SourceDBInstanceIdentifier: !Ref Primary
`;
  it('reports the source once, as an error, and not again as a warning', () => {
    assert.deepEqual(paths(rdsReplicaSourceBackups, source('"0"')), ['Resources/Primary/Properties/BackupRetentionPeriod']);
    assert.deepEqual(paths(rdsBackupsDisabled, source('0')), []);
  });

  it('warns when every replica naming the source is created only under a condition, and keeps the error for an unconditional one', () => {
    const conditional = source('0').replace('    Type: AWS::RDS::DBInstance\n    Properties:\n      SourceDB', '    Type: AWS::RDS::DBInstance\n    Condition: HasReplica\n    Properties:\n      SourceDB');
    const [warned] = run(catalogueRule(rdsReplicaSourceBackups), conditional);
    assert.equal(warned.severity, 'warning');
    assert.equal(warned.path?.join('/'), 'Resources/Primary/Properties/BackupRetentionPeriod');
    assert.match(warned.message, /read replica 'Replica' \(created only when condition HasReplica holds\).*in the stacks that create it$/);
    const another = `${conditional}  Reporting:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      SourceDBInstanceIdentifier: !Ref Primary\n`;
    const [certain] = run(catalogueRule(rdsReplicaSourceBackups), another);
    assert.equal(certain.severity, 'error');
    assert.match(certain.message, /read replica 'Reporting' but keeps no automated backups/);
    assert.equal(run(catalogueRule(rdsReplicaSourceBackups), source('0'))[0].severity, 'error');
  });

  it('leaves a retention that a condition may drop (the default, 1 day, applies then)', () => {
    assert.deepEqual(paths(rdsReplicaSourceBackups, source('!If [Dev, 0, !Ref AWS::NoValue]')), []);
    assert.deepEqual(paths(rdsBackupsDisabled, instance('      BackupRetentionPeriod: !If [Dev, 0, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(rdsBackupsDisabled, instance('      BackupRetentionPeriod: 0\n')), ['Resources/Db/Properties/BackupRetentionPeriod']);
  });
});

describe('CX2020 encryption at rest', () => {
  it('skips Aurora members, replicas and Serverless v1 clusters', () => {
    assert.deepEqual(paths(rdsStorageNotEncrypted, instance('      DBClusterIdentifier: !Ref Cluster\n')), []);
    const serverless = 'Resources:\n  C:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      EngineMode: serverless\n';
    assert.deepEqual(paths(rdsStorageNotEncrypted, serverless), []);
    assert.deepEqual(paths(rdsStorageNotEncrypted, instance('      StorageEncrypted: !Ref Encrypt\n')), []);
    assert.deepEqual(paths(rdsStorageNotEncrypted, instance('      MultiAZ: true\n')), ['Resources/Db']);
  });

  it('says an Aurora cluster is encrypted, but with a key AWS owns', () => {
    const cluster = (engine: string) => `Resources:\n  C:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: ${engine}\n`;
    const [aurora] = run(catalogueRule(rdsStorageNotEncrypted), cluster('aurora-postgresql')).map((found) => found.message);
    assert.match(aurora, /^'C' does not set StorageEncrypted to true: Aurora encrypts it only with a key AWS owns/);
    const [multiAz] = run(catalogueRule(rdsStorageNotEncrypted), cluster('mysql')).map((found) => found.message);
    assert.match(multiAz, /^'C' is not encrypted at rest/);
  });
});

describe('CX2015 key policy lockout', () => {
  const key = (statements: string) => `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
${statements}`;
  it('accepts kms:Put* or kms:* for any AWS principal, and unreadable statements', () => {
    const user = '          - Effect: Allow\n            Principal:\n              AWS: !GetAtt AppRole.Arn\n            Action: kms:Decrypt\n            Resource: "*"\n';
    assert.deepEqual(paths(kmsKeyPolicyLockout, key(user)), ['Resources/Key/Properties/KeyPolicy']);
    const put = '          - Effect: Allow\n            Principal:\n              AWS: !Sub arn:aws:iam::${AWS::AccountId}:role/Admin\n            Action: ["kms:Put*", "kms:Describe*"]\n            Resource: "*"\n';
    assert.deepEqual(paths(kmsKeyPolicyLockout, key(user + put)), []);
    const computed = '          - !If [HasAdmin, {Effect: Allow, Principal: {AWS: "*"}, Action: "kms:*", Resource: "*"}, !Ref AWS::NoValue]\n';
    assert.deepEqual(paths(kmsKeyPolicyLockout, key(user + computed)), []);
    const notAction = '          - Effect: Allow\n            Principal:\n              AWS: "*"\n            NotAction: kms:Decrypt\n            Resource: "*"\n';
    assert.deepEqual(paths(kmsKeyPolicyLockout, key(user + notAction)), []);
  });
});

describe('CX2016 rotation of keys KMS cannot rotate', () => {
  it('knows the default key spec and reads KeySpec from a constrained parameter', () => {
    const text = (spec: string) => `Parameters:\n  Spec:\n    Type: String\n    AllowedValues: [RSA_2048, RSA_4096]\nResources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: "true"\n${spec}`;
    assert.deepEqual(paths(kmsKeyRotationUnsupported, text('')), []);
    assert.deepEqual(paths(kmsKeyRotationUnsupported, text('      KeySpec: !Ref Spec\n')), ['Resources/Key/Properties/EnableKeyRotation']);
    assert.deepEqual(paths(kmsKeyRotationUnsupported, text('      KeySpec: !If [Sign, RSA_2048, !Ref AWS::NoValue]\n')), []);
  });
});

describe('CX2023 single Aurora instance', () => {
  it('counts the instances that name the cluster', () => {
    const text = (second: string) => `Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
  Writer:
    Type: AWS::RDS::DBInstance
    Properties:
      DBClusterIdentifier: !Ref Cluster
${second}`;
    assert.deepEqual(paths(rdsAuroraSingleInstance, text('')), ['Resources/Cluster']);
    assert.deepEqual(paths(rdsAuroraSingleInstance, text('  Reader:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n')), []);
  });
  it("leaves a global database's secondary cluster alone, not its primary", () => {
    const cluster = (properties: string) =>
      `Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      GlobalClusterIdentifier: lab-global\n${properties}  Reader:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n`;
    assert.deepEqual(paths(rdsAuroraSingleInstance, cluster('')), []);
    assert.deepEqual(paths(rdsAuroraSingleInstance, cluster('      MasterUsername: admin\n')), ['Resources/Cluster']);
  });
});

describe('CX2027 Enhanced Monitoring role', () => {
  it('needs the role with a non-zero interval, and the interval with the role; conditions and parameters decide nothing', () => {
    assert.deepEqual(paths(rdsMonitoringRole, instance('      MonitoringInterval: "60"\n')), ['Resources/Db/Properties/MonitoringInterval']);
    assert.deepEqual(paths(rdsMonitoringRole, instance('      MonitoringInterval: 0\n')), []);
    assert.deepEqual(paths(rdsMonitoringRole, instance('      MonitoringRoleArn: arn:aws:iam::111111111111:role/rds-monitoring\n')), ['Resources/Db/Properties/MonitoringRoleArn']);
    assert.deepEqual(paths(rdsMonitoringRole, instance('      MonitoringInterval: !If [Watch, 60, 0]\n      MonitoringRoleArn: !If [Watch, arn:aws:iam::111111111111:role/m, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(rdsMonitoringRole, instance('      MonitoringInterval: !Ref Interval\n')), []);
  });
});

describe('CX2018 read replica of a source whose password RDS manages', () => {
  const pair = (engine: string, managed: string, replicaExtra = '', extra = '') => `AWSTemplateFormatVersion: "2010-09-09"
${extra}Resources:
  Primary:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: ${engine}
      MasterUsername: admin
      ManageMasterUserPassword: ${managed}
      BackupRetentionPeriod: 7
  Replica:
    Type: AWS::RDS::DBInstance
${replicaExtra}    Properties:
      SourceDBInstanceIdentifier: !Ref Primary
`;
  it('reports the source once, on ManageMasterUserPassword, for engines other than SQL Server', () => {
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('mysql', 'true')), ['Resources/Primary/Properties/ManageMasterUserPassword']);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('postgres', '"true"')), ['Resources/Primary/Properties/ManageMasterUserPassword']);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('sqlserver-se', 'true')), []);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('mysql', 'false')), []);
  });
  it('reads an engine parameter through its AllowedValues and skips one that may be SQL Server or is unknown', () => {
    const engines = (allowed: string) => `Parameters:\n  Engine:\n    Type: String\n${allowed}`;
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('!Ref Engine', 'true', '', engines('    AllowedValues: [mysql, mariadb]\n'))), ['Resources/Primary/Properties/ManageMasterUserPassword']);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('!Ref Engine', 'true', '', engines('    AllowedValues: [mysql, sqlserver-ex]\n'))), []);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('!Ref Engine', 'true', '', engines(''))), []);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('!Sub "${AWS::Region}"', 'true')), []);
  });
  it('skips a managed password a condition may turn off, a replica created under a condition, and AWS::NoValue', () => {
    const condition = 'Conditions:\n  Prod: !Equals [!Ref AWS::AccountId, "111111111111"]\n';
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('mysql', '!If [Prod, true, !Ref AWS::NoValue]', '', condition)), []);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('mysql', 'true', '    Condition: Prod\n', condition)), []);
    assert.deepEqual(paths(rdsReplicaManagedPassword, pair('mysql', '!Ref AWS::NoValue')), []);
  });
});

describe('CX2028 backup window overlapping the maintenance window', () => {
  const windows = (backup: string, maintenance: string) =>
    paths(rdsBackupWindowOverlap, instance(`      PreferredBackupWindow: '${backup}'\n      PreferredMaintenanceWindow: '${maintenance}'\n`));
  it('reports a daily window that overlaps the weekly one, across midnight and Sunday night too', () => {
    const at = ['Resources/Db/Properties/PreferredBackupWindow'];
    assert.deepEqual(windows('02:00-02:30', 'sun:02:15-sun:02:45'), at);
    assert.deepEqual(windows('23:45-00:15', 'Mon:00:00-Mon:00:30'), at);
    assert.deepEqual(windows('03:00-04:00', 'sun:23:00-mon:03:30'), at);
    assert.deepEqual(windows('02:00-02:30', 'sun:04:00-sun:04:30'), []);
    // Windows that only touch do not overlap.
    assert.deepEqual(windows('03:00-03:30', 'sun:03:30-sun:04:00'), []);
    assert.deepEqual(paths(rdsBackupWindowOverlap, instance("      PreferredBackupWindow: !Ref Window\n      PreferredMaintenanceWindow: 'sun:02:15-sun:02:45'\n")), []);
  });
});


describe('CX2029 managed password on an Aurora global database cluster', () => {
  const cluster = (global: string, managed: string) => `Parameters:
  Join:
    Type: String
Conditions:
  Joins: !Equals [!Ref Join, 'yes']
Resources:
  Global:
    Type: AWS::RDS::GlobalCluster
    Properties:
      Engine: aurora-postgresql
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: admin
${global}      ManageMasterUserPassword: ${managed}
`;
  it('reports a member of a global database, not a standalone cluster nor one that joins only under a condition', () => {
    assert.deepEqual(paths(globalClusterManagedPassword, cluster('      GlobalClusterIdentifier: !Ref Global\n', 'true')), ['Resources/Cluster/Properties/ManageMasterUserPassword']);
    assert.deepEqual(paths(globalClusterManagedPassword, cluster('      GlobalClusterIdentifier: !Ref Global\n', 'false')), []);
    assert.deepEqual(paths(globalClusterManagedPassword, cluster('', 'true')), []);
  });
  it('warns on a cluster that joins only under a condition, and stays silent when that cluster keeps its own password', () => {
    const joinsSometimes = run(catalogueRule(globalClusterManagedPassword), cluster('      GlobalClusterIdentifier: !If [Joins, !Ref Global, !Ref AWS::NoValue]\n', 'true'));
    assert.deepEqual(joinsSometimes.map((found) => [found.path?.join('/'), found.severity]), [['Resources/Cluster/Properties/ManageMasterUserPassword', 'warning']]);
    assert.match(joinsSometimes[0].message, /only in the stacks a condition selects.*so those stacks fail/);
    const ownCondition = cluster('      GlobalClusterIdentifier: !Ref Global\n', 'true').replace('    Type: AWS::RDS::DBCluster\n', '    Type: AWS::RDS::DBCluster\n    Condition: Joins\n');
    assert.deepEqual(run(catalogueRule(globalClusterManagedPassword), ownCondition).map((found) => found.severity), ['warning']);
    assert.deepEqual(paths(globalClusterManagedPassword, cluster('      GlobalClusterIdentifier: !If [Joins, !Ref Global, !Ref AWS::NoValue]\n', 'false')), []);
  });
});

describe('CX2025 a KMS key that never rotates', () => {
  it('reports a key written without Properties, and its fix adds them with EnableKeyRotation', () => {
    const text = 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n';
    const [found] = run(catalogueRule(kmsKeyRotationOff), text);
    assert.equal(found.path?.join('/'), 'Resources/Key');
    assert.equal(applyEdits(text, found.fixes![0].edits), 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n');
  });
});

describe('CX2029 managed master password in an Aurora global database', () => {
  const template = (extra: string) => `Resources:
  Primary:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: admin
      ManageMasterUserPassword: true
${extra}`;
  const check = (text: string) => run(catalogueRule(globalClusterManagedPassword), text).map((found) => found.message);

  it('reports the primary a global cluster names as its source, as well as a cluster that joins one', () => {
    const source = '  Global:\n    Type: AWS::RDS::GlobalCluster\n    Properties:\n      GlobalClusterIdentifier: orders\n      SourceDBClusterIdentifier: !Ref Primary\n';
    assert.deepEqual(check(template(source)), [
      "'Primary' is the source of an Aurora global database and asks RDS to manage its master password in Secrets Manager: Aurora does not support that for global database clusters; keep the password in your own secret",
    ]);
    assert.equal(check(template('      GlobalClusterIdentifier: orders\n')).length, 1);
    assert.deepEqual(check(template('')), []);
  });

  it('warns on the source of a global cluster created only under a condition, and keeps the error when another global cluster always names it', () => {
    const global = (name: string, condition: string) =>
      `  ${name}:\n    Type: AWS::RDS::GlobalCluster\n${condition}    Properties:\n      SourceDBClusterIdentifier: !Ref Primary\n`;
    const severities = (text: string) => run(catalogueRule(globalClusterManagedPassword), text).map((found) => found.severity);
    const parameters = "Parameters:\n  MakeGlobal: {Type: String, AllowedValues: ['true', 'false'], Default: 'false'}\nConditions:\n  IsGlobal: !Equals [!Ref MakeGlobal, 'true']\n";
    assert.deepEqual(severities(parameters + template(global('Global', '    Condition: IsGlobal\n'))), ['warning']);
    assert.deepEqual(severities(parameters + template(global('Global', '    Condition: IsGlobal\n') + global('Always', ''))), ['error']);
    assert.deepEqual(severities(parameters + template(global('Global', ''))), ['error']);
  });
});

describe('CX2033 Aurora Serverless v1', () => {
  const cluster = (mode: string, parameters = '') =>
    `${parameters}Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      EngineMode: ${mode}\n      MasterUsername: admin\n      ManageMasterUserPassword: true\n`;

  it('warns on EngineMode serverless, written or from a parameter that allows it', () => {
    assert.deepEqual(paths(auroraServerlessV1, cluster('serverless')), ['Resources/Db/Properties/EngineMode']);
    assert.deepEqual(paths(auroraServerlessV1, cluster('!Ref Mode', 'Parameters:\n  Mode: {Type: String, AllowedValues: [provisioned, serverless]}\n')), ['Resources/Db/Properties/EngineMode']);
  });

  it('leaves provisioned clusters (Serverless v2 among them) and computed modes alone', () => {
    for (const mode of ['provisioned', 'parallelquery', '!Ref Mode']) assert.deepEqual(paths(auroraServerlessV1, cluster(mode, 'Parameters:\n  Mode: {Type: String}\n')), [], mode);
  });
});

describe('CX2034 burstable classes in an Aurora global database', () => {
  const template = (joins: string, instanceClass: string) => `Conditions:
  IsPrimary: !Equals [!Ref 'AWS::Region', us-east-1]
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
${joins}  Instance:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBClusterIdentifier: !Ref Cluster
      DBInstanceClass: ${instanceClass}
`;
  it('reports db.t classes of a cluster that always joins a global database, and passes r, x and serverless classes', () => {
    const joins = "      GlobalClusterIdentifier: !If [IsPrimary, !Ref Global, global-name]\n";
    assert.deepEqual(check('CX2034', template(joins, 'db.t4g.medium')).map((found) => found.path?.join('/')), ['Resources/Instance/Properties/DBInstanceClass']);
    for (const instanceClass of ['db.r6g.large', 'db.x2g.large', 'db.serverless']) assert.deepEqual(check('CX2034', template(joins, instanceClass)), [], instanceClass);
    assert.deepEqual(check('CX2034', template('', 'db.t4g.medium')), []);
    assert.equal(check('CX2034', template(joins, 'db.t4g.medium'))[0].severity, 'error');
  });

  it('warns when a condition decides whether the cluster joins, or the instance exists', () => {
    const sometimes = check('CX2034', template("      GlobalClusterIdentifier: !If [IsPrimary, !Ref Global, !Ref 'AWS::NoValue']\n", 'db.t4g.medium'));
    assert.deepEqual(sometimes.map((found) => found.severity), ['warning']);
    assert.match(sometimes[0].message, /\(only in the stacks a condition selects\), with the burstable class db\.t4g\.medium: .*so the stacks where its cluster is in a global database fail$/);
    const conditionalGlobal = `${template('', 'db.t4g.medium')}  Global:\n    Type: AWS::RDS::GlobalCluster\n    Condition: IsPrimary\n    Properties:\n      SourceDBClusterIdentifier: !Ref Cluster\n`;
    assert.deepEqual(check('CX2034', conditionalGlobal).map((found) => found.severity), ['warning']);
    const conditionalInstance = template('      GlobalClusterIdentifier: global-name\n', 'db.t4g.medium').replace('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    Condition: IsPrimary\n');
    assert.deepEqual(check('CX2034', conditionalInstance).map((found) => found.severity), ['warning']);
  });

  it('is an error only when every class a parameter allows is burstable, and a warning naming them when some are', () => {
    const withClasses = (allowed: string) =>
      `Parameters:\n  InstanceClass: {Type: String, AllowedValues: [${allowed}]}\n` + template('      GlobalClusterIdentifier: global-name\n', '!Ref InstanceClass');
    const some = check('CX2034', withClasses('db.r6g.large, db.t4g.medium'));
    assert.deepEqual(some.map((found) => found.severity), ['warning']);
    assert.match(some[0].message, /may get the burstable class db\.t4g\.medium \(of db\.r6g\.large, db\.t4g\.medium\).*so the stacks where it gets a burstable class fail$/);
    const every = check('CX2034', withClasses('db.t3.medium, db.t4g.medium'));
    assert.deepEqual(every.map((found) => found.severity), ['error']);
    assert.match(every[0].message, /with the burstable classes db\.t3\.medium, db\.t4g\.medium: /);
    assert.deepEqual(check('CX2034', withClasses('db.r6g.large, db.r7g.large')), []);
  });
});

describe('CX2035 generated master passwords', () => {
  const withSecret = (generate: string[], password = "!Sub '{{resolve:secretsmanager:${Secret}:SecretString:password}}'", engine = 'aurora-mysql') => `Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString:
        SecretStringTemplate: '{"username": "admin"}'
        GenerateStringKey: password
${generate.map((line) => `        ${line}\n`).join('')}  Db:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: ${engine}
      MasterUsername: admin
      MasterUserPassword: ${password}
`;
  const password = "!Sub '{{resolve:secretsmanager:${Secret}:SecretString:password}}'";
  it('holds an Oracle database to the & and \' that RDS for Oracle refuses too, and suggests excluding them', () => {
    const [hit] = check('CX2035', withSecret(["ExcludeCharacters: '\"@/\\'"], password, 'oracle-ee'));
    assert.match(hit.message, /does not exclude & ': RDS refuses a password holding one, so about 5 deployments in 10 fail; add ExcludeCharacters: '"@\/\\&''' to its/);
    assert.deepEqual(check('CX2035', withSecret(["ExcludeCharacters: '\"@/\\&'''"], password, 'oracle-ee')), []);
    assert.match(check('CX2035', withSecret([]))[0].message, /add ExcludeCharacters: '"@\/\\' to its GenerateSecretString/);
  });
  it('names the refused characters the secret may still generate, and how often that fails', () => {
    assert.match(check('CX2035', withSecret([]))[0].message, /does not exclude \/ " @: RDS refuses a password holding one, so about 6 deployments in 10 fail/);
    assert.match(check('CX2035', withSecret(["ExcludeCharacters: '/@'", 'PasswordLength: 8']))[0].message, /does not exclude ": RDS refuses a password holding one, so about 1 deployment in 10 fails/);
    assert.match(check('CX2035', withSecret(['PasswordLength: 128']))[0].message, /so nearly every deployment fails/);
    assert.equal(check('CX2035', withSecret([], "!If [Primary, !Sub '{{resolve:secretsmanager:${Secret}:SecretString:password}}', !Ref AWS::NoValue]")).length, 1);
  });
  it('is silent when the refused characters are excluded, or the password is not generated by a secret of the template', () => {
    assert.deepEqual(check('CX2035', withSecret(["ExcludeCharacters: '\"@/\\'"])), []);
    assert.deepEqual(check('CX2035', withSecret(['ExcludePunctuation: true'])), []);
    assert.deepEqual(check('CX2035', withSecret(['ExcludeCharacters: !Ref Chars'])), []);
    assert.deepEqual(check('CX2035', withSecret([], "'{{resolve:secretsmanager:shared/db:SecretString:password}}'")), []);
    assert.deepEqual(check('CX2035', withSecret([], "!Sub '{{resolve:secretsmanager:${Secret}:SecretString:username}}'")), []);
  });
});

describe('CX2036 encryption with a KMS key that is not a symmetric encryption key', () => {
  const template = (keyProperties: string, queueKey: string) => `Conditions:
  Encrypt: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {Version: '2012-10-17', Statement: []}${keyProperties}
  KeyAlias:
    Type: AWS::KMS::Alias
    Properties: {AliasName: alias/app, TargetKeyId: !Ref Key}
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: ${queueKey}
`;
  it('reports an asymmetric, HMAC or signing key named directly, through an alias or in a branch of Fn::If', () => {
    for (const named of ['!Ref Key', '!GetAtt Key.Arn', '!Ref KeyAlias', '!If [Encrypt, !GetAtt Key.Arn, !Ref AWS::NoValue]']) {
      assert.deepEqual(pathsOf('CX2036', template('\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY', named)), ['Resources/Queue/Properties/KmsMasterKeyId'], named);
    }
    assert.equal(check('CX2036', template('\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY', '!Ref KeyAlias'))[0].severity, 'error');
    assert.match(check('CX2036', template('\n      KeySpec: HMAC_256\n      KeyUsage: GENERATE_VERIFY_MAC', '!Ref Key'))[0].message, /whose KeySpec HMAC_256 cannot encrypt data/);
    assert.match(check('CX2036', template('\n      KeyUsage: SIGN_VERIFY', '!Ref Key'))[0].message, /whose KeyUsage SIGN_VERIFY cannot/);
  });
  it('leaves symmetric encryption keys, keys given by parameter and keys of other accounts alone', () => {
    assert.deepEqual(check('CX2036', template('', '!Ref Key')), []);
    assert.deepEqual(check('CX2036', template('\n      KeySpec: SYMMETRIC_DEFAULT', '!Ref KeyAlias')), []);
    assert.deepEqual(check('CX2036', template('\n      KeySpec: RSA_2048\n      KeyUsage: SIGN_VERIFY', 'alias/aws/sqs')), []);
    const route53 = template('\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY', 'alias/aws/sqs') +
      '  Signing:\n    Type: AWS::Route53::KeySigningKey\n    Properties: {HostedZoneId: Z1, Name: ksk, Status: ACTIVE, KeyManagementServiceArn: !GetAtt Key.Arn}\n';
    assert.deepEqual(check('CX2036', route53), []);
  });
  it('warns when only some branches of Fn::If, or only the stacks that create the resource, name the unfit key', () => {
    const signing = '\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY';
    const branch = check('CX2036', template(signing, '!If [Encrypt, !GetAtt Key.Arn, !Ref AWS::NoValue]'));
    assert.deepEqual(branch.map((found) => found.severity), ['warning']);
    assert.match(branch[0].message, /names key 'Key' in some deployments, .*; the stacks that name it fail$/);
    assert.deepEqual(check('CX2036', template(signing, '!If [Encrypt, !GetAtt Key.Arn, alias/aws/sqs]')).map((found) => found.severity), ['warning']);
    // Both branches name the signing key, once directly and once through its alias: every stack fails, reported once.
    assert.deepEqual(check('CX2036', template(signing, '!If [Encrypt, !GetAtt Key.Arn, !Ref KeyAlias]')).map((found) => found.severity), ['error']);
    const conditionalQueue = template(signing, '!Ref Key').replace('    Type: AWS::SQS::Queue\n', '    Type: AWS::SQS::Queue\n    Condition: Encrypt\n');
    assert.deepEqual(check('CX2036', conditionalQueue).map((found) => found.severity), ['warning']);
  });
  it('leaves the key handed on as data: environment variables, nested stack parameters, custom resources, tags', () => {
    const signing = '\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY';
    const extra = `  Signer:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/signer
      Code: {ZipFile: "def handler(e, c): pass"}
      Environment:
        Variables:
          KmsKeyId: !Ref Key
  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/bucket/child.yaml
      Parameters:
        KmsKeyArn: !GetAtt Key.Arn
  App:
    Type: AWS::Serverless::Application
    Properties:
      Location: https://s3.amazonaws.com/bucket/app.yaml
      KmsKeyId: !Ref Key
  Setup:
    Type: Custom::Setup
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:setup
      KmsKeyId: !Ref Key
  Generic:
    Type: AWS::CloudFormation::CustomResource
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:setup
      KmsKeyArn: !GetAtt Key.Arn
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: app
          Image: nginx
          DockerLabels: {KmsKeyId: !Ref Key}
`;
    assert.deepEqual(check('CX2036', template(signing, 'alias/aws/sqs') + extra), []);
    // A key property of the resource itself, beside a free-form map, is still read.
    const logs = `  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      KmsKeyId: !GetAtt Key.Arn\n      Tags: [{Key: KmsKeyId, Value: !Ref Key}]\n`;
    assert.deepEqual(pathsOf('CX2036', template(signing, 'alias/aws/sqs') + logs), ['Resources/Logs/Properties/KmsKeyId']);
  });
});
