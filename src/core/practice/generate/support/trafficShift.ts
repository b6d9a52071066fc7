/**
 * Predefined traffic-shifting configurations of CodeDeploy (Lambda and ECS), by the names SAM's
 * DeploymentPreference Type and CodeDeploy's DeploymentConfigName use: what each does and when all
 * traffic has moved. Linear configurations shift their percentage at the start of each interval
 * (TimeBasedLinear in the CodeDeploy API), so 10% every 10 minutes reaches 100% after 9 intervals.
 */
export const DEPLOYMENT_CONFIGURATIONS_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';

export type TrafficShift =
  | { shape: 'canary'; percent: number; minutes: number }
  | { shape: 'linear'; percent: number; minutes: number }
  | { shape: 'allAtOnce' };

/** The types SAM's DeploymentPreference accepts. */
export const SAM_DEPLOYMENT_TYPES: readonly string[] = [
  'Canary10Percent5Minutes',
  'Canary10Percent10Minutes',
  'Canary10Percent15Minutes',
  'Canary10Percent30Minutes',
  'Linear10PercentEvery1Minute',
  'Linear10PercentEvery2Minutes',
  'Linear10PercentEvery3Minutes',
  'Linear10PercentEvery10Minutes',
  'AllAtOnce',
];

/** `Canary10Percent5Minutes`, `CodeDeployDefault.LambdaLinear10PercentEvery1Minute`, `CodeDeployDefault.ECSAllAtOnce`… */
export function trafficShiftOf(name: string): TrafficShift | undefined {
  const bare = name.replace(/^CodeDeployDefault\.(Lambda|ECS)/, '');
  if (bare === 'AllAtOnce') return { shape: 'allAtOnce' };
  const canary = /^Canary(\d+)Percent(\d+)Minutes?$/.exec(bare);
  if (canary) return { shape: 'canary', percent: Number(canary[1]), minutes: Number(canary[2]) };
  const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/.exec(bare);
  if (linear) return { shape: 'linear', percent: Number(linear[1]), minutes: Number(linear[2]) };
  return undefined;
}

/** Minutes from the first shift until all traffic is on the new version (hooks and alarms left aside). */
export function minutesToFullTraffic(shift: TrafficShift): number {
  if (shift.shape === 'allAtOnce') return 0;
  if (shift.shape === 'canary') return shift.minutes;
  return (Math.ceil(100 / shift.percent) - 1) * shift.minutes;
}

/** What the configuration does, in one sentence. */
export function describeShift(shift: TrafficShift): string {
  if (shift.shape === 'allAtOnce') return 'Shifts all traffic to the new version in one step';
  if (shift.shape === 'canary') {
    return `Shifts ${shift.percent}% of traffic to the new version, then the remaining ${100 - shift.percent}% ${minutes(shift.minutes)} later`;
  }
  return `Shifts ${shift.percent}% more traffic to the new version every ${minutes(shift.minutes)}, reaching 100% after ${minutes(minutesToFullTraffic(shift))}`;
}

export function minutes(count: number): string {
  return count === 1 ? '1 minute' : `${count} minutes`;
}
