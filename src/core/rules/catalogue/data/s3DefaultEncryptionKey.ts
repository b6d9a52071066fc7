import { isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-serversideencryptionbydefault.html';
/** A key ID (UUID or multi-Region mrk-), a key or alias ARN, or an alias/ name: the forms the reference lists. */
const KEY_FORMS = /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+|alias\/[a-zA-Z0-9/_:-]+|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

/** CX2325: a default encryption key S3 stores but KMS will not find when an object is written. */
export const s3DefaultEncryptionKey: CatalogueCheck = {
  id: 'CX2325',
  title: 'S3 default encryption names a KMS key in none of the forms KMS resolves',
  topics: ['T23'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'KMSMasterKeyID takes a key ID, a key ARN, an alias ARN or an alias name that starts with alias/. S3 saves the ' +
      'bucket\'s default encryption without looking the key up, so a bare name such as aws/s3 deploys, and every upload then ' +
      'fails with KMS.NotFoundException ("Invalid keyId").',
    exam:
      'SSE-KMS with a customer managed key the team controls (rotation, key policy, CloudTrail audit of every use) is the ' +
      'answer when a scenario asks who can decrypt; the AWS managed aws/s3 key is alias/aws/s3, or leave KMSMasterKeyID out.',
    scenario: 'all objects must be encrypted with a key whose use is audited and can be revoked',
    trap: 'the stack deploys: the mistake only shows when the first object is written.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const rules = valueOf(valueOf(bucket.properties, 'BucketEncryption'), 'ServerSideEncryptionConfiguration');
      if (!isSeq(rules)) continue;
      rules.items.forEach((rule, index) => {
        const path = ['BucketEncryption', 'ServerSideEncryptionConfiguration', index, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'];
        const keys = stringValues(context, valueOf(valueOf(rule, 'ServerSideEncryptionByDefault'), 'KMSMasterKeyID'));
        const wrong = keys?.find((key) => key !== '' && !key.includes('{{resolve:') && !KEY_FORMS.test(key));
        if (wrong === undefined) return;
        const suggestion = wrong.startsWith('aws/') ? ` (the AWS managed key is alias/${wrong})` : '';
        push(hits, propertyHit(bucket, path, `The default encryption key '${wrong}' of '${bucket.logicalId}' is no key ID, key or alias ARN, or alias/ name: S3 accepts it, then every upload fails because KMS cannot find the key${suggestion}`));
      });
    }
    return hits;
  },
};
