/** T13 checks on Elastic Beanstalk option settings. */
import { closestName } from '../../../schema/suggest';
import type { CatalogueCheck, CheckHit } from '../types';
import { describeSpec, fits, KNOWN_NAMESPACES, OPTIONS_PAGE } from './options';
import { CONFIGURATION_TEMPLATE, effectiveSettings, ENVIRONMENT, optionSettings, settingNode, settingPath, settingText, type OptionSetting } from './settings';

const HOLDERS = [ENVIRONMENT, CONFIGURATION_TEMPLATE];

function everySetting(context: Parameters<CatalogueCheck['run']>[0]): OptionSetting[] {
  return context.resources(...HOLDERS).flatMap((holder) => optionSettings(holder) ?? []);
}

/** CX1312: an option name or namespace Elastic Beanstalk does not have. */
export const unknownOption: CatalogueCheck = {
  id: 'CX1312',
  title: 'Elastic Beanstalk option setting with an unknown namespace or option name',
  topics: ['T13'],
  severity: 'warning',
  url: OPTIONS_PAGE,
  explanation: {
    what:
      'Option settings are matched by exact namespace and option name (case matters). Elastic Beanstalk reports a setting it does not ' +
      'know as an invalid option specification, and the environment never gets the configuration you meant.',
    exam: 'know the namespaces: aws:elasticbeanstalk:command (deployment policy, batch), aws:autoscaling:asg (size), aws:autoscaling:trigger (scaling metric), aws:elasticbeanstalk:environment (type, load balancer, service role).',
  },
  resourceTypes: HOLDERS,
  run(context) {
    const hits: CheckHit[] = [];
    const namespaces = Object.keys(KNOWN_NAMESPACES);
    for (const setting of everySetting(context)) {
      const known = KNOWN_NAMESPACES[setting.namespace];
      let problem: string | undefined;
      if (known && !Object.hasOwn(known, setting.name)) {
        const guess = closestName(setting.name, Object.keys(known));
        problem = `${setting.namespace} has no option '${setting.name}'${guess ? ` (did you mean '${guess}'?)` : ''}`;
      } else if (!known) {
        const guess = closestName(setting.namespace, namespaces);
        if (guess && guess !== setting.namespace) problem = `there is no namespace '${setting.namespace}' (did you mean '${guess}'?)`;
      }
      if (!problem) continue;
      hits.push({
        message: `Option setting ${setting.index + 1} of '${setting.owner.logicalId}': ${problem}`,
        span: settingNode(setting).span,
        path: ['Resources', setting.owner.logicalId, 'Properties', 'OptionSettings', setting.index, 'OptionName'],
      });
    }
    return hits;
  },
};

/** CX1313: a value outside what the option accepts. */
export const invalidOptionValue: CatalogueCheck = {
  id: 'CX1313',
  title: 'Elastic Beanstalk option setting with a value the option does not accept',
  topics: ['T13', 'T14'],
  severity: 'warning',
  url: OPTIONS_PAGE,
  explanation: {
    what:
      'Many options take a fixed set of values (DeploymentPolicy, EnvironmentType, LoadBalancerType, MeasureName, Statistic, Unit) or a ' +
      'range (MinSize and MaxSize 1 to 10000, NewVersionPercent 1 to 100), as the options reference lists them. Elastic Beanstalk ' +
      'validates option settings when it creates or updates the environment and reports a value outside them as an invalid setting.',
    exam: 'deployment policy names are AllAtOnce, Rolling, RollingWithAdditionalBatch, Immutable and TrafficSplitting; blue/green is not a policy but a second environment and a CNAME swap.',
    trap: '"BlueGreen" is not a DeploymentPolicy value.',
  },
  resourceTypes: HOLDERS,
  run(context) {
    const hits: CheckHit[] = [];
    for (const setting of everySetting(context)) {
      const spec = KNOWN_NAMESPACES[setting.namespace]?.[setting.name];
      const text = settingText(setting);
      if (!spec || text === undefined) continue;
      const percent =
        setting.namespace === 'aws:elasticbeanstalk:command' && setting.name === 'BatchSize' && batchType(setting) !== 'Fixed' && Number(text) > 100;
      if (fits(spec, text) && !percent) continue;
      hits.push({
        message: `${setting.namespace} ${setting.name} of '${setting.owner.logicalId}' is '${text}': it takes ${percent ? 'a percentage from 1 to 100' : describeSpec(spec)}`,
        span: settingNode(setting).span,
        path: settingPath(setting),
      });
    }
    return hits;
  },
};

function batchType(setting: OptionSetting): string {
  const sibling = (optionSettings(setting.owner) ?? []).find(
    (other) => other.namespace === 'aws:elasticbeanstalk:command' && other.name === 'BatchSizeType',
  );
  return settingText(sibling) ?? 'Percentage';
}

/** CX1314: scaling thresholds on the default metric, which is network out. */
export const triggerWithoutMeasure: CatalogueCheck = {
  id: 'CX1314',
  title: 'Elastic Beanstalk scaling thresholds without MeasureName (NetworkOut is the default)',
  topics: ['T13'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-cfg-autoscaling-triggers.html',
  explanation: {
    what:
      'The Auto Scaling triggers of an environment watch NetworkOut in bytes unless MeasureName says otherwise. Thresholds such as ' +
      'UpperThreshold 70 meant as CPU percent then compare against bytes of outbound traffic, and the environment scales at the wrong time.',
    exam: 'the default trigger metric is NetworkOut (some study material says NetworkIn: a trap); to scale on CPU set MeasureName CPUUtilization and Unit Percent.',
    trap: 'the default is NetworkOut, not NetworkIn and not CPUUtilization.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const environment of context.resources(ENVIRONMENT)) {
      const { settings, complete } = effectiveSettings(context, environment);
      if (!complete || settings.has('aws:autoscaling:trigger/MeasureName')) continue;
      const threshold = settings.get('aws:autoscaling:trigger/UpperThreshold') ?? settings.get('aws:autoscaling:trigger/LowerThreshold');
      if (!threshold) continue;
      hits.push({
        message: `'${environment.logicalId}' sets scaling thresholds without MeasureName: they are compared with NetworkOut (bytes), the default metric`,
        span: settingNode(threshold).span,
        path: settingPath(threshold),
      });
    }
    return hits;
  },
};

/** CX1315: an environment whose instances get no instance profile. */
export const environmentWithoutInstanceProfile: CatalogueCheck = {
  id: 'CX1315',
  title: 'Elastic Beanstalk environment without an EC2 instance profile',
  topics: ['T13', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/concepts-roles-instance.html',
  explanation: {
    what:
      'The instances of an environment need an instance profile (aws:autoscaling:launchconfiguration IamInstanceProfile) to download ' +
      'the application version, report enhanced health and publish logs. The console asks you to choose or create one; CloudFormation ' +
      'and the API set none, and the environment does not become healthy without it.',
    exam: 'two roles per environment: the service role Elastic Beanstalk assumes, and the instance profile its EC2 instances use (AWSElasticBeanstalkWebTier or WorkerTier).',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const environment of context.resources(ENVIRONMENT)) {
      const { settings, complete } = effectiveSettings(context, environment);
      if (!complete || !environment.properties || settings.has('aws:autoscaling:launchconfiguration/IamInstanceProfile')) continue;
      hits.push({
        message: `Environment '${environment.logicalId}' sets no aws:autoscaling:launchconfiguration IamInstanceProfile: its instances get no instance profile`,
        span: environment.key.span,
        path: ['Resources', environment.logicalId, 'Properties', 'OptionSettings'],
      });
    }
    return hits;
  },
};
