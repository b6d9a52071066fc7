/** Lambda versions and aliases declared with CloudFormation. */
import { entryOf, isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const ALIAS = 'AWS::Lambda::Alias';
const VERSION = 'AWS::Lambda::Version';
const PROVISIONED_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html';
const WEIGHTED_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html';
const VERSION_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-version.html';
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
  severity: 'warning',
  url: WEIGHTED_URL,
  explanation: {
    what:
      'A weighted alias (RoutingConfig) splits invocations between two published versions: the alias version and one ' +
      'additional version with a weight between 0 and 1. Lambda does not shift traffic to or from the unpublished $LATEST, ' +
      'whose code changes under the alias.',
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
        message: `Alias '${alias.logicalId}' splits traffic with RoutingConfig but routes to $LATEST: weighted aliases shift traffic between published versions`,
        span: node.span,
        path: mainIsLatest
          ? ['Resources', alias.logicalId, 'Properties', 'FunctionVersion']
          : ['Resources', alias.logicalId, 'Properties', 'RoutingConfig', 'AdditionalVersionWeights', extra, 'FunctionVersion'],
      });
    }
    return hits;
  },
};

/** CX1916: a Version resource of this template's function is published once. */
export const versionPublishedOnce: CatalogueCheck = {
  id: 'CX1916',
  title: 'Lambda Version resource publishes once and is not republished when the code changes',
  topics: ['T19', 'T18'],
  severity: 'info',
  url: VERSION_URL,
  explanation: {
    what:
      'An AWS::Lambda::Version is published when CloudFormation creates it. Updating the function\'s code later does not touch ' +
      'it, so no new version appears and aliases keep pointing at the old one, until the Version resource is replaced (a new ' +
      'logical id, or a changed property such as Description or CodeSha256).',
    exam:
      'SAM AutoPublishAlias does this bookkeeping: it publishes a new version whenever the code (or, with ' +
      'AutoPublishAliasAllProperties, the configuration) changes and moves the alias, through CodeDeploy when a ' +
      'DeploymentPreference is set.',
    trap: 'old versions are deleted when their Version resource is replaced unless it has UpdateReplacePolicy: Retain.',
  },
  resourceTypes: [VERSION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const version of context.resources(VERSION)) {
      // SAM's AutoPublishAlias writes <Function>Version<hash>, a new logical id whenever the code changes
      if (/Version[0-9a-f]{10}$/.test(version.logicalId)) continue;
      const target = context.referenced(valueOf(version.properties, 'FunctionName'));
      if (target?.type !== 'AWS::Lambda::Function') continue;
      hits.push({
        message:
          `Version '${version.logicalId}' publishes function '${target.logicalId}' once: a later code change publishes no new ` +
          'version unless this resource is replaced',
        span: version.key.span,
        path: ['Resources', version.logicalId],
      });
    }
    return hits;
  },
};
