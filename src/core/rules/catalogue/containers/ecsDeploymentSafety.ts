/** T17 checks on how safely an ECS rolling deployment replaces tasks: downtime, and safeguards written but turned off. */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalBoolean, literalNumber, literalString } from '../support/values';
import { controllerOf, SERVICE } from './ecsServices';

const ROLLING_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html';
const ALARMS_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html';

/** The rolling deployment settings of a REPLICA service ECS itself deploys, or undefined for any other. */
function rollingConfiguration(service: ResourceDeclaration): TemplateNode | undefined {
  if (controllerOf(service) !== 'ECS' || literalString(valueOf(service.properties, 'SchedulingStrategy')) === 'DAEMON') return undefined;
  const configuration = valueOf(service.properties, 'DeploymentConfiguration');
  const strategy = valueOf(configuration, 'Strategy');
  return strategy === undefined || literalString(strategy) === 'ROLLING' ? configuration : undefined;
}

/** CX1738: a rolling deployment allowed to stop every task before it starts new ones. */
export const rollingDeploymentDowntime: CatalogueCheck = {
  id: 'CX1738',
  title: 'ECS rolling deployment with MinimumHealthyPercent 0 and MaximumPercent at most 100 (every task may stop first)',
  topics: ['T17'],
  severity: 'warning',
  url: ROLLING_PAGE,
  explanation: {
    what:
      'During a rolling deployment MinimumHealthyPercent is the share of the desired tasks that must stay RUNNING, and MaximumPercent ' +
      'the most that may be RUNNING or PENDING. With MaximumPercent at 100 or less the scheduler has to stop old tasks before it starts ' +
      'new ones, and with MinimumHealthyPercent 0 it may stop all of them: the service serves nothing until the new tasks pass their checks.',
    exam:
      'a zero-downtime rolling deployment keeps MinimumHealthyPercent at 100 and lets MaximumPercent reach 200 (new tasks start first); ' +
      'where the cluster has no spare capacity, MinimumHealthyPercent 50 replaces half at a time.',
    scenario: 'deploy a new task definition without any interruption for the users of the service',
    trap: 'MinimumHealthyPercent 0 with MaximumPercent 100 is the default only for DAEMON services, which run one task per instance.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const configuration = rollingConfiguration(service);
      const minimum = entryOf(configuration, 'MinimumHealthyPercent');
      const maximum = literalNumber(valueOf(configuration, 'MaximumPercent'));
      if (!minimum || literalNumber(minimum.value) !== 0 || maximum === undefined || maximum > 100) continue;
      if (literalNumber(valueOf(service.properties, 'DesiredCount')) === 0) continue;
      hits.push({
        message:
          `ECS service '${service.logicalId}' has MinimumHealthyPercent 0 and MaximumPercent ${maximum}: a deployment may stop every task ` +
          'before it starts new ones, and the service is down meanwhile; keep MinimumHealthyPercent at 100 (or 50) and MaximumPercent at 200',
        span: minimum.value.span,
        path: ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration', 'MinimumHealthyPercent'],
      });
    }
    return hits;
  },
};

/** CX1739: deployment alarms, or a circuit breaker's rollback, written but turned off. */
export const deploymentSafeguardsOff: CatalogueCheck = {
  id: 'CX1739',
  title: 'ECS deployment alarms listed, or circuit breaker rollback asked for, with Enable false',
  topics: ['T17'],
  severity: 'warning',
  url: ALARMS_PAGE,
  explanation: {
    what:
      'DeploymentConfiguration.Alarms names CloudWatch alarms that ECS watches during a rolling deployment, and DeploymentCircuitBreaker ' +
      'fails a deployment whose tasks never reach a steady state; with Rollback each returns the service to the last deployment that ' +
      'completed. Both act only with Enable true: with Enable false the alarm names and the Rollback flag are ignored.',
    exam:
      'automatic rollback of a bad ECS deployment: the circuit breaker (tasks that keep failing) and deployment alarms (a metric such as ' +
      'the 5XX rate), each with Enable and Rollback true.',
    scenario: 'roll the service back automatically when the error rate rises during a deployment',
    trap: 'listing the alarms is not enough: Enable must be true for ECS to watch them.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const configuration = rollingConfiguration(service);
      const path = ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration'];
      const alarms = valueOf(configuration, 'Alarms');
      const alarmNames = valueOf(alarms, 'AlarmNames');
      const alarmsEnable = entryOf(alarms, 'Enable');
      if (alarmsEnable && literalBoolean(alarmsEnable.value) === false && isSeq(alarmNames) && alarmNames.items.length > 0) {
        hits.push({
          message: `ECS service '${service.logicalId}' lists deployment alarms with Enable false: ECS does not watch them, and a bad deployment is not stopped or rolled back`,
          span: alarmsEnable.value.span,
          path: [...path, 'Alarms', 'Enable'],
        });
      }
      const breaker = valueOf(configuration, 'DeploymentCircuitBreaker');
      const breakerEnable = entryOf(breaker, 'Enable');
      if (breakerEnable && literalBoolean(breakerEnable.value) === false && literalBoolean(valueOf(breaker, 'Rollback')) === true) {
        hits.push({
          message: `ECS service '${service.logicalId}' asks the deployment circuit breaker to roll back but has it Enable false: a failing deployment is neither stopped nor rolled back`,
          span: breakerEnable.value.span,
          path: [...path, 'DeploymentCircuitBreaker', 'Enable'],
        });
      }
    }
    return hits;
  },
};

export const ECS_DEPLOYMENT_SAFETY_CHECKS: readonly CatalogueCheck[] = [rollingDeploymentDowntime, deploymentSafeguardsOff];
