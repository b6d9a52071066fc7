/** T26: alias targets Route 53 refuses or cannot use the way the record asks (CloudFront, S3 websites). */
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName, isNoValue, literalBoolean, literalString } from '../support/values';
import { literalKey } from './nodes';
import { coexist, recordGroups, type GroupedRecord } from './recordGroups';

const ALIAS_TARGET_API = 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html';
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';
const RECORD_TYPES = ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'];

function aliasOf(record: GroupedRecord): MapNode | undefined {
  const alias = valueOf(record.record, 'AliasTarget');
  return isMap(alias) && intrinsicName(alias) === undefined ? alias : undefined;
}

/** Whether the alias surely points to a CloudFront distribution. */
function isCloudFrontAlias(context: CheckContext, alias: MapNode): boolean {
  if (literalString(valueOf(alias, 'HostedZoneId')) === CLOUDFRONT_ZONE) return true;
  const dnsName = valueOf(alias, 'DNSName');
  if (/\.cloudfront\.net\.?$/i.test(literalString(dnsName) ?? '')) return true;
  return context.referenced(dnsName)?.type === 'AWS::CloudFront::Distribution';
}

/** CX2610: CloudFront does not expose health to Route 53. */
export const route53CloudFrontEvaluateHealth: CatalogueCheck = {
  id: 'CX2610',
  title: 'Alias record to CloudFront with EvaluateTargetHealth true',
  topics: ['T26', 'T27'],
  severity: 'error',
  url: ALIAS_TARGET_API,
  rejection: { quote: "You can't set EvaluateTargetHealth to true when the alias target is a CloudFront distribution.", url: ALIAS_TARGET_API },
  explanation: {
    what:
      'EvaluateTargetHealth lets an alias inherit the health of a load balancer, Elastic Beanstalk environment or another record; ' +
      'a CloudFront distribution reports no health to Route 53, so the request is refused.',
    exam:
      'to fail over in front of CloudFront, attach a Route 53 health check (HealthCheckId) that probes the site, or use a ' +
      'CloudFront origin group so CloudFront itself fails over between origins.',
    trap: 'EvaluateTargetHealth cannot be true for a CloudFront alias; for an S3 website endpoint it reflects the endpoint being up, not your content being right.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const alias = aliasOf(record);
      const evaluate = valueOf(alias, 'EvaluateTargetHealth');
      if (!alias || literalBoolean(evaluate) !== true || !isCloudFrontAlias(context, alias) || !isScalar(evaluate)) continue;
      hits.push({
        message: `Alias record '${record.label}' points to a CloudFront distribution with EvaluateTargetHealth true: Route 53 rejects it; attach a health check instead`,
        span: evaluate.span,
        path: [...record.path, 'AliasTarget', 'EvaluateTargetHealth'],
        fixes: [{ title: 'Set EvaluateTargetHealth to false', edits: [replaceScalar(context.template, evaluate, false)], preferred: true }],
      });
    }
    return hits;
  },
};

/** CX2611: a distribution's alternate domain name can belong to one distribution only. */
export const route53CloudFrontFailoverPair: CatalogueCheck = {
  id: 'CX2611',
  title: 'Failover PRIMARY and SECONDARY both alias CloudFront distributions',
  topics: ['T26', 'T27'],
  severity: 'error',
  url: ALIAS_TARGET_API,
  rejection: { quote: "For failover alias records, you can't specify a CloudFront distribution for both the primary and secondary records.", url: ALIAS_TARGET_API },
  explanation: {
    what:
      'A distribution answers only for the alternate domain names (CNAMEs) it lists, and one name can be listed by one ' +
      'distribution; the primary and secondary records share the name, so both cannot point to CloudFront.',
    exam:
      'failover between two CloudFront setups is done inside CloudFront with an origin group (primary and secondary origin, ' +
      'failover on 5xx); Route 53 failover fits when at most one side is CloudFront, e.g. a secondary S3 website.',
    scenario: 'serve a static maintenance page when the primary site fails',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      const failover = (side: string) =>
        group.filter((record) => record.policy === 'failover' && literalString(valueOf(record.record, 'Failover')) === side && aliasOf(record) && isCloudFrontAlias(context, aliasOf(record)!));
      const primaries = failover('PRIMARY');
      for (const secondary of failover('SECONDARY')) {
        const primary = primaries.find((candidate) => coexist(candidate, secondary));
        if (!primary) continue;
        const entry = entryOf(secondary.record, 'AliasTarget')!;
        hits.push({
          message: `Failover records '${primary.label}' and '${secondary.label}' both alias a CloudFront distribution: Route 53 rejects this pair; use a CloudFront origin group or a non-CloudFront secondary`,
          span: entry.key.span,
          path: [...secondary.path, 'AliasTarget'],
        });
      }
    }
    return hits;
  },
};

