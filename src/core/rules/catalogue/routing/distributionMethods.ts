/** T27: the HTTP method sets a CloudFront cache behavior takes. */
import { isSeq, isString, valueOf, type NodePath, type TemplateNode } from '../../../model';
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
function behaviors(distribution: ResourceDeclaration): { node: TemplateNode; path: NodePath }[] {
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
        const forwarded = allowed ?? ['GET', 'HEAD'];
        if (cached && (!CACHED_SETS.some((set) => sameSet(set, cached)) || cached.some((method) => !forwarded.includes(method)))) {
          push(hits, propertyHit(distribution, [...path, 'CachedMethods'], `CachedMethods ${cached.join(', ')} of '${distribution.logicalId}' is not GET, HEAD (with OPTIONS when it is forwarded) among the methods the behavior forwards`));
        }
      }
    }
    return hits;
  },
};
