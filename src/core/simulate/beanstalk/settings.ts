/** An Elastic Beanstalk environment's deployment settings, with the documented defaults. */
import { isSeq, valueOf, type Span } from '../../model';
import { effectiveSettings, settingText, type OptionSetting } from '../../rules/catalogue/beanstalk/settings';
import type { CheckContext } from '../../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../../sections';
import { fleetSize } from '../fleet';
import type { SettingsReader } from '../read';
import type { FleetSize, SimulationOptions } from '../types';

/** Defaults from the general options reference (command-options-general). */
export const BEANSTALK_DEFAULTS = {
  deploymentPolicy: 'AllAtOnce',
  batchSizeType: 'Percentage',
  batchSize: 100,
  timeoutSeconds: 600,
  /** Elastic Beanstalk adds four minutes to the command Timeout. */
  addedTimeoutSeconds: 240,
  newVersionPercent: 10,
  evaluationTimeMinutes: 5,
  minSize: 1,
  maxSize: 4,
} as const;

const COMMAND = 'aws:elasticbeanstalk:command';
const SPLITTING = 'aws:elasticbeanstalk:trafficsplitting';

export interface BeanstalkDeployment {
  fleet: FleetSize;
  singleInstance: boolean;
  loadBalancerType?: string;
  policy: string;
  batchSizeType: string;
  batchSize: number;
  maxSize: number;
  timeout: number;
  ignoreHealthCheck: boolean;
  newVersionPercent: number;
  evaluationTime: number;
  /** False when part of the configuration comes from outside the template. */
  complete: boolean;
  /** Where the deployment settings are written. */
  spans: Span[];
}

function settingSpan(setting: OptionSetting): Span | undefined {
  const list = valueOf(setting.owner.properties, 'OptionSettings');
  return isSeq(list) ? list.items[setting.index]?.span : undefined;
}

export function beanstalkDeployment(context: CheckContext, options: SimulationOptions, environment: ResourceDeclaration, reader: SettingsReader): BeanstalkDeployment {
  const { settings, complete } = effectiveSettings(context, environment);
  const option = (namespace: string, name: string) => settings.get(`${namespace}/${name}`)?.value;
  const singleInstance = settingText(settings.get('aws:elasticbeanstalk:environment/EnvironmentType')) === 'SingleInstance';
  const fleet = singleInstance
    ? { size: 1, source: 'EnvironmentType SingleInstance', origin: 'template' as const }
    : fleetSize(context, options, environment.logicalId, [{ name: 'aws:autoscaling:asg MinSize', node: option('aws:autoscaling:asg', 'MinSize') }], { size: BEANSTALK_DEFAULTS.minSize, source: 'MinSize (1 by default)', origin: 'default' });
  const spans = [...settings.values()].filter((setting) => setting.namespace === COMMAND || setting.namespace === SPLITTING).flatMap((setting) => settingSpan(setting) ?? []);
  return {
    fleet,
    singleInstance,
    loadBalancerType: settingText(settings.get('aws:elasticbeanstalk:environment/LoadBalancerType')),
    policy: reader.string('DeploymentPolicy', option(COMMAND, 'DeploymentPolicy'), BEANSTALK_DEFAULTS.deploymentPolicy),
    batchSizeType: reader.string('BatchSizeType', option(COMMAND, 'BatchSizeType'), BEANSTALK_DEFAULTS.batchSizeType),
    batchSize: reader.number('BatchSize', option(COMMAND, 'BatchSize'), BEANSTALK_DEFAULTS.batchSize),
    maxSize: reader.number('MaxSize', option('aws:autoscaling:asg', 'MaxSize'), BEANSTALK_DEFAULTS.maxSize),
    timeout: reader.number('Timeout', option(COMMAND, 'Timeout'), BEANSTALK_DEFAULTS.timeoutSeconds),
    ignoreHealthCheck: reader.boolean('IgnoreHealthCheck', option(COMMAND, 'IgnoreHealthCheck'), false),
    newVersionPercent: reader.number('NewVersionPercent', option(SPLITTING, 'NewVersionPercent'), BEANSTALK_DEFAULTS.newVersionPercent),
    evaluationTime: reader.number('EvaluationTime', option(SPLITTING, 'EvaluationTime'), BEANSTALK_DEFAULTS.evaluationTimeMinutes),
    complete,
    spans,
  };
}

/** Instances per batch: a percentage of the fleet (rounded up, at least one) or a fixed number, never more than the fleet. */
export function batchOf(deployment: Pick<BeanstalkDeployment, 'fleet' | 'batchSizeType' | 'batchSize'>): number {
  const fleet = deployment.fleet.size;
  const size = deployment.batchSizeType === 'Fixed' ? deployment.batchSize : Math.ceil((fleet * deployment.batchSize) / 100 - 1e-9);
  return Math.max(1, Math.min(fleet, size));
}
