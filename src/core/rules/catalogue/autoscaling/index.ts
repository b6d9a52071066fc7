/** Catalogue checks on Auto Scaling: groups, launch templates, scheduled actions, updates, CodeDeploy, hooks, policies (T07–T12). */
import type { CatalogueCheck } from '../types';
import { codeDeployChecks } from './codeDeployGroups';
import { creationTimeoutInvalid, signalCountAboveCapacity } from './creationPolicies';
import {
  desiredCapacityOutOfRange,
  elbHealthCheckWithoutGrace,
  elbHealthCheckWithoutLoadBalancer,
  groupSingleZone,
  groupTargetGroupType,
} from './groupSettings';
import { helperScriptWithoutRegion, initNamesMissingMetadata, signalNamesOtherResource } from './helperScriptChecks';
import { initConfigSetUnknownEntry } from './initConfigSets';
import { metadataServiceV1 } from './metadataOptions';
import { instancesOpenBehindLoadBalancer } from './instancesOpenBehindLoadBalancer';
import { instanceTypeWithRequirements, launchTemplateInterfaceSecurityGroups, launchTemplateTypeWithRequirements, launchTemplateVersionKeyword } from './launchTemplates';
import { lifecycleHookChecks } from './lifecycleHooks';
import { TRACKING_CHECKS } from './scalingPolicies';
import { POLICY_TYPE_CHECKS } from './scalingPolicyTypes';
import { scaleInOnMissingData } from './scaleInOnMissingData';
import { rollingWholeGroupAtOnce } from './rollingCapacity';
import { scheduledActionTimeChecks } from './scheduledActionTimes';
import { scheduledActionInPast } from './scheduledActionPast';
import { creationPolicyUnsupportedType } from './creationPolicyTypes';
import { scheduledActionChecks } from './scheduledActions';
import { scheduledActionTimeZone } from './timeZones';
import { userDataNotBase64 } from './userDataEncoding';
import { warmPoolMixedInstances } from './warmPools';
import { vpcSubnetCidrs } from './vpcCidrs';
import { applicationProtocolInRule } from './ipProtocols';
import { natGatewayAcrossZones } from './natGatewayZones';
import { routeBeforeGatewayAttachment } from './gatewayAttachmentOrder';
import { endpointPrivateDnsWithoutVpcDns } from './endpointPrivateDns';
import { ebsNotEncrypted } from './ebsNotEncrypted';
import { minInstancesInServiceTooHigh, pauseTimeInvalid, replacingUpdateWithoutCreationPolicy, rollingSuspendsLaunch, rollingUpdateWithWarmPool, successPercentWithoutSignals } from './updatePolicies';

export const AUTOSCALING_CHECKS: readonly CatalogueCheck[] = [
  scheduledActionTimeZone,
  routeBeforeGatewayAttachment,
  endpointPrivateDnsWithoutVpcDns,
  metadataServiceV1,
  instancesOpenBehindLoadBalancer,
  userDataNotBase64,
  rollingSuspendsLaunch,
  rollingUpdateWithWarmPool,
  warmPoolMixedInstances,
  desiredCapacityOutOfRange,
  launchTemplateVersionKeyword,
  launchTemplateInterfaceSecurityGroups,
  instanceTypeWithRequirements,
  launchTemplateTypeWithRequirements,
  groupTargetGroupType,
  groupSingleZone,
  vpcSubnetCidrs,
  applicationProtocolInRule,
  natGatewayAcrossZones,
  ebsNotEncrypted,
  elbHealthCheckWithoutGrace,
  elbHealthCheckWithoutLoadBalancer,
  ...scheduledActionChecks,
  ...scheduledActionTimeChecks,
  scheduledActionInPast,
  creationPolicyUnsupportedType,
  minInstancesInServiceTooHigh,
  pauseTimeInvalid,
  creationTimeoutInvalid,
  signalCountAboveCapacity,
  signalNamesOtherResource,
  helperScriptWithoutRegion,
  initNamesMissingMetadata,
  initConfigSetUnknownEntry,
  successPercentWithoutSignals,
  replacingUpdateWithoutCreationPolicy,
  rollingWholeGroupAtOnce,
  ...codeDeployChecks,
  ...lifecycleHookChecks,
  ...TRACKING_CHECKS,
  ...POLICY_TYPE_CHECKS,
  scaleInOnMissingData,
];
