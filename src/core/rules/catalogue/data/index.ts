/** Catalogue checks on data stores and secrets (T20–T24). */
import type { CatalogueCheck } from '../types';
import { kmsKeyPolicyLockout } from './kmsKeyPolicyLockout';
import { kmsKeyRotationOff } from './kmsKeyRotationOff';
import { kmsKeyRotationUnsupported } from './kmsKeyRotationUnsupported';
import { rdsAuroraInstanceClusterSettings } from './rdsAuroraInstanceClusterSettings';
import { rdsAuroraSingleInstance } from './rdsAuroraSingleInstance';
import { rdsBackupsDisabled } from './rdsBackupsDisabled';
import { rdsCrossRegionReplicaKey } from './rdsCrossRegionReplicaKey';
import { rdsDeletionPolicyDelete } from './rdsDeletionPolicyDelete';
import { rdsEventSubscriptionSources } from './rdsEventSubscriptionSources';
import { rdsKmsKeyWithoutEncryption } from './rdsKmsKeyWithoutEncryption';
import { rdsManagedPasswordConflict } from './rdsManagedPasswordConflict';
import { rdsMultiAzWithZone } from './rdsMultiAzWithZone';
import { rdsReplicaDeletionPolicy } from './rdsReplicaDeletionPolicy';
import { rdsReplicaFromSnapshot } from './rdsReplicaFromSnapshot';
import { rdsReplicaSourceBackups } from './rdsReplicaSourceBackups';
import { rdsStorageNotEncrypted } from './rdsStorageNotEncrypted';
import { s3ReplicationVersioning } from './s3ReplicationVersioning';

export const DATA_CHECKS: readonly CatalogueCheck[] = [
  // T20 RDS, Aurora and KMS
  rdsReplicaSourceBackups,
  rdsKmsKeyWithoutEncryption,
  rdsManagedPasswordConflict,
  rdsMultiAzWithZone,
  rdsReplicaFromSnapshot,
  kmsKeyPolicyLockout,
  kmsKeyRotationUnsupported,
  rdsEventSubscriptionSources,
  rdsAuroraInstanceClusterSettings,
  rdsStorageNotEncrypted,
  rdsDeletionPolicyDelete,
  rdsBackupsDisabled,
  rdsAuroraSingleInstance,
  rdsCrossRegionReplicaKey,
  kmsKeyRotationOff,
  rdsReplicaDeletionPolicy,
  // T23 S3
  s3ReplicationVersioning,
];
