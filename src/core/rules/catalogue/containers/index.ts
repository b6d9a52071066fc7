/** Catalogue checks on images and containers: Image Builder, ECR, ECS deployments (T15–T17). */
import type { CatalogueCheck } from '../types';
import { ECR_CHECKS } from './ecr';
import { ECS_CODEDEPLOY_CHECKS } from './ecsCodeDeploy';
import { ECS_NATIVE_DEPLOYMENT_CHECKS } from './ecsNativeDeployments';
import { ECS_SERVICE_CHECKS } from './ecsServices';
import { ECS_SERVICE_NETWORKING_CHECKS } from './ecsServiceNetworking';
import { TASK_DEFINITION_CHECKS } from './taskDefinitions';
import { fargateExecutionRole } from './taskExecutionRole';
import { BLUE_GREEN_HOOK_CHECKS } from './blueGreenHook';
import { lifecycleCountUnit } from './ecrLifecycleCounts';
import { IMAGE_BUILDER_CHECKS } from './imageBuilder';
import { CAPACITY_PROVIDER_CHECKS } from './capacityProviders';
import { containerPortTwoProtocols, hostPortDiffersInAwsvpcOrHost } from './portMappings';
import { daemonServiceUnsupported } from './daemonServices';
import { serviceSingleTask, serviceSingleZone } from './ecsServiceZones';
import { ECS_DEPLOYMENT_SAFETY_CHECKS } from './ecsDeploymentSafety';
import { containersOverTaskMemory } from './containerMemory';

export const CONTAINER_CHECKS: readonly CatalogueCheck[] = [...IMAGE_BUILDER_CHECKS, ...ECR_CHECKS, ...ECS_SERVICE_CHECKS, ...ECS_SERVICE_NETWORKING_CHECKS, ...ECS_CODEDEPLOY_CHECKS, ...ECS_NATIVE_DEPLOYMENT_CHECKS, ...TASK_DEFINITION_CHECKS, fargateExecutionRole, ...BLUE_GREEN_HOOK_CHECKS, lifecycleCountUnit, ...CAPACITY_PROVIDER_CHECKS, hostPortDiffersInAwsvpcOrHost, containerPortTwoProtocols, daemonServiceUnsupported, serviceSingleZone, serviceSingleTask, ...ECS_DEPLOYMENT_SAFETY_CHECKS, containersOverTaskMemory];
