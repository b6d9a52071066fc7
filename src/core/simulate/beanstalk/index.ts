/** An Elastic Beanstalk environment: how an application version is deployed under its deployment policy. */
import { ENVIRONMENT } from '../../rules/catalogue/beanstalk/settings';
import type { CheckContext } from '../../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../../sections';
import { settingsReader } from '../read';
import type { SimulationOptions, Timeline } from '../types';
import { beanstalkTimeline } from './policies';
import { beanstalkDeployment } from './settings';

export { ENVIRONMENT };

export function environmentTimelines(context: CheckContext, options: SimulationOptions, environment: ResourceDeclaration): Timeline[] {
  const reader = settingsReader(context);
  const deployment = beanstalkDeployment(context, options, environment, reader);
  return [beanstalkTimeline(deployment, reader.settings, environment.logicalId)];
}
