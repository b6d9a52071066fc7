/** Catalogue checks on routing and multi-account deployment (T25–T28). */
import { aliasRecordWithValues } from './aliasRecordValues';
import { loadBalancingAttributeValue } from './attributeValues';
import { secureListenerCertificate } from './listenerCertificates';
import type { CatalogueCheck } from '../types';
import { ALIAS_TARGET_CHECKS } from './aliasTargets';
import { route53CnameConflict } from './cnameRecords';
import { DISTRIBUTION_WEB_ACL_CHECKS } from './distributionWebAcl';
import { distributionAliasesDefaultCertificate } from './distributionCertificate';
import { distributionMethodSets, distributionUnknownOrigin } from './distributionMethods';
import { distributionLogBucketAcls } from './distributionLogging';
import { originAccessWithoutSource } from './originAccessScope';
import { EDGE_FUNCTION_CHECKS } from './edgeFunctions';
import { HEALTH_CHECK_CHECKS } from './healthChecks';
import { failoverSharedHealthCheck } from './failoverSharedHealthCheck';
import { LISTENER_ACTION_CHECKS } from './listenerActions';
import { LISTENER_PROTOCOL_CHECKS } from './listenerProtocols';
import { LISTENER_RULE_CHECKS } from './listenerRules';
import { ROUTING_HEALTH_CHECKS } from './routingHealth';
import { ROUTING_POLICY_CHECKS } from './routingPolicies';
import { healthCheckTimeoutInterval, targetGroupTcpHealthCheck } from './targetGroupHealthCheck';
import { targetGroupMatcherCodes } from './targetGroupMatcher';
import { albSingleSubnet } from './albSubnets';
import { STACK_SET_CHECKS } from './stackSets';
import { stackSetNoBlastRadius } from './stackSetBlastRadius';
import { STACK_TEMPLATE_CHECKS } from './stackTemplates';
import { nestedStackListParameter } from './nestedStackParameters';

export const ROUTING_CHECKS: readonly CatalogueCheck[] = [...ROUTING_POLICY_CHECKS, route53CnameConflict, ...ROUTING_HEALTH_CHECKS, ...ALIAS_TARGET_CHECKS, aliasRecordWithValues, ...HEALTH_CHECK_CHECKS, failoverSharedHealthCheck, ...LISTENER_RULE_CHECKS, ...LISTENER_ACTION_CHECKS, ...LISTENER_PROTOCOL_CHECKS, secureListenerCertificate, loadBalancingAttributeValue, targetGroupTcpHealthCheck, healthCheckTimeoutInterval, targetGroupMatcherCodes, albSingleSubnet, ...EDGE_FUNCTION_CHECKS, ...DISTRIBUTION_WEB_ACL_CHECKS, distributionAliasesDefaultCertificate, distributionMethodSets, distributionUnknownOrigin, distributionLogBucketAcls, originAccessWithoutSource, ...STACK_SET_CHECKS, stackSetNoBlastRadius, ...STACK_TEMPLATE_CHECKS, nestedStackListParameter];
