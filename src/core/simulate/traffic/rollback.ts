/**
 * What ends a traffic-shifting deployment early, and whether CodeDeploy then rolls it back: each cause
 * has its own event in the deployment group's AutoRollbackConfiguration, so a group can roll back on
 * a failed hook and still leave an alarm's stop where it is
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html).
 */

export const ROLLBACK_EVENTS = {
  failure: 'DEPLOYMENT_FAILURE',
  alarm: 'DEPLOYMENT_STOP_ON_ALARM',
  request: 'DEPLOYMENT_STOP_ON_REQUEST',
} as const;

/** The events of the deployment groups SAM creates for a DeploymentPreference. */
export const SAM_ROLLBACK_EVENTS: readonly string[] = Object.values(ROLLBACK_EVENTS);

interface Cause {
  text: string;
  event: string;
}

function causesOf(alarmsWatched: boolean): Cause[] {
  return [
    { text: 'a hook reporting Failed', event: ROLLBACK_EVENTS.failure },
    ...(alarmsWatched ? [{ text: 'an alarm going into ALARM', event: ROLLBACK_EVENTS.alarm }] : []),
    { text: 'a manual stop', event: ROLLBACK_EVENTS.request },
  ];
}

/** "a, b or c" */
function listed(causes: readonly Cause[]): string {
  const texts = causes.map((cause) => cause.text);
  return texts.length > 1 ? `${texts.slice(0, -1).join(', ')} or ${texts.at(-1)}` : texts[0];
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence for the causes that roll back, one for those that do not, as `events` (the enabled rollback events) decide. */
export function rollbackText(events: readonly string[], alarmsWatched: boolean): string {
  const causes = causesOf(alarmsWatched);
  const rolledBack = causes.filter((cause) => events.includes(cause.event));
  const kept = causes.filter((cause) => !events.includes(cause.event));
  const why = events.length === 0 ? 'automatic rollback is off' : `${kept.map((cause) => cause.event).join(' and ')} ${kept.length === 1 ? 'is' : 'are'} not among the rollback events`;
  return [
    rolledBack.length > 0 ? `${sentence(listed(rolledBack))}: CodeDeploy rolls back, and all traffic returns to the original version.` : '',
    kept.length > 0 ? `${sentence(listed(kept))}: the deployment ends and traffic stays where it is until you redeploy (${why}).` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}
