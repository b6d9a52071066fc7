/**
 * T27: Lambda@Edge and CloudFront Functions associated with a distribution's cache behaviors, as
 * CloudFront accepts them: a numbered function version, Lambda features the edge supports, a role
 * the edge service can assume, and at most one kind of function on viewer events.
 */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { trustsService } from '../support/policyDocuments';
import { intrinsicName, literalNumber, literalString } from '../support/values';

const RESTRICTIONS_PAGE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html';
const ALL_EDGE_PAGE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html';
const DISTRIBUTION = 'AWS::CloudFront::Distribution';

interface Behavior {
  distribution: ResourceDeclaration;
  behavior: MapNode;
  path: NodePath;
}

interface Association {
  behavior: Behavior;
  association: MapNode;
  index: number;
}

function behaviors(context: CheckContext): Behavior[] {
  const found: Behavior[] = [];
  for (const distribution of context.resources(DISTRIBUTION)) {
    const config = valueOf(distribution.properties, 'DistributionConfig');
    const base: NodePath = ['Resources', distribution.logicalId, 'Properties', 'DistributionConfig'];
    const fallback = valueOf(config, 'DefaultCacheBehavior');
    if (isMap(fallback)) found.push({ distribution, behavior: fallback, path: [...base, 'DefaultCacheBehavior'] });
    const others = valueOf(config, 'CacheBehaviors');
    (isSeq(others) ? others.items : []).forEach((behavior, index) => {
      if (isMap(behavior)) found.push({ distribution, behavior, path: [...base, 'CacheBehaviors', index] });
    });
  }
  return found;
}

function associations(behavior: Behavior, property: 'LambdaFunctionAssociations' | 'FunctionAssociations'): Association[] {
  const list = valueOf(behavior.behavior, property);
  if (!isSeq(list)) return [];
  return list.items.flatMap((association, index) => (isMap(association) && intrinsicName(association) === undefined ? [{ behavior, association, index }] : []));
}

function lambdaAssociations(context: CheckContext): Association[] {
  return behaviors(context).flatMap((behavior) => associations(behavior, 'LambdaFunctionAssociations'));
}

function associationPath(at: Association, property: string, ...rest: string[]): NodePath {
  return [...at.behavior.path, property, at.index, ...rest];
}

/** What a LambdaFunctionARN names: 'version' (fine), another kind (refused) or undefined (unknown); and the function. */
function resolveArn(context: CheckContext, arn: TemplateNode | undefined): { kind?: string; fn?: ResourceDeclaration } {
  const target = context.referenced(arn);
  const isGetAtt = intrinsicName(arn) === 'Fn::GetAtt';
  if (target?.type === 'AWS::Lambda::Version') return { kind: 'version', fn: functionOf(context, valueOf(target.properties, 'FunctionName')) };
  if (target?.type === 'AWS::Lambda::Alias') return { kind: 'an alias', fn: functionOf(context, valueOf(target.properties, 'FunctionName')) };
  if (target?.type === 'AWS::Lambda::Function') return { kind: isGetAtt ? 'the unqualified function ARN' : 'the function name', fn: target };
  const literal = literalString(arn);
  if (literal === undefined || !literal.startsWith('arn:')) return {};
  const qualifier = literal.split(':')[7];
  if (qualifier === undefined) return { kind: 'the unqualified function ARN' };
  if (qualifier === '$LATEST') return { kind: '$LATEST' };
  return /^\d+$/.test(qualifier) ? { kind: 'version' } : { kind: 'an alias' };
}

function functionOf(context: CheckContext, node: TemplateNode | undefined): ResourceDeclaration | undefined {
  const target = context.referenced(node);
  return target?.type === 'AWS::Lambda::Function' ? target : undefined;
}

/** CX2716: CloudFront replicates one immutable version. */
export const edgeFunctionVersion: CatalogueCheck = {
  id: 'CX2716',
  title: 'Lambda@Edge association without a numbered function version',
  topics: ['T27'],
  severity: 'error',
  url: RESTRICTIONS_PAGE,
  rejection: { quote: 'You must use a numbered version of the Lambda function, not $LATEST or aliases.', url: RESTRICTIONS_PAGE },
  explanation: {
    what:
      'CloudFront copies a Lambda@Edge function to its edge locations, so it needs an immutable, numbered version ARN; ' +
      '$LATEST, an alias or the unqualified function ARN is refused when the distribution is created or updated.',
    exam:
      'publish a version (AWS::Lambda::Version, or SAM AutoPublishAlias and FunctionName.Version) and associate its ARN; a new ' +
      'deployment of the edge code is a new version plus a distribution update.',
    trap: 'aliases give you traffic shifting for regional Lambda, but Lambda@Edge accepts only version ARNs.',
  },
  resourceTypes: [DISTRIBUTION, 'AWS::Lambda::Version'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of lambdaAssociations(context)) {
      const arn = entryOf(at.association, 'LambdaFunctionARN');
      if (!arn) continue;
      const { kind } = resolveArn(context, arn.value);
      if (kind === undefined || kind === 'version') continue;
      hits.push({
        message: `Distribution '${at.behavior.distribution.logicalId}' associates ${kind} as a Lambda@Edge function: CloudFront accepts only a numbered version ARN`,
        span: arn.value.span,
        path: associationPath(at, 'LambdaFunctionAssociations', 'LambdaFunctionARN'),
      });
    }
    return hits;
  },
};

