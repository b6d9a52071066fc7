/** T27: what a CloudFront cache behavior takes: its HTTP method sets, and an origin or origin group of its distribution. */
import { isMap, isSeq, isString, valueOf, type NodePath, type TemplateNode } from '../../../model';
import { literalString } from '../support/values';
import type { ResourceDeclaration } from '../../../sections';
import { propertyHit, push } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';

const PAGE = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AllowedMethods.html';
const ALLOWED_SETS = [['GET', 'HEAD'], ['GET', 'HEAD', 'OPTIONS'], ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']];
const CACHED_SETS = [['GET', 'HEAD'], ['GET', 'HEAD', 'OPTIONS']];

/** The methods of a list written as text items only; undefined otherwise. */
function methods(node: TemplateNode | undefined): string[] | undefined {
  if (!isSeq(node) || !node.items.every(isString)) return undefined;
  return node.items.map((item) => (item as { value: string }).value.toUpperCase());
}

function sameSet(one: string[], other: string[]): boolean {
  return one.length === new Set(other).size && other.every((method) => one.includes(method)) && one.every((method) => other.includes(method));
}

/** The cache behaviors of a distribution, with their paths under Properties. */
export function behaviors(distribution: ResourceDeclaration): { node: TemplateNode; path: NodePath }[] {
  const config = valueOf(distribution.properties, 'DistributionConfig');
  const found: { node: TemplateNode; path: NodePath }[] = [];
  const defaults = valueOf(config, 'DefaultCacheBehavior');
  if (defaults) found.push({ node: defaults, path: ['DistributionConfig', 'DefaultCacheBehavior'] });
  const others = valueOf(config, 'CacheBehaviors');
  if (isSeq(others)) others.items.forEach((node, index) => found.push({ node, path: ['DistributionConfig', 'CacheBehaviors', index] }));
  return found;
}

/** CX2730: AllowedMethods or CachedMethods that are none of the sets CloudFront offers. */
export const distributionMethodSets: CatalogueCheck = {
  id: 'CX2730',
  title: 'CloudFront cache behavior whose AllowedMethods or CachedMethods are not one of the sets CloudFront offers',
  topics: ['T27'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote:
      'There are three choices: CloudFront forwards only GET and HEAD requests. CloudFront forwards only GET, HEAD, and OPTIONS ' +
      'requests. CloudFront forwards GET, HEAD, OPTIONS, PUT, PATCH, POST, and DELETE requests.',
    url: PAGE,
  },
  explanation: {
    what:
      'A cache behavior forwards one of three method sets: GET and HEAD; GET, HEAD and OPTIONS; or all seven methods. It caches ' +
      'GET and HEAD, optionally OPTIONS, and only methods it forwards. CloudFront refuses other combinations, such as GET, HEAD and POST.',
    exam:
      'a behavior for an API path (/api/*) that takes POST forwards all seven methods and usually caches nothing but GET and ' +
      'HEAD; static paths keep GET and HEAD.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      for (const { node, path } of behaviors(distribution)) {
        const allowed = methods(valueOf(node, 'AllowedMethods'));
        const cached = methods(valueOf(node, 'CachedMethods'));
        if (allowed && !ALLOWED_SETS.some((set) => sameSet(set, allowed))) {
          push(hits, propertyHit(distribution, [...path, 'AllowedMethods'], `AllowedMethods ${allowed.join(', ')} of '${distribution.logicalId}' is none of CloudFront's three sets: GET, HEAD; GET, HEAD, OPTIONS; or all seven methods`));
          continue;
        }
        // Left out, the behavior forwards GET and HEAD; computed (Fn::If, a parameter), it forwards what the template cannot tell.
        const allowedNode = valueOf(node, 'AllowedMethods');
        if (!allowed && allowedNode !== undefined) continue;
        const forwarded = allowed ?? ['GET', 'HEAD'];
        if (cached && (!CACHED_SETS.some((set) => sameSet(set, cached)) || cached.some((method) => !forwarded.includes(method)))) {
          push(hits, propertyHit(distribution, [...path, 'CachedMethods'], `CachedMethods ${cached.join(', ')} of '${distribution.logicalId}' is not GET, HEAD (with OPTIONS when it is forwarded) among the methods the behavior forwards`));
        }
      }
    }
    return hits;
  },
};

const NO_SUCH_ORIGIN = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html';

/** The Ids of a distribution's origins and origin groups, when every one is written out. */
function originIds(distribution: ResourceDeclaration): string[] | undefined {
  const config = valueOf(distribution.properties, 'DistributionConfig');
  const origins = valueOf(config, 'Origins');
  const groups = valueOf(valueOf(config, 'OriginGroups'), 'Items');
  const items = [...(isSeq(origins) ? origins.items : []), ...(isSeq(groups) ? groups.items : [])];
  if (!isSeq(origins) || (groups !== undefined && !isSeq(groups))) return undefined;
  const ids = items.map((item) => (isMap(item) ? literalString(valueOf(item, 'Id')) : undefined));
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

/** CX2733: a cache behavior whose TargetOriginId names no origin or origin group of its distribution. */
export const distributionUnknownOrigin: CatalogueCheck = {
  id: 'CX2733',
  title: 'CloudFront cache behavior targets an origin Id its distribution does not have',
  topics: ['T27', 'T26'],
  severity: 'error',
  url: NO_SUCH_ORIGIN,
  rejection: { quote: 'NoSuchOrigin: No origin exists with the specified Origin Id.', url: NO_SUCH_ORIGIN },
  explanation: {
    what:
      'Each cache behavior sends its requests to the origin, or origin group, whose Id its TargetOriginId names; CloudFront refuses a ' +
      'distribution whose behavior names an Id that none of its Origins or OriginGroups has.',
    exam:
      'origin failover: an origin group lists a primary and a secondary origin and the status codes that fail over; the cache behavior ' +
      'targets the group\'s Id, not the primary origin\'s, or requests never fail over.',
    trap: 'Ids are free text and case sensitive: the behavior and the origin must spell them the same way.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      const ids = originIds(distribution);
      if (!ids) continue;
      for (const { node, path } of behaviors(distribution)) {
        const target = literalString(valueOf(node, 'TargetOriginId'));
        if (target === undefined || ids.includes(target)) continue;
        push(hits, propertyHit(distribution, [...path, 'TargetOriginId'], `TargetOriginId '${target}' of '${distribution.logicalId}' names no origin or origin group of the distribution (${ids.join(', ')}): CloudFront refuses it`));
      }
    }
    return hits;
  },
};
