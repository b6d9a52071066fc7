/** Catalogue checks on the delivery pipeline: CodeCommit (T01), CodePipeline (T02), CodeBuild and ECR (T03). */
import type { CatalogueCheck } from '../types';
import { changeDetectionChecks } from './changeDetection';
import { codeBuildDockerCache, codeBuildDockerPrivileged } from './codeBuildDocker';
import { codeBuildLambdaComputeType, codeBuildNoSourceBuildSpec, codeBuildPlaintextSecret, codeBuildSecondaryPipelineArtifact } from './codeBuildProject';
import { codeBuildEcrPush, codeBuildLogPermissions } from './codeBuildRole';
import { codeCommitTriggerAllEvents, codeCommitTriggerEventName, codeCommitTriggerLambdaPermission } from './codeCommitTriggers';
import { notificationTopicPolicy } from './notificationTopicPolicy';
import { pipelineCloudFormationAction, pipelineS3SourceVersioning } from './pipelineActionConfig';
import { pipelineDuplicateOutput, pipelineInputArtifact } from './pipelineArtifacts';
import { pipelineArtifactCount } from './pipelineArtifactCounts';
import { pipelineCrossAccountKey } from './pipelineCrossAccount';
import { pipelineSingleStoreCrossRegion, pipelineStoreForRegion } from './pipelineRegions';
import { pipelineRolePermissions } from './pipelineRole';
import { pipelineDuplicateNames, pipelineFirstStageSource, pipelineLateSourceAction } from './pipelineStructure';
import { pipelineTriggerRepeated, pipelineTriggerSourceAction } from './pipelineTriggers';
import { changeSetExecutedEarly } from './changeSetOrder';
import { pipelineParallelRollback } from './pipelineParallelRollback';

export const PIPELINE_CHECKS: readonly CatalogueCheck[] = [
  codeCommitTriggerAllEvents,
  codeCommitTriggerEventName,
  codeCommitTriggerLambdaPermission,
  notificationTopicPolicy,
  ...changeDetectionChecks,
  pipelineFirstStageSource,
  pipelineLateSourceAction,
  pipelineDuplicateNames,
  pipelineInputArtifact,
  pipelineDuplicateOutput,
  pipelineArtifactCount,
  pipelineSingleStoreCrossRegion,
  pipelineStoreForRegion,
  pipelineCrossAccountKey,
  pipelineRolePermissions,
  pipelineCloudFormationAction,
  pipelineS3SourceVersioning,
  pipelineTriggerSourceAction,
  pipelineTriggerRepeated,
  changeSetExecutedEarly,
  pipelineParallelRollback,
  codeBuildDockerPrivileged,
  codeBuildDockerCache,
  codeBuildEcrPush,
  codeBuildLogPermissions,
  codeBuildPlaintextSecret,
  codeBuildSecondaryPipelineArtifact,
  codeBuildNoSourceBuildSpec,
  codeBuildLambdaComputeType,
];
