/** Catalogue checks on routing and multi-account deployment (T25–T28). */
import type { CatalogueCheck } from '../types';
import { ALIAS_TARGET_CHECKS } from './aliasTargets';
import { route53CnameConflict } from './cnameRecords';
import { HEALTH_CHECK_CHECKS } from './healthChecks';
import { ROUTING_HEALTH_CHECKS } from './routingHealth';
import { ROUTING_POLICY_CHECKS } from './routingPolicies';

export const ROUTING_CHECKS: readonly CatalogueCheck[] = [...ROUTING_POLICY_CHECKS, route53CnameConflict, ...ROUTING_HEALTH_CHECKS, ...ALIAS_TARGET_CHECKS, ...HEALTH_CHECK_CHECKS];