/** Lambda settings Lambda@Edge does not support, as [property, what it is]. */
function unsupportedFeatures(fn: ResourceDeclaration): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const properties = fn.properties;
  const variables = valueOf(valueOf(properties, 'Environment'), 'Variables');
  if (isMap(variables) && intrinsicName(variables) === undefined && variables.entries.length > 0) found.push(['Environment', 'environment variables']);
  const subnets = valueOf(valueOf(properties, 'VpcConfig'), 'SubnetIds');
  if (isSeq(subnets) && subnets.items.length > 0) found.push(['VpcConfig', 'a VPC configuration']);
  const layers = valueOf(properties, 'Layers');
  if (isSeq(layers) && layers.items.length > 0) found.push(['Layers', 'layers']);
  // X-Ray active tracing and dead-letter queues are no longer on AWS's list (an AWS sample associates a function with tracing).
  if (literalString(valueOf(properties, 'PackageType')) === 'Image') found.push(['PackageType', 'a container image']);
  const architectures = valueOf(properties, 'Architectures');
  if (isSeq(architectures) && architectures.items.some((item) => literalString(item) === 'arm64')) found.push(['Architectures', 'the arm64 architecture']);
  const storage = literalNumber(valueOf(valueOf(properties, 'EphemeralStorage'), 'Size'));
  if (storage !== undefined && storage > 512) found.push(['EphemeralStorage', 'more than 512 MB of ephemeral storage']);
  const runtimeUpdates = literalString(valueOf(valueOf(properties, 'RuntimeManagementConfig'), 'UpdateRuntimeOn'));
  if (runtimeUpdates !== undefined && runtimeUpdates !== 'Auto') found.push(['RuntimeManagementConfig', 'a runtime management setting other than Auto']);
  if (valueOf(valueOf(properties, 'Code'), 'SourceKMSKeyArn') !== undefined) found.push(['Code', 'a deployment package encrypted with a customer managed key']);
  return found;
}

/** CX2717: Lambda@Edge runs a restricted Lambda. */
export const edgeFunctionUnsupportedFeature: CatalogueCheck = {
  id: 'CX2717',
  title: 'Lambda@Edge function uses a Lambda feature the edge does not support',
  topics: ['T27'],
  severity: 'error',
  url: RESTRICTIONS_PAGE,
  rejection: { quote: 'The following Lambda features are not supported by Lambda@Edge:', url: RESTRICTIONS_PAGE },
  explanation: {
    what:
      'Lambda@Edge functions run in CloudFront locations, without environment variables, VPC access, layers, container ' +
      'images, the arm64 architecture, more than 512 MB of ephemeral storage, runtime management other than Auto or a ' +
      'deployment package encrypted with a customer managed key; CloudFront refuses to associate a version that uses them. ' +
      'AWS lists provisioned concurrency as unsupported too (this check does not judge it).',
    exam:
      'configuration for an edge function goes in its code or is read at run time (e.g. from a header or SSM in us-east-1); ' +
      'CloudFront Functions are the lighter choice for header rewrites, redirects and A/B cookie routing at viewer events.',
    trap: 'the function deploys fine in us-east-1; the failure only comes when the distribution associates it.',
  },
  resourceTypes: [DISTRIBUTION, 'AWS::Lambda::Function'],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const at of lambdaAssociations(context)) {
      const { fn } = resolveArn(context, valueOf(at.association, 'LambdaFunctionARN'));
      if (!fn || reported.has(fn.logicalId)) continue;
      reported.add(fn.logicalId);
      for (const [property, what] of unsupportedFeatures(fn)) {
        hits.push({
          message: `Function '${fn.logicalId}' runs as Lambda@Edge for '${at.behavior.distribution.logicalId}' but has ${what}: Lambda@Edge does not support it`,
          span: entryOf(fn.properties, property)!.key.span,
          path: ['Resources', fn.logicalId, 'Properties', property],
        });
      }
    }
    return hits;
  },
};

