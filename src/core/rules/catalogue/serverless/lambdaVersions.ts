/** Lambda versions and aliases declared with CloudFormation. */
import type { TextEdit } from '../../../findings';
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName, literalString } from '../support/values';

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


const ALIAS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-alias.html';

/** CX1916: an alias given Ref of a version, which is the version's ARN, where the version number goes. */
export const aliasVersionRef: CatalogueCheck = {
  id: 'CX1916',
  title: 'Lambda alias FunctionVersion given Ref of an AWS::Lambda::Version (its ARN) instead of its Version attribute',
  topics: ['T19', 'T18'],
  severity: 'error',
  url: ALIAS_PAGE,
  rejection: { quote: 'FunctionVersion … Pattern: (\\$LATEST|[0-9]+)', url: ALIAS_PAGE },
  explanation: {
    what:
      'An alias points to a version number ($LATEST or 1, 2, …). Ref of an AWS::Lambda::Version returns the version\'s ARN ' +
      '(arn:…:function:name:3), which the alias refuses; Fn::GetAtt Version.Version returns the number.',
    exam:
      'publish a version on each code change (AWS::Lambda::Version, or SAM AutoPublishAlias) and move an alias to it; callers ' +
      'invoke the alias ARN, so a rollback is moving the alias back.',
    trap: 'Ref gives the ARN for a version but the name for a function: check what Ref returns on each resource page.',
  },
  resourceTypes: [ALIAS],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alias of context.resources(ALIAS)) {
      const places: Array<{ node: TemplateNode | undefined; path: (string | number)[] }> = [{ node: valueOf(alias.properties, 'FunctionVersion'), path: ['FunctionVersion'] }];
      const weights = valueOf(valueOf(alias.properties, 'RoutingConfig'), 'AdditionalVersionWeights');
      if (isSeq(weights)) weights.items.forEach((item, index) => places.push({ node: valueOf(item, 'FunctionVersion'), path: ['RoutingConfig', 'AdditionalVersionWeights', index, 'FunctionVersion'] }));
      for (const { node, path } of places) {
        const target = intrinsicName(node) === 'Ref' ? context.referenced(node) : undefined;
        if (target?.type !== 'AWS::Lambda::Version' || !node) continue;
        hits.push({
          message: `Alias '${alias.logicalId}' takes ${path.at(-1)} from Ref of version '${target.logicalId}', which is the version's ARN: use !GetAtt ${target.logicalId}.Version for its number`,
          span: node.span,
          path: ['Resources', alias.logicalId, 'Properties', ...path],
          fixes: [{ title: `Use !GetAtt ${target.logicalId}.Version`, edits: [versionAttributeEdit(context, node, target.logicalId)], preferred: true }],
        });
      }
    }
    return hits;
  },
};

/** The same place given the version number: `Fn::GetAtt` in the document's style. */
function versionAttributeEdit(context: CheckContext, node: TemplateNode, logicalId: string): TextEdit {
  const json = context.template.format === 'json';
  const flow = context.template.text[node.span.start] === '{';
  const newText = json ? `{"Fn::GetAtt": ["${logicalId}", "Version"]}` : flow ? `{"Fn::GetAtt": [${logicalId}, Version]}` : `!GetAtt ${logicalId}.Version`;
  return { span: node.span, newText };
}

/** CX1919: an alias that follows $LATEST. */
export const aliasOnLatest: CatalogueCheck = {
  id: 'CX1919',
  title: 'Lambda alias points at $LATEST instead of a published version',
  topics: ['T19', 'T18'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
  explanation: {
    what:
      'An alias is a stable name for a version of a function. On $LATEST it follows every code update at once: the callers of the ' +
      'alias run new code as soon as it is deployed, and there is no earlier version the alias can be moved back to.',
    exam:
      'publish a version with each release (AWS::Lambda::Version, or SAM AutoPublishAlias) and point the alias at it; shift traffic ' +
      'between versions with RoutingConfig or CodeDeploy, and roll back by pointing the alias at the previous version.',
    trap: 'an AWS::Lambda::Version is immutable: a new one is published only when its logical ID or properties change (SAM handles this with AutoPublishAlias).',
  },
  resourceTypes: [ALIAS],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alias of context.resources(ALIAS)) {
      const version = valueOf(alias.properties, 'FunctionVersion');
      // With provisioned concurrency or routing, CX1914 and CX1915 report the same version as an error.
      if (literalString(version) !== LATEST || entryOf(alias.properties, 'ProvisionedConcurrencyConfig') || entryOf(alias.properties, 'RoutingConfig')) continue;
      hits.push({
        message: `Alias '${alias.logicalId}' points at $LATEST: its callers run each code update at once, with no published version to roll back to`,
        span: version!.span,
        path: ['Resources', alias.logicalId, 'Properties', 'FunctionVersion'],
      });
    }
    return hits;
  },
};