/** CX2612: CloudFront is on the internet; a private hosted zone cannot alias it. */
export const route53CloudFrontPrivateZone: CatalogueCheck = {
  id: 'CX2612',
  title: 'Alias to CloudFront in a private hosted zone',
  topics: ['T26', 'T27'],
  severity: 'error',
  url: ALIAS_TARGET_API,
  rejection: { quote: "You can't create a record in a private hosted zone to route traffic to a CloudFront distribution.", url: ALIAS_TARGET_API },
  explanation: {
    what:
      'A hosted zone with VPCs is private: it answers only inside those VPCs. Route 53 refuses alias records from a private ' +
      'zone to a CloudFront distribution, so the record fails to create.',
    exam: 'public names (CloudFront, public ALBs) go in a public hosted zone; private zones hold names for VPC-internal endpoints.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const alias = aliasOf(record);
      if (!alias || !isCloudFrontAlias(context, alias)) continue;
      const group = record.index === undefined ? undefined : context.resource(record.logicalId)?.properties;
      const zone = context.referenced(valueOf(record.record, 'HostedZoneId') ?? valueOf(group, 'HostedZoneId'));
      const vpcs = valueOf(zone?.properties, 'VPCs');
      if (zone?.type !== 'AWS::Route53::HostedZone' || vpcs === undefined || isNoValue(vpcs)) continue;
      const entry = entryOf(record.record, 'AliasTarget')!;
      hits.push({
        message: `Alias record '${record.label}' points to CloudFront from the private hosted zone '${zone.logicalId}' (it has VPCs): Route 53 rejects it`,
        span: entry.key.span,
        path: [...record.path, 'AliasTarget'],
      });
    }
    return hits;
  },
};

/** CX2613: an S3 website endpoint serves the bucket whose name is the Host header, i.e. the record name. */
export const route53S3WebsiteBucketName: CatalogueCheck = {
  id: 'CX2613',
  title: 'Alias to an S3 website endpoint with no website bucket of the record\'s name',
  topics: ['T26', 'T23'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/RoutingToS3Bucket.html',
  explanation: {
    what:
      'An S3 website endpoint picks the bucket by the host name in the request, so the bucket must be named exactly like the ' +
      'record (www.example.com → bucket www.example.com). When no bucket has that name, users get NoSuchBucket instead of the page.',
    exam:
      'the classic "oops page": a failover SECONDARY alias to an S3 static website whose bucket is named like the domain, ' +
      'with public read for the website (or CloudFront in front of it).',
    scenario: 'show a static maintenance page from S3 when the application is down',
    trap: 'an alias to the S3 website endpoint uses the endpoint\'s own hosted zone id for the region, not your hosted zone\'s id.',
  },
  resourceTypes: [...RECORD_TYPES, 'AWS::S3::Bucket'],
  run(context) {
    const names = websiteBucketNames(context);
    if (names === undefined || names.length === 0) return [];
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const alias = aliasOf(record);
      if (!alias || !/(^|\.)s3-website[.-]/i.test(literalString(valueOf(alias, 'DNSName')) ?? '')) continue;
      const name = literalKey(valueOf(record.record, 'Name'));
      if (name === undefined || names.includes(name)) continue;
      const entry = entryOf(record.record, 'Name')!;
      hits.push({
        message: `Record '${record.label}' aliases an S3 website endpoint, but no website bucket of this template is named '${name}': S3 serves the bucket named like the record`,
        span: entry.value.span,
        path: [...record.path, 'Name'],
      });
    }
    return hits;
  },
};

