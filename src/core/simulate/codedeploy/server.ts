/** CodeDeploy EC2/on-premises deployments: in place under a minimum of healthy hosts, or blue/green. */
import { entryOf, nodeAt, valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count, type StepInput } from '../assemble';
import { settingsReader } from '../read';
import { exactly, minutes } from '../time';
import type { SimulationOptions, SimulationProblem, Timeline, Wait } from '../types';
import type { DeploymentConfig } from './config';
import { alarmWatch, CONFIGS_URL, groupConfig, HEALTH_URL, isBlueGreenStyle, rollbackEvents, serverFleet, withTrafficControl } from './group';
import { planInPlace, type InPlacePlan } from './healthyHosts';

export function serverTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline | undefined {
  const chosen = groupConfig(context, group, 'Server');
  if (!chosen?.config.minimum) return undefined;
  return isBlueGreenStyle(group) ? blueGreenTimeline(context, options, group, chosen.config) : inPlaceTimeline(context, options, group, chosen.config, chosen.origin);
}

function describeMinimum(config: DeploymentConfig): string {
  const minimum = config.minimum!;
  if (minimum.type === 'MOST_CONCURRENCY') return 'all but one instance healthy';
  return minimum.type === 'FLEET_PERCENT' ? `${minimum.value}% of the instances healthy (rounded up)` : `${count(minimum.value, 'instance')} healthy`;
}

function failurePath(group: ResourceDeclaration, plan: InPlacePlan): string {
  const events = rollbackEvents(group);
  const failing = `A failed instance counts as unhealthy; once healthy instances would fall to the minimum (${plan.minHealthy}), the deployment stops and fails.`;
  return events.includes('DEPLOYMENT_FAILURE')
    ? `${failing} Automatic rollback then deploys the last successful revision as a new deployment.`
    : `${failing} No automatic rollback on failure: instances already deployed to keep the new revision until you redeploy.`;
}

function batchWaits(group: ResourceDeclaration): Wait[] {
  const waits: Wait[] = [];
  if (withTrafficControl(group)) waits.push({ kind: 'health', text: 'BlockTraffic: deregistered from the load balancer (connection draining)' });
  waits.push({ kind: 'hook', text: 'lifecycle events ApplicationStop to ValidateService (the AppSpec hooks)' });
  if (withTrafficControl(group)) waits.push({ kind: 'health', text: 'AllowTraffic: registered again and passing the target health checks' });
  const alarms = alarmWatch(group);
  if (alarms.enabled && alarms.names.length > 0) waits.push({ kind: 'alarms', text: `${count(alarms.names.length, 'alarm')} polled: one in ALARM stops the deployment` });
  return waits;
}

function inPlaceTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration, config: DeploymentConfig, origin: 'template' | 'default' | 'assumed'): Timeline {
  const reader = settingsReader(context);
  reader.note('DeploymentConfigName', config.name, origin === 'default' ? 'default' : 'template');
  const fleet = serverFleet(context, options, group);
  const plan = planInPlace(fleet.size, config.minimum!);
  let done = 0;
  const steps: StepInput[] = plan.blocked
    ? [{ title: 'CodeDeploy cannot take any instance out of service', inService: { old: fleet.size, new: 0 }, waits: [], onFailure: 'The deployment fails at once (HEALTH_CONSTRAINTS_INVALID).' }]
    : plan.batches.map((size, index) => {
        const step: StepInput = {
          title: `Batch ${index + 1} of ${plan.batches.length}: deploy to ${count(size, 'instance')}`,
          inService: { old: fleet.size - done - size, new: done },
          waits: batchWaits(group),
          onFailure: failurePath(group, plan),
        };
        done += size;
        return step;
      });
  const problems: SimulationProblem[] = [];
  if (plan.blocked) problems.push({ code: 'no-healthy-room', message: `The configuration keeps ${describeMinimum(config)}, which is the whole fleet of ${fleet.size}: no instance can be deployed to`, rules: ['CX0413'] });
  if (config.name === 'CodeDeployDefault.AllAtOnce' && withTrafficControl(group)) {
    problems.push({ code: 'all-at-once-behind-balancer', message: 'AllAtOnce behind a load balancer: every instance leaves the load balancer at the same time, so the application is down during the deployment', rules: ['CX0415'] });
  }
  return assemble({
    kind: 'codedeploy-in-place',
    title: `Deployment: in place with ${config.name}`,
    unit: 'instances',
    fleet,
    steps,
    settings: reader.settings,
    problems,
    notes: [`${config.name} keeps ${describeMinimum(config)}; the deployment succeeds when ${count(plan.successNeeded, 'instance')} or more succeed.`, 'How long each batch takes depends on the revision and its lifecycle hooks, not on the template.'],
    summary: plan.blocked
      ? `fails at once: ${describeMinimum(config)} leaves no instance to deploy to`
      : `${count(plan.batches.length, 'batch')} of ${plan.batch === 1 ? '1 instance' : `up to ${plan.batch}`}, never fewer than ${fleet.size - plan.batch} in service, succeeds when ${plan.successNeeded} of ${fleet.size} succeed`,
    url: HEALTH_URL,
    decidingSpans: decidingSpans(group),
    decidingPath: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
  });
}

function blueGreenTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration, config: DeploymentConfig): Timeline {
  const reader = settingsReader(context);
  reader.note('DeploymentConfigName', config.name, 'template');
  const fleet = serverFleet(context, options, group);
  const size = fleet.size;
  const blueGreen = valueOf(group.properties, 'BlueGreenDeploymentConfiguration');
  const ready = valueOf(blueGreen, 'DeploymentReadyOption');
  const readyAction = reader.string('ActionOnTimeout', valueOf(ready, 'ActionOnTimeout'), 'CONTINUE_DEPLOYMENT');
  const readyWait = reader.number('DeploymentReadyOption WaitTimeInMinutes', valueOf(ready, 'WaitTimeInMinutes'), 0);
  const termination = valueOf(blueGreen, 'TerminateBlueInstancesOnDeploymentSuccess');
  const action = reader.string('TerminateBlueInstancesOnDeploymentSuccess Action', valueOf(termination, 'Action'), 'KEEP_ALIVE');
  const terminationWait = reader.number('TerminationWaitTimeInMinutes', valueOf(termination, 'TerminationWaitTimeInMinutes'), 0);
  const rollback = rollbackEvents(group).includes('DEPLOYMENT_FAILURE');
  const steps: StepInput[] = [
    { title: `Provision ${count(size, 'replacement instance')} and install the revision`, inService: { old: size, new: 0 }, running: { old: size, new: size }, waits: [{ kind: 'hook', text: 'lifecycle events ApplicationStop to ValidateService on the replacement instances' }], onFailure: 'The replacement instances fail: production traffic never left the original ones.' },
    {
      title: readyAction === 'STOP_DEPLOYMENT' ? 'Wait for you to start rerouting traffic' : 'Ready to reroute traffic',
      inService: { old: size, new: 0 },
      waits: readyAction === 'STOP_DEPLOYMENT' ? [{ kind: 'ready', text: `manual reroute within ${readyWait} min, else the deployment stops`, seconds: { min: 0, max: minutes(readyWait) } }] : [],
      onFailure: 'Not rerouted in time: the deployment stops; the original instances keep serving.',
    },
    { title: `Reroute traffic to the replacement instances (${config.name})`, inService: { old: 0, new: size }, running: { old: size, new: size }, traffic: { old: 0, new: 100 }, waits: [{ kind: 'health', text: 'replacement instances registered and healthy behind the load balancer' }], onFailure: rollback ? 'Automatic rollback reroutes traffic back to the original instances, which are still there.' : 'The deployment fails; without automatic rollback, traffic stays where it is until you act.' },
    { title: action === 'TERMINATE' ? `Terminate the original instances after ${terminationWait} min` : 'Keep the original instances (KEEP_ALIVE)', inService: { old: 0, new: size }, running: { old: size, new: size }, waits: action === 'TERMINATE' ? [{ kind: 'cleanup', text: `TerminationWaitTimeInMinutes ${terminationWait}`, seconds: exactly(minutes(terminationWait)) }] : [], onFailure: 'Until the originals are terminated, a rollback can reroute traffic back to them.' },
  ];
  const problems: SimulationProblem[] = [];
  if (valueOf(group.properties, 'AutoScalingGroups') !== undefined || literalString(nodeAt(blueGreen, ['GreenFleetProvisioningOption', 'Action'])) === 'COPY_AUTO_SCALING_GROUP') {
    problems.push({ code: 'blue-green-ec2-in-template', message: 'CloudFormation does not create EC2 blue/green deployment groups that copy an Auto Scaling group: create this group with the console or CLI', rules: ['CX2003'] });
  }
  return assemble({
    kind: 'codedeploy-blue-green',
    title: `Deployment: blue/green with ${config.name}`,
    unit: 'instances',
    fleet,
    steps,
    settings: reader.settings,
    problems,
    notes: ['The minimum of healthy hosts applies to the replacement instances, not the original ones.', 'Both fleets run at the same time until the originals are terminated.'],
    summary: `${count(size, 'replacement instance')} beside the originals, traffic rerouted once they are healthy, originals ${action === 'TERMINATE' ? `terminated after ${terminationWait} min` : 'kept'}`,
    url: CONFIGS_URL,
    decidingSpans: decidingSpans(group),
    decidingPath: ['Resources', group.logicalId, 'Properties', 'DeploymentStyle'],
  });
}

function decidingSpans(group: ResourceDeclaration) {
  return ['DeploymentConfigName', 'DeploymentStyle', 'BlueGreenDeploymentConfiguration'].flatMap((name) => entryOf(group.properties, name)?.span ?? []);
}
