/** Catalogue checks on data stores and secrets (T20–T24). */
import type { CatalogueCheck } from '../types';
import { dynamoKeyNotDefined } from './dynamoKeyNotDefined';
import { dynamoUnusedAttribute } from './dynamoUnusedAttribute';
import { dynamoLocalIndexKey } from './dynamoLocalIndexKey';
import { dynamoTooManyLocalIndexes } from './dynamoTooManyLocalIndexes';
import { dynamoCapacityBillingMode } from './dynamoCapacityBillingMode';
import { dynamoGlobalTableStream } from './dynamoGlobalTableStream';
import { dynamoGlobalTableWriteCapacity } from './dynamoGlobalTableWriteCapacity';
import { dynamoGlobalTableReplicaKeys } from './dynamoGlobalTableReplicaKeys';
import { dynamoPointInTimeRecovery } from './dynamoPointInTimeRecovery';
import { dynamoRetainPolicy } from './dynamoRetainPolicy';
import { dynamoProjectionAttributes } from './dynamoProjectionAttributes';
import { backupColdStorageRetention } from './backupColdStorageRetention';
import { efsMountTargetsPerZone } from './efsMountTargetsPerZone';
import { efsBackupsDisabled, efsNotEncrypted, efsRetainPolicy } from './efsDataSafety';
import { backupContinuousRetention } from './backupContinuousRetention';
import { backupCopyToSameRegion } from './backupCopyToSameRegion';
import { sameRegionArns } from './sameRegionArns';
import { replicaKeyOfOwnRegion } from './replicaKeys';
import { singleRegionKeyArns } from './singleRegionKeyArns';
import { deletionProtectionOff } from './deletionProtectionOff';
import { backupVaultRetain } from './backupVaultRetain';
import { s3ReplicatedBucketRetain } from './s3ReplicatedBucketRetain';
import { s3NotificationDestination } from './s3NotificationDestinations';
import { backupVaultTopicPolicy } from './backupVaultTopicPolicy';
import { backupNoCrossRegionCopy } from './backupNoCrossRegionCopy';
import { backupRefForArn } from './backupRefForArn';
import { backupScheduleCron } from './backupSchedule';
import { backupSelectionRoleTrust } from './backupSelectionRoleTrust';
import { backupStartWindow } from './backupStartWindow';
import { backupTargetVaultArn } from './backupTargetVault';
import { backupVaultLockRetention } from './backupVaultLockRetention';
import { kmsKeyPolicyLockout } from './kmsKeyPolicyLockout';
import { kmsKeyRotationOff } from './kmsKeyRotationOff';
import { kmsKeyRotationUnsupported } from './kmsKeyRotationUnsupported';
import { encryptionWithUnfitKey } from './symmetricKeys';
import { rdsAuroraInstanceClusterSettings } from './rdsAuroraInstanceClusterSettings';
import { rdsAuroraSingleInstance } from './rdsAuroraSingleInstance';
import { rdsBackupsDisabled } from './rdsBackupsDisabled';
import { auroraServerlessV1 } from './rdsServerlessV1';
import { auroraServerlessV2WithoutCapacity } from './auroraServerlessV2Capacity';
import { kmsAliasTargetsAlias } from './kmsAliasTarget';
import { retainedDataDeletedKey } from './retainedDataKey';
import { rdsCrossRegionReplicaKey } from './rdsCrossRegionReplicaKey';
import { rdsDeletionPolicyDelete } from './rdsDeletionPolicyDelete';
import { rdsEventSubscriptionSources } from './rdsEventSubscriptionSources';
import { rdsKmsKeyWithoutEncryption } from './rdsKmsKeyWithoutEncryption';
import { rdsManagedPasswordConflict } from './rdsManagedPasswordConflict';
import { rdsMultiAzWithZone } from './rdsMultiAzWithZone';
import { rdsReplicaDeletionPolicy } from './rdsReplicaDeletionPolicy';
import { rdsMonitoringRole } from './rdsMonitoringRole';
import { rdsBackupWindowOverlap, rdsWindowTooShort } from './rdsBackupWindowOverlap';
import { rdsReplicaFromSnapshot } from './rdsReplicaFromSnapshot';
import { rdsReplicaSourceBackups } from './rdsReplicaSourceBackups';
import { globalClusterManagedPassword, rdsReplicaManagedPassword } from './rdsReplicaManagedPassword';
import { auroraGlobalBurstableClass } from './auroraGlobalClasses';
import { rdsGeneratedPasswordCharacters } from './rdsGeneratedPassword';
import { rdsStorageNotEncrypted } from './rdsStorageNotEncrypted';
import { rdsPubliclyAccessible } from './rdsPubliclyAccessible';
import { s3ReplicationVersioning } from './s3ReplicationVersioning';
import { s3ReplicationOwnerAccount } from './s3ReplicationOwnerAccount';
import { s3ReplicationTimeMetrics } from './s3ReplicationTimeMetrics';
import { s3DefaultEncryptionKey } from './s3DefaultEncryptionKey';
import { s3ReplicationDeleteMarkers } from './s3ReplicationDeleteMarkers';
import { s3ReplicationKmsReplicaKey } from './s3ReplicationKmsReplicaKey';
import { s3PublicPolicyBlocked } from './s3PublicPolicyBlocked';
import { s3PublicPolicyAllowed } from './s3PublicPolicyAllowed';
import { s3AclWithoutOwnership } from './s3AclWithoutOwnership';
import { s3AccelerationBucketName } from './s3AccelerationBucketName';
import { s3LifecycleExpirationOrder } from './s3LifecycleExpirationOrder';
import { s3LifecycleInfrequentAccess } from './s3LifecycleInfrequentAccess';
import { s3ReplicationOwnerOverride } from './s3ReplicationOwnerOverride';
import { s3ReplicationSkipsKmsObjects } from './s3ReplicationSkipsKmsObjects';
import { s3WebsiteBucketName } from './s3WebsiteBucketName';
import { s3ReplicationSameStack } from './s3ReplicationSameStack';
import { s3ReplicationRefForArn } from './s3ReplicationRefForArn';
import { s3ReplicationRoleTrust } from './s3ReplicationRoleTrust';
import { secretsCrossAccountDefaultKey } from './secretsCrossAccountDefaultKey';
import { secretsPublicPolicyBlocked } from './secretsPublicPolicyBlocked';
import { secretsGenerateStringKey } from './secretsGenerateStringKey';
import { secretsHostedRotationTransform } from './secretsHostedRotationTransform';
import { secretsReferenceInMetadata } from './secretsReferenceInMetadata';
import { secretsReferenceMalformed } from './secretsReferenceMalformed';
import { secretInEnvironment } from './secretsInEnvironment';
import { s3ReplicationDestinationVersioning } from './s3ReplicationDestinationVersioning';
import { ssmParameterReferenceVersion } from './ssmParameterReferenceVersion';
import { secretsRoleWithoutDecrypt } from './secretsRoleWithoutDecrypt';
import { secretsRotationTargetAttachment } from './secretsRotationTargetAttachment';
import { secretTargetTypeMismatch } from './secretsTargetType';
import { kmsReplicaSameStack } from './kmsReplicaSameStack';
import { secretsRotationWithoutFunction } from './secretsRotationWithoutFunction';
import { ssmPlainReferenceForPassword } from './ssmPlainReferenceForPassword';
import { ssmPlainSecretParameter } from './ssmPlainSecretParameter';
import { ssmParameterPattern } from './ssmParameterPattern';
import { kmsReplicaPrimary } from './kmsReplicaPrimary';
import { ssmSecureUnsupported } from './ssmSecureUnsupported';

