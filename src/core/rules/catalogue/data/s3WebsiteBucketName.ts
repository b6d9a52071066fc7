import { isString, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, propertyHit, push, stringValues } from './common';

/** CX2321: a Route 53 alias to an S3 website endpoint whose bucket is not named after the record. */
export const s3WebsiteBucketName: CatalogueCheck = {
  id: 'CX2321',
  title: 'Route 53 alias to an S3 website whose bucket name differs from the record name',
  topics: ['T23', 'T26'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/RoutingToS3Bucket.html',
  explanation: {
    what:
      'An S3 website endpoint finds the bucket by the Host header, so a Route 53 alias to it works only when the bucket is ' +
      'named exactly like the record (www.example.com → bucket www.example.com). With another name, requests reach S3 ' +
      'but fail with NoSuchBucket.',
    exam:
      'the static "sorry" page as the last failover: a SECONDARY failover alias record to the S3 website endpoint of a ' +
      'bucket named after the domain, with website hosting and public read for that bucket only (or CloudFront in front).',
    scenario: 'when the primary site fails its health check, users must see a static maintenance page from S3',
    trap: 'BucketName is global and immutable: create the bucket with the domain name from the start.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    const websites = context.resources('AWS::S3::Bucket').filter((bucket) => alwaysGiven(valueOf(bucket.properties, 'WebsiteConfiguration')));
    if (websites.length !== 1) return hits;
    const [bucket] = websites;
    const bucketNames = stringValues(context, valueOf(bucket.properties, 'BucketName'));
    if (!bucketNames || bucketNames.length !== 1) return hits;
    const literalBucket = isString(valueOf(bucket.properties, 'BucketName'));
    for (const record of context.resources('AWS::Route53::RecordSet')) {
      // Both names written as text: CX2613 (the record's side, every website bucket) says it.
      if (literalBucket && isString(valueOf(record.properties, 'Name'))) continue;
      const target = stringValues(context, valueOf(valueOf(record.properties, 'AliasTarget'), 'DNSName'));
      if (!target?.every((name) => /(^|\.)s3-website[.-]/.test(name))) continue;
      const names = stringValues(context, valueOf(record.properties, 'Name'));
      if (!names || names.length !== 1) continue;
      const recordName = names[0].replace(/\.$/, '').toLowerCase();
      if (recordName === bucketNames[0].toLowerCase()) continue;
      push(
        hits,
        propertyHit(
          record,
          ['Name'],
          `'${record.logicalId}' aliases ${recordName} to an S3 website endpoint, but website bucket '${bucket.logicalId}' is ` +
            `named ${bucketNames[0]}: S3 serves the site only from a bucket named exactly like the record`,
        ),
      );
    }
    return hits;
  },
};