/** Names of the website buckets, or undefined when one of them is not written literally. */
function websiteBucketNames(context: CheckContext): string[] | undefined {
  const names: string[] = [];
  for (const bucket of context.resources('AWS::S3::Bucket')) {
    if (valueOf(bucket.properties, 'WebsiteConfiguration') === undefined) continue;
    const name = literalKey(valueOf(bucket.properties, 'BucketName'));
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names;
}

/** Bucket attributes that are not the S3 website endpoint an alias record needs. */
const BUCKET_ADDRESS_ATTRIBUTES: Readonly<Record<string, string>> = {
  WebsiteURL: 'a URL (http://bucket.s3-website…/), not a DNS name',
  DomainName: 'the bucket\'s REST endpoint (bucket.s3.amazonaws.com), not its website endpoint',
  RegionalDomainName: 'the bucket\'s regional REST endpoint, not its website endpoint',
  DualStackDomainName: 'the bucket\'s dual-stack REST endpoint, not its website endpoint',
};

/** CX2619: an alias to an S3 bucket through an attribute that is not the website endpoint. */
export const route53AliasBucketAttribute: CatalogueCheck = {
  id: 'CX2619',
  title: 'Alias record DNSName is a bucket attribute, not the S3 website endpoint',
  topics: ['T26', 'T23'],
  severity: 'warning',
  url: ALIAS_TARGET_API,
  explanation: {
    what:
      'An alias to an S3 static website names the website endpoint of the bucket\'s Region (for example ' +
      's3-website-us-east-1.amazonaws.com or s3-website.eu-west-3.amazonaws.com) with that endpoint\'s hosted zone id; S3 then ' +
      'picks the bucket named like the record. The bucket\'s WebsiteURL attribute is a URL with http:// and the bucket name, ' +
      'and DomainName or RegionalDomainName are REST endpoints, none of which is an alias target for a website.',
    exam:
      'the static "oops page" behind a failover SECONDARY record is an alias to the S3 website endpoint (bucket named like the ' +
      'record, website hosting on, public read), or to a CloudFront distribution in front of the bucket for HTTPS.',
    scenario: 'show a static maintenance page from S3 when the application is down',
    trap: 'WebsiteURL looks like the endpoint but starts with http:// and contains the bucket name.',
  },
  resourceTypes: [...RECORD_TYPES, 'AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const alias = aliasOf(record);
      const dnsName = alias ? valueOf(alias, 'DNSName') : undefined;
      if (!alias || intrinsicName(dnsName) !== 'Fn::GetAtt') continue;
      const bucket = context.referenced(dnsName);
      const argument = valueOf(dnsName, 'Fn::GetAtt');
      const attribute = literalString(argument)?.split('.').slice(1).join('.') ?? (isSeq(argument) ? literalString(argument.items[1]) : undefined);
      if (bucket?.type !== 'AWS::S3::Bucket' || attribute === undefined || !Object.hasOwn(BUCKET_ADDRESS_ATTRIBUTES, attribute)) continue;
      hits.push({
        message:
          `Record '${record.label}' aliases !GetAtt ${bucket.logicalId}.${attribute}, which is ${BUCKET_ADDRESS_ATTRIBUTES[attribute]}: ` +
          'an alias to an S3 website names the Region\'s website endpoint (s3-website-<region>.amazonaws.com or ' +
          's3-website.<region>.amazonaws.com) with its hosted zone id',
        span: dnsName!.span,
        path: [...record.path, 'AliasTarget', 'DNSName'],
      });
    }
    return hits;
  },
};

export const ALIAS_TARGET_CHECKS: readonly CatalogueCheck[] = [
  route53CloudFrontEvaluateHealth,
  route53CloudFrontFailoverPair,
  route53CloudFrontPrivateZone,
  route53S3WebsiteBucketName,
  route53AliasBucketAttribute,
];
