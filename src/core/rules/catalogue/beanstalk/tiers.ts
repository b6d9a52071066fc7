/** T13: an environment tier whose name and type belong to different tiers. */
import { entryOf, isString, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { possibleValues } from '../support/values';
import { ENVIRONMENT } from './settings';

const TIER_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticbeanstalk-environment-tier.html';
/** Each tier name with the one type it takes. */
const TIER_TYPES: Readonly<Record<string, string>> = { WebServer: 'Standard', Worker: 'SQS/HTTP' };

/** CX1316: WebServer goes with Standard, Worker with SQS/HTTP. */
export const environmentTierPair: CatalogueCheck = {
  id: 'CX1316',
  title: 'Elastic Beanstalk environment Tier whose Name and Type belong to different tiers',
  topics: ['T13'],
  severity: 'error',
  url: TIER_PAGE,
  rejection: { quote: 'Valid values: For Web server tier – Standard For Worker tier – SQS/HTTP', url: TIER_PAGE },
  explanation: {
    what:
      'An environment is a web server tier (Name WebServer, Type Standard), which serves HTTP requests behind a load balancer, or ' +
      'a worker tier (Name Worker, Type SQS/HTTP), whose daemon reads an SQS queue and posts each message to the application. ' +
      'A name with the other tier\'s type is not a tier Elastic Beanstalk knows, and the environment is not created.',
    exam:
      'decouple long-running jobs: the web tier puts a message on a queue and returns at once, a worker environment processes it ' +
      '(cron.yaml for periodic tasks, a dead-letter queue for messages that keep failing).',
    scenario: 'video uploads must be processed in the background without slowing the web application',
    trap: 'the tier cannot change in place: Name and Type require a replacement environment.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const environment of context.resources(ENVIRONMENT)) {
      const tier = valueOf(environment.properties, 'Tier');
      const typeEntry = entryOf(tier, 'Type');
      const names = possibleValues(context, valueOf(tier, 'Name'))?.map(String);
      const types = possibleValues(context, typeEntry?.value)?.map(String);
      if (!typeEntry || !names || !types || names.length === 0 || types.length === 0) continue;
      // Every combination the template can deploy is a known name with a known type of another tier.
      if (!names.every((name) => Object.hasOwn(TIER_TYPES, name) && types.every((type) => Object.values(TIER_TYPES).includes(type) && TIER_TYPES[name] !== type))) continue;
      const right = names.length === 1 ? TIER_TYPES[names[0]] : undefined;
      const fix = right && isString(typeEntry.value) ? { title: `Use Type ${right}`, edits: [replaceScalar(context.template, typeEntry.value, right)], preferred: true } : undefined;
      hits.push({
        message: `Tier of environment '${environment.logicalId}' is ${names.join(' or ')} with Type ${types.join(' or ')}: ${names.map((name) => `${name} takes ${TIER_TYPES[name]}`).join(', ')}`,
        span: typeEntry.value.span,
        path: ['Resources', environment.logicalId, 'Properties', 'Tier', 'Type'],
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    return hits;
  },
};
