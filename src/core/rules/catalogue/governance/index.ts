/** Catalogue checks on governance and monitoring (T29–T33). */
import type { CatalogueCheck } from '../types';
import { alarmPeriodValue } from './alarmPeriods';
import { ALARM_CHECKS } from './alarms';
import { ALARM_VALUE_CHECKS } from './alarmValues';
import { CONFIG_ORDERING_CHECKS } from './configOrdering';
import { CONFIG_RULE_CHECKS } from './configRules';
import { remediationResourceValue } from './remediationResourceValue';
import { eventDetailValueNeverSent } from './eventDetailValues';
import { alarmLoadBalancerNamespace } from './alarmNamespaces';
import { dashboardBodyNotJson } from './dashboards';
import { EVENT_RULE_CHECKS } from './eventRules';
import { eventDetailTypeNeverSent } from './eventPatterns';
import { eventSourceWithoutPrefix } from './eventSources';
import { EVENT_TARGET_CHECKS } from './eventTargets';
import { FIFO_MESSAGING_CHECKS } from './fifoMessaging';
import { fifoQueueName } from './fifoQueueNames';
import { LEAST_PRIVILEGE_CHECKS } from './leastPrivilege';
import { openResourcePolicy } from './openResourcePolicies';
import { openAdminPort } from './openAdminPorts';
import { roleArnGivenName } from './roleArns';
import { LOG_GROUP_CHECKS } from './logGroups';
import { SCHEDULE_CHECKS } from './schedules';
import { SERVICE_CHECKS } from './services';
import { CLOUDTRAIL_CHECKS } from './cloudTrail';
import { stateMachineLogDestination } from './stateMachineLogging';
import { stateMachineUnknownState } from './stateMachines';

export const GOVERNANCE_CHECKS: readonly CatalogueCheck[] = [...CONFIG_RULE_CHECKS, remediationResourceValue, ...CONFIG_ORDERING_CHECKS, ...EVENT_RULE_CHECKS, ...SCHEDULE_CHECKS, eventSourceWithoutPrefix, eventDetailTypeNeverSent, eventDetailValueNeverSent, ...EVENT_TARGET_CHECKS, fifoQueueName, ...FIFO_MESSAGING_CHECKS, ...ALARM_CHECKS, alarmPeriodValue, ...ALARM_VALUE_CHECKS, alarmLoadBalancerNamespace, dashboardBodyNotJson, ...LOG_GROUP_CHECKS, ...LEAST_PRIVILEGE_CHECKS, openResourcePolicy, openAdminPort, roleArnGivenName, stateMachineUnknownState, stateMachineLogDestination, ...SERVICE_CHECKS, ...CLOUDTRAIL_CHECKS];