/** CX2718: the edge service assumes the execution role too. */
export const edgeFunctionRoleTrust: CatalogueCheck = {
  id: 'CX2718',
  title: 'Lambda@Edge execution role that edgelambda.amazonaws.com cannot assume',
  topics: ['T27', 'T32'],
  severity: 'error',
  url: RESTRICTIONS_PAGE,
  rejection: {
    quote: 'The IAM execution role associated with the Lambda function must allow the service principals lambda.amazonaws.com and edgelambda.amazonaws.com to assume the role.',
    url: RESTRICTIONS_PAGE,
  },
  explanation: {
    what:
      'At the edge the function runs under the replication service, so its execution role must trust both lambda.amazonaws.com ' +
      'and edgelambda.amazonaws.com; with lambda alone CloudFront refuses the association.',
    exam: 'Lambda@Edge checklist: function in us-east-1, numbered version, role trusting lambda and edgelambda, no environment variables or VPC.',
  },
  resourceTypes: [DISTRIBUTION, 'AWS::Lambda::Function', 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const at of lambdaAssociations(context)) {
      const { fn } = resolveArn(context, valueOf(at.association, 'LambdaFunctionARN'));
      const role = fn ? context.referenced(valueOf(fn.properties, 'Role')) : undefined;
      if (!fn || role?.type !== 'AWS::IAM::Role' || reported.has(role.logicalId) || trustsService(role, 'edgelambda') !== 'no') continue;
      reported.add(role.logicalId);
      hits.push({
        message: `Role '${role.logicalId}' of Lambda@Edge function '${fn.logicalId}' does not trust edgelambda.amazonaws.com: CloudFront rejects the association`,
        span: entryOf(role.properties, 'AssumeRolePolicyDocument')!.key.span,
        path: ['Resources', role.logicalId, 'Properties', 'AssumeRolePolicyDocument'],
      });
    }
    return hits;
  },
};

/** CX2719: one edge function per event type, and not both kinds on viewer events. */
export const edgeFunctionConflict: CatalogueCheck = {
  id: 'CX2719',
  title: 'Cache behavior with conflicting edge function associations',
  topics: ['T27'],
  severity: 'error',
  url: ALL_EDGE_PAGE,
  rejection: {
    quote:
      'Each event type (viewer request, origin request, origin response, and viewer response) can have only one edge function association. … ' +
      "You can't combine CloudFront Functions and Lambda@Edge in viewer events (viewer request and viewer response).",
    url: ALL_EDGE_PAGE,
  },
  explanation: {
    what:
      'A cache behavior runs at most one function per event, and a behavior with a CloudFront Function on a viewer event cannot ' +
      'also have Lambda@Edge on a viewer event; CloudFront rejects the distribution.',
    exam:
      'CloudFront Functions (viewer events only, sub-millisecond, JavaScript) suit header/URL rewrites and A/B cookie routing; ' +
      'Lambda@Edge (all four events, network access, longer run time) suits origin selection and calls to other services.',
  },
  resourceTypes: [DISTRIBUTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const behavior of behaviors(context)) {
      const lambdas = associations(behavior, 'LambdaFunctionAssociations').map((at) => ({ at, property: 'LambdaFunctionAssociations', kind: 'Lambda@Edge' }));
      const functions = associations(behavior, 'FunctionAssociations').map((at) => ({ at, property: 'FunctionAssociations', kind: 'CloudFront Function' }));
      const all = [...functions, ...lambdas];
      const viewerFunction = functions.find(({ at }) => isViewer(at));
      all.forEach((item, position) => {
        const event = literalString(valueOf(item.at.association, 'EventType'));
        if (event === undefined) return;
        const earlier = all.slice(0, position).find((other) => literalString(valueOf(other.at.association, 'EventType')) === event);
        let message: string | undefined;
        if (earlier) message = `'${behavior.distribution.logicalId}' associates a second function with ${event} in one cache behavior: one edge function per event type`;
        else if (item.kind === 'Lambda@Edge' && viewerFunction && isViewer(item.at))
          message = `'${behavior.distribution.logicalId}' has a CloudFront Function and Lambda@Edge on viewer events of one cache behavior: CloudFront does not allow combining them there`;
        if (!message) return;
        const entry = entryOf(item.at.association, 'EventType')!;
        hits.push({ message, span: entry.value.span, path: associationPath(item.at, item.property, 'EventType') });
      });
    }
    return hits;
  },
};

function isViewer(at: Association): boolean {
  return (literalString(valueOf(at.association, 'EventType')) ?? '').startsWith('viewer-');
}

export const EDGE_FUNCTION_CHECKS: readonly CatalogueCheck[] = [edgeFunctionVersion, edgeFunctionUnsupportedFeature, edgeFunctionRoleTrust, edgeFunctionConflict];
