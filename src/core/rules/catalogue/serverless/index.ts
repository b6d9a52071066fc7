/** Catalogue checks on serverless delivery: SAM gradual deployments (T18), API Gateway stages and Lambda versions (T19). */
import type { CatalogueCheck } from '../types';
import {
  apiDeploymentDependsOnMethods,
  apiStageCreatedTwice,
  apiStageDescriptionWithoutName,
} from './apiGatewayDeployments';
import { lambdaPackageSettings } from './lambdaPackages';
import { aliasOnLatest, aliasProvisionedLatest, aliasVersionRef, aliasWeightedLatest } from './lambdaVersions';
import { samAllAtOnce, samPreferenceDisabled, samPreferenceTypeTypo, samProvisionedConcurrencyAlias } from './samDeployments';
import { samHookName, samHookReportPermission } from './samHooks';
import { sqsVisibilityBelowTimeout } from './sqsTimeouts';
import { snapStartUnsupported } from './snapStart';
import { lambdaIntegrationMethod } from './lambdaIntegrations';
import { EVENT_SOURCE_MAPPING_CHECKS } from './eventSourceMappings';
import { streamRetriesUnbounded } from './streamRetries';
import { fifoBatchingWindow } from './fifoBatchingWindow';

export const SERVERLESS_CHECKS: readonly CatalogueCheck[] = [
  samProvisionedConcurrencyAlias,
  samAllAtOnce,
  samPreferenceDisabled,
  samPreferenceTypeTypo,
  samHookReportPermission,
  samHookName,
  apiDeploymentDependsOnMethods,
  apiStageDescriptionWithoutName,
  apiStageCreatedTwice,
  aliasProvisionedLatest,
  aliasWeightedLatest,
  aliasVersionRef,
  aliasOnLatest,
  sqsVisibilityBelowTimeout,
  ...EVENT_SOURCE_MAPPING_CHECKS,
  streamRetriesUnbounded,
  fifoBatchingWindow,
  lambdaPackageSettings,
  snapStartUnsupported,
  lambdaIntegrationMethod,
];
