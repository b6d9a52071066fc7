/** T29: AWS Config keeps one configuration recorder and one delivery channel per account and Region. */
import { conditionOfResource, type ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';

const PAGE = 'https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigurationRecorder.html';
const CHANNEL_PAGE = 'https://docs.aws.amazon.com/config/latest/APIReference/API_PutDeliveryChannel.html';
const SINGLETONS: Record<string, string> = {
  'AWS::Config::ConfigurationRecorder': 'configuration recorder',
  'AWS::Config::DeliveryChannel': 'delivery channel',
};

/** CX2922: a second recorder or delivery channel that every deployment of the template creates. */
export const configSingleton: CatalogueCheck = {
  id: 'CX2922',
  title: 'Second AWS Config configuration recorder or delivery channel in one template',
  topics: ['T29'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote:
      'You can create only one customer managed configuration recorder for each account for each AWS Region. (PutDeliveryChannel: ' +
      `"You can have only one delivery channel for each account for each AWS Region.", ${CHANNEL_PAGE})`,
    url: PAGE,
  },
  explanation: {
    what:
      'AWS Config records with one customer managed configuration recorder per account and Region, and delivers through one ' +
      'delivery channel. A stack that declares two of either fails on the second, and so does a stack deployed where another ' +
      'stack or the console already set Config up.',
    exam:
      'to record every account and Region, deploy the recorder and delivery channel once per account and Region (a StackSet, or ' +
      'AWS Control Tower), and aggregate with a configuration aggregator; the rules then live beside them.',
    trap: 'the recorder is not per rule: every Config rule of the account and Region evaluates what the one recorder records.',
  },
  resourceTypes: Object.keys(SINGLETONS),
  run(context) {
    const hits: CheckHit[] = [];
    for (const [type, name] of Object.entries(SINGLETONS)) {
      // A conditional one may be the only one a deployment creates.
      const always: ResourceDeclaration[] = context.resources(type).filter((resource) => conditionOfResource(resource) === undefined);
      for (const extra of always.slice(1)) {
        hits.push({
          message: `'${extra.logicalId}' is a second ${name} beside '${always[0].logicalId}': AWS Config takes one ${name} per account and Region`,
          span: extra.key.span,
          path: ['Resources', extra.logicalId],
        });
      }
    }
    return hits;
  },
};
