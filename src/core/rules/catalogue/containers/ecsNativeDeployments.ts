/** T17 checks on the deployment strategies ECS runs itself: canary and linear traffic shifts. */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { numberValues, propertyHit, push, stringValues } from '../data/common';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { SERVICE } from './ecsServices';

const CANARY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-canaryconfiguration.html';
/** CloudFormation's limit on the computed deployment time of a canary or linear strategy: 33 hours. */
const LIMIT_MINUTES = 33 * 60;
/** The ECS API's defaults when the strategy's own settings are left out (CanaryConfiguration, LinearConfiguration). */
const DEFAULT_CANARY_BAKE = 10;
const DEFAULT_STEP_BAKE = 6;
const DEFAULT_STEP_PERCENT = 10;

/** CX1723: a canary or linear ECS deployment whose bake times add up to more than CloudFormation allows. */
export const ecsShiftOverTimeLimit: CatalogueCheck = {
  id: 'CX1723',
  title: 'ECS canary or linear deployment whose bake times add up to more than 33 hours',
  topics: ['T17'],
  severity: 'error',
  url: CANARY_PAGE,
  rejection: {
    quote:
      'To prevent timeout-related rollbacks, CloudFormation rejects deployments when the calculated deployment time exceeds 33 hours based on your template configuration',
    url: CANARY_PAGE,
  },
  explanation: {
    what:
      'CloudFormation gives up on a stack operation after 36 hours, so for ECS services deployed with the CANARY or LINEAR ' +
      'strategy it adds up the bake times written in the template (BakeTimeInMinutes plus CanaryBakeTimeInMinutes, or plus ' +
      'StepBakeTimeInMinutes once per step, as its LinearConfiguration page counts them) and refuses the deployment when the ' +
      'sum passes 33 hours. Left-out bake times count at their defaults (10 minutes for the canary, 6 per linear step).',
    exam:
      'a canary waits once, a linear shift waits at every step: 10% steps are nine waits before full traffic. Long soaks belong ' +
      'in alarms watched during the bake, not in day-long waits that hold the stack operation open.',
    scenario: 'shift ECS traffic gradually and roll back automatically if the new revision misbehaves',
    trap: 'a day of BakeTimeInMinutes plus long per-step waits looks harmless; CloudFormation rejects it before anything moves.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const configuration = valueOf(service.properties, 'DeploymentConfiguration');
      const strategies = stringValues(context, valueOf(configuration, 'Strategy'));
      if (!strategies || strategies.length !== 1) continue;
      const minutes = shiftMinutes(context, configuration, strategies[0]);
      if (minutes === undefined || minutes <= LIMIT_MINUTES) continue;
      const formula = strategies[0] === 'CANARY' ? 'BakeTimeInMinutes + CanaryBakeTimeInMinutes' : 'BakeTimeInMinutes + StepBakeTimeInMinutes × steps';
      push(hits, strategyHit(service, `ECS service '${service.logicalId}' ${strategies[0].toLowerCase()} deployment adds up to at least ${minutes} minutes (${formula}): CloudFormation rejects more than ${LIMIT_MINUTES} (33 hours)`));
    }
    return hits;
  },
};

/** The shortest deployment time the template allows for the strategy, in minutes; undefined for other strategies or unknown values. */
function shiftMinutes(context: CheckContext, configuration: TemplateNode | undefined, strategy: string): number | undefined {
  const least = (node: TemplateNode | undefined, fallback: number) => {
    if (node === undefined) return fallback;
    const values = numberValues(context, node);
    return values ? Math.min(...values) : undefined;
  };
  const bake = least(valueOf(configuration, 'BakeTimeInMinutes'), 0);
  if (bake === undefined) return undefined;
  if (strategy === 'CANARY') {
    const canaryBake = least(valueOf(valueOf(configuration, 'CanaryConfiguration'), 'CanaryBakeTimeInMinutes'), DEFAULT_CANARY_BAKE);
    return canaryBake === undefined ? undefined : bake + canaryBake;
  }
  if (strategy !== 'LINEAR') return undefined;
  const linear = valueOf(configuration, 'LinearConfiguration');
  const stepBake = least(valueOf(linear, 'StepBakeTimeInMinutes'), DEFAULT_STEP_BAKE);
  const percents = valueOf(linear, 'StepPercent') === undefined ? [DEFAULT_STEP_PERCENT] : numberValues(context, valueOf(linear, 'StepPercent'));
  if (stepBake === undefined || !percents || percents.some((percent) => percent <= 0)) return undefined;
  return bake + stepBake * Math.min(...percents.map(linearSteps));
}

/** LinearConfiguration: (100 ÷ StepPercent) − 1 steps when the percent divides 100 evenly, else the floor of 100 ÷ StepPercent. */
function linearSteps(percent: number): number {
  const ratio = 100 / percent;
  return Number.isInteger(ratio) ? ratio - 1 : Math.floor(ratio);
}

function strategyHit(service: ResourceDeclaration, message: string): CheckHit | undefined {
  return propertyHit(service, ['DeploymentConfiguration', 'Strategy'], message);
}

export const ECS_NATIVE_DEPLOYMENT_CHECKS: readonly CatalogueCheck[] = [ecsShiftOverTimeLimit];
