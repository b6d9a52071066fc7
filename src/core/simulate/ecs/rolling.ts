/** ECS rolling update (the ECS controller's ROLLING strategy): minimum and maximum percent, circuit breaker, alarms. */
import { entryOf, isSeq, nodeAt, valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalBoolean } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count, type StepInput } from '../assemble';
import { settingsReader } from '../read';
import type { SimulationOptions, SimulationProblem, Timeline } from '../types';
import { circuitBreakerThreshold, planEcsRolling, type EcsRollingPlan } from './rollingPlan';
import { isDaemon, serviceFleet } from './service';

const ROLLING_URL = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html';
/** The ECS API's defaults for a REPLICA service. */
export const ECS_ROLLING_DEFAULTS = { minimumHealthyPercent: 100, maximumPercent: 200 } as const;
/** The ECS API's defaults for a DAEMON service: no second task fits beside the one on each instance. */
export const ECS_DAEMON_DEFAULTS = { minimumHealthyPercent: 0, maximumPercent: 100 } as const;
const DAEMON_NOTE = 'A DAEMON service runs one task on each container instance, so the task count follows the cluster: the simulation assumes a number of instances.';

export function ecsRollingTimeline(context: CheckContext, options: SimulationOptions, service: ResourceDeclaration): Timeline {
  const configuration = valueOf(service.properties, 'DeploymentConfiguration');
  const reader = settingsReader(context);
  const fleet = serviceFleet(context, options, service);
  const daemon = isDaemon(service);
  const defaults = daemon ? ECS_DAEMON_DEFAULTS : ECS_ROLLING_DEFAULTS;
  const minimum = reader.number('MinimumHealthyPercent', valueOf(configuration, 'MinimumHealthyPercent'), defaults.minimumHealthyPercent);
  const maximum = reader.number('MaximumPercent', valueOf(configuration, 'MaximumPercent'), defaults.maximumPercent);
  const breaker = literalBoolean(nodeAt(configuration, ['DeploymentCircuitBreaker', 'Enable'])) === true;
  const rollback = breaker && literalBoolean(nodeAt(configuration, ['DeploymentCircuitBreaker', 'Rollback'])) === true;
  const alarmNames = nodeAt(configuration, ['Alarms', 'AlarmNames']);
  const alarmsOn = literalBoolean(nodeAt(configuration, ['Alarms', 'Enable'])) === true && isSeq(alarmNames) && alarmNames.items.length > 0;
  const alarmRollback = alarmsOn && literalBoolean(nodeAt(configuration, ['Alarms', 'Rollback'])) === true;
  const plan = planEcsRolling({ desired: fleet.size, minimumHealthyPercent: minimum, maximumPercent: maximum });
  const threshold = circuitBreakerThreshold(fleet.size);
  const onFailure = breaker
    ? `The circuit breaker marks the deployment FAILED after ${count(threshold, 'failed task')}${rollback ? ' and rolls back to the last completed deployment' : ' (no rollback: the service stays as it is)'}.`
    : 'No circuit breaker: ECS keeps trying to start tasks that fail, and the deployment never ends by itself.';
  const steps: StepInput[] = plan.stuck && plan.waves.length === 0
    ? [{ title: 'The scheduler can neither stop nor start a task', inService: { old: fleet.size, new: 0 }, waits: [], onFailure: 'The deployment is stuck; ECS reports that it cannot stop or start tasks because of the deployment configuration.' }]
    : plan.waves.map((wave, index) => ({
        title: `Step ${index + 1}: ${[wave.start > 0 ? `start ${count(wave.start, 'new task')}` : '', wave.stop > 0 ? `stop ${count(wave.stop, 'old task')}` : ''].filter(Boolean).join(', ')}`,
        inService: { old: wave.oldBefore - wave.stop, new: wave.newBefore },
        running: { old: wave.oldBefore - wave.stop, new: wave.newBefore + wave.start },
        waits: [
          ...(wave.start > 0 ? [{ kind: 'health' as const, text: 'new tasks RUNNING and passing load balancer or container health checks' }] : []),
          ...(alarmsOn ? [{ kind: 'alarms' as const, text: `${count(alarmNames.items.length, 'alarm')} watched${alarmRollback ? ': one in ALARM rolls the deployment back' : ''}` }] : []),
        ],
        onFailure,
      }));
  return assemble({
    kind: 'ecs-rolling',
    title: 'Deployment: ECS rolling update',
    unit: 'tasks',
    fleet,
    steps,
    settings: reader.settings,
    problems: problems(plan, minimum, maximum, fleet.size),
    notes: [`At least ${count(plan.minRunning, 'task')} running (MinimumHealthyPercent ${minimum}, rounded up), at most ${plan.maxRunning} (MaximumPercent ${maximum}, rounded down).`, ...(daemon ? [DAEMON_NOTE] : [])],
    summary: plan.stuck ? `stuck: ${minimum}% to ${maximum}% of ${fleet.size} lets the scheduler neither stop nor start a task` : `${count(plan.waves.length, 'step')}, never fewer than ${Math.min(...plan.waves.map((wave) => wave.oldBefore - wave.stop + wave.newBefore))} tasks in service, at most ${plan.maxRunning} running${breaker ? `, circuit breaker after ${threshold} failures${rollback ? ' with rollback' : ''}` : ', no circuit breaker'}`,
    url: ROLLING_URL,
    decidingSpans: [entryOf(service.properties, 'DeploymentConfiguration')?.span].filter((span) => span !== undefined),
    decidingPath: ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration'],
  });
}

function problems(plan: EcsRollingPlan, minimum: number, maximum: number, desired: number): SimulationProblem[] {
  if (!plan.stuck) return [];
  return [{ code: 'tasks-stuck', message: `MinimumHealthyPercent ${minimum} and MaximumPercent ${maximum} of ${count(desired, 'task')} let the scheduler neither stop an old task nor start a new one`, rules: minimum >= 100 && maximum <= 100 ? ['CX1713'] : [] }];
}
