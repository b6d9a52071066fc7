/**
 * The AWS::CodeDeploy::BlueGreen hook (Transform AWS::CodeDeployBlueGreen): a stack update that
 * changes an ECS service's task definition runs as a CodeDeploy blue/green deployment.
 * Defaults as the CDK's mirror of the hook's schema gives them (CfnTrafficRoutingTimeBasedCanary,
 * CfnCodeDeployBlueGreenAdditionalOptions): a step of 15%, 5 minutes between steps, and the original
 * task set kept 5 minutes after the shift.
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
export const HOOK_DEFAULTS = { stepPercentage: 15, bakeTimeMins: 5, terminationWaitMinutes: 5 } as const;
/** LifecycleEventHooks before the replacement task set is created, and between it and the production traffic. */
const BEFORE_INSTALL = ['BeforeInstall'];
const BEFORE_TRAFFIC = ['AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic'];
/** Any error before the green deployment is finalized fails the stack update, and CloudFormation rolls the stack back. */
const HOOK_ON_FAILURE = 'A hook reporting Failed, or any other error before the deployment is finalized, fails the stack update: CloudFormation rolls the stack back and traffic returns to the original task set.';

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
    const wait = reader.number('TerminationWaitTimeInMinutes', valueOf(valueOf(properties, 'AdditionalOptions'), 'TerminationWaitTimeInMinutes'), HOOK_DEFAULTS.terminationWaitMinutes);
    const fleet = fleetSize(context, options, service.logicalId, [{ name: 'DesiredCount', node: valueOf(service.properties, 'DesiredCount') }], { size: 1, source: 'DesiredCount (1 when left out)', origin: 'default' });
    return trafficTimeline({
      title: `Stack update: AWS::CodeDeploy::BlueGreen hook ${hook.key.value}`,
      config: { name: `TrafficRoutingConfig ${type}`, platform: 'ECS', routing },
      hooksBeforeInstall: BEFORE_INSTALL.flatMap(named),
      hooksBefore: BEFORE_TRAFFIC.flatMap(named),
      hooksAfter: named('AfterAllowTraffic'),
      alarms: [],
      rollbackEvents: [],
      onFailure: HOOK_ON_FAILURE,
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
