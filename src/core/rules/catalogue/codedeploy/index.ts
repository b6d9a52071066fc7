/** Catalogue checks on CodeDeploy: in-place and configurations (T04), blue/green and load balancers (T05), rollback (T06), Lambda deployment groups (T18). */
import type { CatalogueCheck } from '../types';
import { alarmSlowerThanShift } from './alarmTiming';
import { codeDeployImmediateBlueTermination } from './blueGreenTermination';
import {
  codeDeployAllAtOnceBehindLoadBalancer,
  codeDeployConfigPlatform,
  codeDeployImpossibleMinimum,
  codeDeployServerTrafficRouting,
  codeDeployUnknownPredefinedConfig,
  codeDeployZeroMinimum,
} from './deploymentConfigs';
import { codeDeployTagFiltersAndSet, codeDeployTagFiltersMatchNothing } from './deploymentTargets';
import { lambdaDeploymentInPlace } from './lambdaInPlace';
import {
  codeDeployAlarmByArn,
  codeDeployAlarmMetricUnfed,
  codeDeployAlarmsDisabled,
  codeDeployLoadBalancedWithoutAlarms,
  codeDeployIgnorePollFailure,
  codeDeployStopOnAlarmWithoutAlarms,
} from './rollbackAlarms';
import { codeDeployServiceRolePlatform } from './serviceRolePolicy';
import {
  codeDeployIgnoredLoadBalancer,
  codeDeployNoDraining,
  codeDeployTargetGroupByArn,
  codeDeployTrafficControlWithoutLoadBalancer,
} from './trafficControl';

export const CODEDEPLOY_CHECKS: readonly CatalogueCheck[] = [
  codeDeployTagFiltersAndSet,
  codeDeployTagFiltersMatchNothing,
  codeDeployConfigPlatform,
  lambdaDeploymentInPlace,
  codeDeployImpossibleMinimum,
  codeDeployZeroMinimum,
  codeDeployAllAtOnceBehindLoadBalancer,
  codeDeployUnknownPredefinedConfig,
  codeDeployServerTrafficRouting,
  codeDeployServiceRolePlatform,
  codeDeployIgnoredLoadBalancer,
  codeDeployTrafficControlWithoutLoadBalancer,
  codeDeployTargetGroupByArn,
  codeDeployNoDraining,
  codeDeployImmediateBlueTermination,
  codeDeployStopOnAlarmWithoutAlarms,
  codeDeployAlarmsDisabled,
  codeDeployLoadBalancedWithoutAlarms,
  codeDeployAlarmByArn,
  codeDeployAlarmMetricUnfed,
  codeDeployIgnorePollFailure,
  alarmSlowerThanShift,
];
