/** Lambda versions and aliases declared with CloudFormation. */
import { entryOf, isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const ALIAS = 'AWS::Lambda::Alias';
const PROVISIONED_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html';
const WEIGHTED_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html';
const LATEST = '$LATEST';

/** CX1914: provisioned concurrency on an alias of $LATEST. */
export const aliasProvisionedLatest: CatalogueCheck = {
  id: 'CX1914',
  title: 'Lambda alias with provisioned concurrency points at $LATEST',
  topics: ['T19', 'T18'],
  severity: 'error',
  url: PROVISIONED_URL,
  rejection: {
    quote: 'Provisioned Concurrency is not supported on the unpublished version of the function ($LATEST).',
    url: PROVISIONED_URL,
  },
  explanation: {
    what:
      'Provisioned concurrency keeps execution environments initialized for one immutable version, so it can be set on a ' +
      'published version or on an alias of one, never on $LATEST (which changes with every code update). Lambda refuses the ' +
      'configuration.',
    exam:
      'publish a version (AWS::Lambda::Version or SAM AutoPublishAlias), point an alias at it, and put provisioned ' +
      'concurrency on the alias; clients and event sources call the alias.',
  },
  resourceTypes: [ALIAS],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alias of context.resources(ALIAS)) {
      const version = valueOf(alias.properties, 'FunctionVersion');
      if (literalString(version) !== LATEST || !entryOf(alias.properties, 'ProvisionedConcurrencyConfig')) continue;
      hits.push({
        message: `Alias '${alias.logicalId}' points at $LATEST and sets ProvisionedConcurrencyConfig: Lambda supports provisioned concurrency only on published versions`,
        span: version!.span,
        path: ['Resources', alias.logicalId, 'Properties', 'FunctionVersion'],
      });
    }
    return hits;
  },
};

/** CX1915: a weighted alias that involves $LATEST. */
export const aliasWeightedLatest: CatalogueCheck = {
  id: 'CX1915',
  title: 'Weighted Lambda alias routes to $LATEST',
  topics: ['T19', 'T18'],
  severity: 'error',
  url: WEIGHTED_URL,
  rejection: { quote: 'Both versions must be published. The alias cannot point to $LATEST.', url: WEIGHTED_URL },
  explanation: {
    what:
      'A weighted alias (RoutingConfig) splits invocations between two published versions: the alias version and one ' +
      'additional version with a weight between 0 and 1. Lambda refuses a weighted alias that involves the unpublished ' +
      '$LATEST, whose code changes under the alias.',
    exam:
      'a canary with plain Lambda is an alias whose RoutingConfig sends, say, 0.1 of traffic to the new version; CodeDeploy ' +
      '(through SAM DeploymentPreference) automates the same shift with alarms and rollback.',
    trap: 'the weight is the share for the additional version only; the alias version gets the rest.',
  },
  resourceTypes: [ALIAS],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alias of context.resources(ALIAS)) {
      const weights = valueOf(valueOf(alias.properties, 'RoutingConfig'), 'AdditionalVersionWeights');
      if (!isSeq(weights) || weights.items.length === 0) continue;
      const version = valueOf(alias.properties, 'FunctionVersion');
      const mainIsLatest = literalString(version) === LATEST;
      const extra = weights.items.findIndex((item) => literalString(valueOf(item, 'FunctionVersion')) === LATEST);
      if (!mainIsLatest && extra < 0) continue;
      const node = mainIsLatest ? version! : valueOf(weights.items[extra], 'FunctionVersion')!;
      hits.push({
        message: `Alias '${alias.logicalId}' splits traffic with RoutingConfig but routes to $LATEST: Lambda accepts a weighted alias only between published versions`,
        span: node.span,
        path: mainIsLatest
          ? ['Resources', alias.logicalId, 'Properties', 'FunctionVersion']
          : ['Resources', alias.logicalId, 'Properties', 'RoutingConfig', 'AdditionalVersionWeights', extra, 'FunctionVersion'],
      });
    }
    return hits;
  },
};

