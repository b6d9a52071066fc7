/** T13: an Elastic Beanstalk environment made by CloudFormation keeps basic health reporting unless it asks for enhanced. */
import type { CatalogueCheck, CheckHit } from '../types';
import { effectiveSettings, ENVIRONMENT, settingText } from './settings';

const API_HEALTH_PAGE = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced-api.html';
const SYSTEM_TYPE = 'aws:elasticbeanstalk:healthreporting:system/SystemType';

/** CX1317: basic health reporting, the API's default, on an environment of the template. */
export const environmentBasicHealth: CatalogueCheck = {
  id: 'CX1317',
  title: 'Elastic Beanstalk environment with basic health reporting',
  topics: ['T13', 'T31'],
  severity: 'info',
  url: API_HEALTH_PAGE,
  explanation: {
    what:
      'Enhanced health reporting adds a health agent on each instance: per-instance status and causes, request and latency ' +
      'percentiles, and the health that rolling and immutable deployments wait for. The console and the EB CLI turn it on, but ' +
      'environments created through the API, as CloudFormation creates them, keep basic health unless aws:elasticbeanstalk:' +
      'healthreporting:system SystemType is enhanced; it also needs a service role (aws:elasticbeanstalk:environment ServiceRole).',
    exam:
      'to find why instances of a Beanstalk environment are degraded, or to publish environment and instance metrics to ' +
      'CloudWatch, turn on enhanced health reporting (SystemType enhanced, with a service role and an instance profile).',
    scenario: 'the operations team needs to see which instances of the Beanstalk environment fail requests and why',
    trap: 'a template copied from a console-created environment loses enhanced health: the console default is not the API default.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const environment of context.resources(ENVIRONMENT)) {
      const { settings, complete } = effectiveSettings(context, environment);
      const systemType = settings.get(SYSTEM_TYPE);
      const written = systemType && settingText(systemType);
      if (written === 'enhanced' || (systemType && written === undefined) || (!systemType && !complete) || !environment.properties) continue;
      hits.push({
        message:
          `Environment '${environment.logicalId}' has basic health reporting (${systemType ? 'SystemType basic' : 'no SystemType, the API default'}): ` +
          'set aws:elasticbeanstalk:healthreporting:system SystemType to enhanced, with a service role, for per-instance health and metrics',
        span: environment.key.span,
        path: ['Resources', environment.logicalId, 'Properties', 'OptionSettings'],
      });
    }
    return hits;
  },
};
