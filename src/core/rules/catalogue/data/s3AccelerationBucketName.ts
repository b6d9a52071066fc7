import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const ACCELERATE_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketAccelerateConfiguration.html';

/** CX2326: Transfer Acceleration on a bucket whose name has a period, which S3 refuses. */
export const s3AccelerationBucketName: CatalogueCheck = {
  id: 'CX2326',
  title: 'Transfer Acceleration on a bucket whose name contains a period',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration.html',
  rejection: {
    quote: 'The name of the bucket used for Transfer Acceleration must be DNS-compliant and must not contain periods (".").',
    url: ACCELERATE_PAGE,
  },
  explanation: {
    what:
      'Transfer Acceleration serves a bucket at bucketname.s3-accelerate.amazonaws.com through the CloudFront edge network, ' +
      'so the name must be a single DNS label: S3 refuses to turn acceleration on for a name with a period, and the bucket ' +
      'fails to create.',
    exam:
      'fast uploads from far-away clients to one bucket are Transfer Acceleration (or multipart uploads); copies kept in ' +
      'other Regions for DR and low-latency reads are replication (CRR), not acceleration.',
    trap: 'a bucket named like a domain for website hosting (www.example.com) cannot also be accelerated: BucketName cannot change, so pick one use per bucket.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const status = stringValues(context, valueOf(valueOf(bucket.properties, 'AccelerateConfiguration'), 'AccelerationStatus'));
      if (!status?.every((value) => value === 'Enabled')) continue;
      const names = stringValues(context, valueOf(bucket.properties, 'BucketName'));
      if (!names?.every((name) => name.includes('.'))) continue;
      push(
        hits,
        propertyHit(bucket, ['BucketName'], `Bucket '${bucket.logicalId}' turns on Transfer Acceleration but its name ${names[0]} contains a period: S3 accelerates only names without one`),
      );
    }
    return hits;
  },
};
