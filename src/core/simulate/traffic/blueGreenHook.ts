/**
 * The AWS::CodeDeploy::BlueGreen hook (Transform AWS::CodeDeployBlueGreen): a stack update that
 * changes an ECS service's task definition runs as a CodeDeploy blue/green deployment.
 * Defaults as the CloudFormation reference and the CDK give them: a step of 15% and 5 minutes.
 */
import { isMap, isSeq, valueOf, type MapEntry } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import { sectionOf, type ResourceDeclaration } from '../../sections';
import type { Routing } from '../codedeploy/config';
import { fleetSize } from '../fleet';
import { settingsReader } from '../read';
import type { SimulationOptions, Timeline } from '../types';
import { trafficTimeline } from './timeline';

const HOOK_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green-hook-syntax.html';
export const HOOK_DEFAULTS = { stepPercentage: 15, bakeTimeMins: 5 } as const;
const BEFORE = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic'];

/** Hooks of the template that deploy this ECS service blue/green. */
function hooksFor(context: CheckContext, service: ResourceDeclaration): MapEntry[] {
  const hooks = sectionOf(context.template.root, 'Hooks');
  return (hooks?.entries ?? []).filter((entry) => {
    if (literalString(valueOf(entry.value, 'Type')) !== 'AWS::CodeDeploy::BlueGreen') return false;
    const applications = valueOf(valueOf(entry.value, 'Properties'), 'Applications');
    return isSeq(applications) && applications.items.some((application) => literalString(valueOf(valueOf(application, 'Target'), 'LogicalID')) === service.logicalId);
  });
}

export function blueGreenHookTimelines(context: CheckContext, options: SimulationOptions, service: ResourceDeclaration): Timeline[] {
  return hooksFor(context, service).map((hook) => {
    const properties = valueOf(hook.value, 'Properties');
    const reader = settingsReader(context);
    const config = valueOf(properties, 'TrafficRoutingConfig');
    const type = reader.string('TrafficRoutingConfig Type', valueOf(config, 'Type'), 'AllAtOnce');
    const routing: Routing =
      type === 'TimeBasedCanary' || type === 'TimeBasedLinear'
        ? {
            type,
            percent: reader.number('StepPercentage', valueOf(valueOf(config, type), 'StepPercentage'), HOOK_DEFAULTS.stepPercentage),
            minutes: reader.number('BakeTimeMins', valueOf(valueOf(config, type), 'BakeTimeMins'), HOOK_DEFAULTS.bakeTimeMins),
          }
        : { type: 'AllAtOnce' };
    const lifecycle = valueOf(properties, 'LifecycleEventHooks');
    const named = (event: string) => {
      const target = literalString(valueOf(lifecycle, event));
      return target ? [`${event} (${target})`] : [];
    };
    const wait = reader.number('TerminationWaitTimeInMinutes', valueOf(valueOf(properties, 'AdditionalOptions'), 'TerminationWaitTimeInMinutes'), 0);
    const fleet = fleetSize(context, options, service.logicalId, [{ name: 'DesiredCount', node: valueOf(service.properties, 'DesiredCount') }], { size: 1, source: 'DesiredCount (1 when left out)', origin: 'default' });
    return trafficTimeline({
      title: `Stack update: AWS::CodeDeploy::BlueGreen hook ${hook.key.value}`,
      config: { name: `TrafficRoutingConfig ${type}`, platform: 'ECS', routing },
      hooksBefore: BEFORE.flatMap(named),
      hooksAfter: named('AfterAllowTraffic'),
      alarms: [],
      rollback: true,
      settings: reader.settings,
      fleet,
      terminationWaitMinutes: wait,
      notes: ['If the deployment fails, the stack update fails and CloudFormation rolls the service back to the original task set.'],
      url: HOOK_URL,
      decidingSpans: isMap(hook.value) ? [hook.span] : [],
      decidingPath: ['Hooks', hook.key.value, 'Properties', 'TrafficRoutingConfig'],
    });
  });
}