export const DATA_CHECKS: readonly CatalogueCheck[] = [
  // T20 RDS, Aurora and KMS
  rdsReplicaSourceBackups,
  rdsReplicaManagedPassword,
  globalClusterManagedPassword,
  auroraGlobalBurstableClass,
  rdsGeneratedPasswordCharacters,
  rdsKmsKeyWithoutEncryption,
  rdsManagedPasswordConflict,
  rdsMultiAzWithZone,
  rdsReplicaFromSnapshot,
  rdsMonitoringRole,
  rdsBackupWindowOverlap,
  rdsWindowTooShort,
  kmsKeyPolicyLockout,
  kmsKeyRotationUnsupported,
  encryptionWithUnfitKey,
  rdsEventSubscriptionSources,
  rdsAuroraInstanceClusterSettings,
  rdsStorageNotEncrypted,
  rdsPubliclyAccessible,
  rdsDeletionPolicyDelete,
  rdsBackupsDisabled,
  auroraServerlessV1,
  auroraServerlessV2WithoutCapacity,
  rdsAuroraSingleInstance,
  rdsCrossRegionReplicaKey,
  kmsKeyRotationOff,
  kmsAliasTargetsAlias,
  retainedDataDeletedKey,
  rdsReplicaDeletionPolicy,
  // T21 secrets
  ssmSecureUnsupported,
  secretsHostedRotationTransform,
  secretsGenerateStringKey,
  secretsReferenceMalformed,
  secretInEnvironment,
  s3ReplicationDestinationVersioning,
  ssmParameterReferenceVersion,
  secretsRotationWithoutFunction,
  secretsRoleWithoutDecrypt,
  ssmPlainSecretParameter,
  ssmParameterPattern,
  kmsReplicaPrimary,
  ssmPlainReferenceForPassword,
  secretsRotationTargetAttachment,
  secretTargetTypeMismatch,
  kmsReplicaSameStack,
  secretsCrossAccountDefaultKey,
  secretsPublicPolicyBlocked,
  secretsReferenceInMetadata,
  // T22 AWS Backup
  backupColdStorageRetention,
  backupStartWindow,
  backupContinuousRetention,
  backupRefForArn,
  backupNoCrossRegionCopy,
  backupCopyToSameRegion,
  sameRegionArns,
  replicaKeyOfOwnRegion,
  singleRegionKeyArns,
  deletionProtectionOff,
  backupVaultRetain,
  s3ReplicatedBucketRetain,
  s3NotificationDestination,
  backupVaultTopicPolicy,
  backupSelectionRoleTrust,
  backupVaultLockRetention,
  backupScheduleCron,
  backupTargetVaultArn,
  efsMountTargetsPerZone,
  efsNotEncrypted,
  efsBackupsDisabled,
  efsRetainPolicy,
  // T23 S3
  s3ReplicationVersioning,
  s3ReplicationOwnerAccount,
  s3ReplicationTimeMetrics,
  s3DefaultEncryptionKey,
  s3ReplicationDeleteMarkers,
  s3ReplicationKmsReplicaKey,
  s3PublicPolicyBlocked,
  s3PublicPolicyAllowed,
  s3AclWithoutOwnership,
  s3AccelerationBucketName,
  s3LifecycleExpirationOrder,
  s3LifecycleInfrequentAccess,
  s3ReplicationOwnerOverride,
  s3ReplicationSkipsKmsObjects,
  s3WebsiteBucketName,
  s3ReplicationSameStack,
  s3ReplicationRefForArn,
  s3ReplicationRoleTrust,
  // T24 DynamoDB
  dynamoKeyNotDefined,
  dynamoUnusedAttribute,
  dynamoLocalIndexKey,
  dynamoTooManyLocalIndexes,
  dynamoCapacityBillingMode,
  dynamoGlobalTableStream,
  dynamoGlobalTableWriteCapacity,
  dynamoGlobalTableReplicaKeys,
  dynamoPointInTimeRecovery,
  dynamoRetainPolicy,
  dynamoProjectionAttributes,
];
