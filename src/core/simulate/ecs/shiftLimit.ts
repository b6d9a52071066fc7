/**
 * CloudFormation's 33-hour limit on ECS-native canary and linear deployments: it adds up the bake
 * times the template sets and rejects the deployment when the sum passes 33 hours
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-canaryconfiguration.html,
 * .../aws-properties-ecs-service-linearconfiguration.html).
 */
import type { Routing } from '../codedeploy/config';
import type { SimulationProblem } from '../types';

export const SHIFT_LIMIT_MINUTES = 33 * 60;
/** The catalogue check that reports the same rejection in the editor. */
const SHIFT_LIMIT_RULE = 'CX1723';

/** Waits between linear steps: (100 ÷ StepPercent) − 1 when the percent divides 100 evenly, else the floor of 100 ÷ StepPercent. */
export function linearStepCount(stepPercent: number): number {
  const ratio = 100 / stepPercent;
  return Number.isInteger(ratio) ? ratio - 1 : Math.floor(ratio);
}

/** The bake times CloudFormation counts for the strategy, in minutes; undefined for an all-at-once shift. */
function countedMinutes(routing: Routing, bakeMinutes: number): { minutes: number; formula: string; strategy: string } | undefined {
  if (routing.type === 'TimeBasedCanary') {
    return { minutes: bakeMinutes + routing.minutes, formula: 'BakeTimeInMinutes + CanaryBakeTimeInMinutes', strategy: 'canary' };
  }
  if (routing.type === 'TimeBasedLinear') {
    const steps = linearStepCount(routing.percent);
    return { minutes: bakeMinutes + routing.minutes * steps, formula: `BakeTimeInMinutes + StepBakeTimeInMinutes × ${steps} steps`, strategy: 'linear' };
  }
  return undefined;
}

/**
 * The rejection, if the deployment counts more than 33 hours. `bakeMinutes` undefined: BakeTimeInMinutes
 * is not set, and the sum is counted without it (a lower bound).
 */
export function shiftLimitProblem(routing: Routing, bakeMinutes: number | undefined): SimulationProblem | undefined {
  const counted = countedMinutes(routing, bakeMinutes ?? 0);
  if (!counted || counted.minutes <= SHIFT_LIMIT_MINUTES) return undefined;
  const amount = `${bakeMinutes === undefined ? 'at least ' : ''}${counted.minutes} min`;
  return {
    code: 'bake-time-too-long',
    message: `${counted.formula} is ${amount}, more than the 33 hours (${SHIFT_LIMIT_MINUTES} min) CloudFormation accepts for a ${counted.strategy} deployment: it rejects the deployment`,
    rules: [SHIFT_LIMIT_RULE],
  };
}
