/** CX2330: what S3 checks of notification destinations when it creates a bucket. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../exam/helpers';
import { check } from './helpers';

const template = (permission: string, bucketAttributes = '') => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: {ZipFile: "def handler(e, c): pass"}
${permission}  Bucket:
    Type: AWS::S3::Bucket${bucketAttributes}
    Properties:
      BucketName: uploads-123456789012
      NotificationConfiguration:
        LambdaConfigurations:
          - Event: s3:ObjectCreated:*
            Function: !GetAtt Fn.Arn
`;
const permission = (sourceArn: string) => `  Allow:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
      SourceArn: ${sourceArn}
`;

describe('CX2330 bucket notification destinations', () => {
  it('is an error when nothing lets S3 invoke the function', () => {
    const [found] = check('CX2330', template(''));
    assert.equal(found.severity, 'error');
    assert.equal(found.message, "Bucket 'Bucket' notifies function 'Fn', but no AWS::Lambda::Permission lets s3.amazonaws.com invoke it: S3 refuses the notification configuration and the bucket fails");
  });
  it('warns when the bucket does not wait for the permission, and DependsOn fixes it', () => {
    const text = template(permission('arn:aws:s3:::uploads-123456789012'));
    const [found] = check('CX2330', text);
    assert.equal(found.severity, 'warning');
    assert.deepEqual(check('CX2330', applyEdits(text, found.fixes![0].edits)), []);
    assert.deepEqual(check('CX2330', template(permission('arn:aws:s3:::uploads-123456789012'), '\n    DependsOn: Allow')), []);
  });
  it('says how to break the cycle when the permission names the bucket itself', () => {
    const [found] = check('CX2330', template(permission('!GetAtt Bucket.Arn')));
    assert.equal(found.fixes, undefined);
    assert.match(found.message, /'Allow' names the bucket, so it waits for it; name the bucket ARN from its name/);
  });
  it('leaves destinations outside the template alone', () => {
    assert.deepEqual(check('CX2330', template('').replace('!GetAtt Fn.Arn', 'arn:aws:lambda:us-east-1:123456789012:function:other')), []);
  });
  it('holds a bucket to the permission of the template for a function given by parameter, and fixes it with DependsOn', () => {
    const external = `Parameters:
  ProcessorArn: {Type: String}
Resources:
  Allow:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref ProcessorArn
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        LambdaConfigurations:
          - Event: s3:ObjectCreated:*
            Function: !Ref ProcessorArn
`;
    const [found] = check('CX2330', external);
    assert.equal(found.severity, 'warning');
    assert.equal(found.message, "Bucket 'Bucket' notifies the function of parameter 'ProcessorArn' but is not created after 'Allow', which lets S3 send to it: CloudFormation may create the bucket first, and S3 then fails to validate the destination");
    assert.deepEqual(check('CX2330', applyEdits(external, found.fixes![0].edits)), []);
    // Without a permission of the template, whether S3 may invoke the function is not known here.
    assert.deepEqual(check('CX2330', external.replace('FunctionName: !Ref ProcessorArn', 'FunctionName: other')), []);
  });
});

describe('CX2330 SAM functions', () => {
  const sam = (eventType: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        LambdaConfigurations:
          - Event: s3:ObjectRemoved:*
            Function: !GetAtt Processor.Arn
  Processor:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: "def handler(e, c): return {}"
      Events:
        Created:
          Type: ${eventType}
          Properties:
            Bucket: !Ref Uploads
            Events: s3:ObjectCreated:*
`;
  it('takes the permission the SAM transform creates for a function with an S3 event', () => {
    assert.deepEqual(check('CX2330', sam('S3')), []);
  });
  it('still reports a SAM function without an S3 event and without a permission', () => {
    const [found] = check('CX2330', sam('SQS'));
    assert.equal(found.severity, 'error');
    assert.match(found.message, /notifies function 'Processor', but no AWS::Lambda::Permission lets s3\.amazonaws\.com invoke it/);
  });
});

describe('CX2330 queue destinations', () => {
  const queueTemplate = (principal: string) => `Resources:
  Queue:
    Type: AWS::SQS::Queue
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: ${principal}
            Action: SQS:SendMessage
            Resource: !GetAtt Queue.Arn
            Condition: {ArnLike: {"aws:SourceArn": "arn:aws:s3:::uploads-123456789012"}}
  Bucket:
    Type: AWS::S3::Bucket
    DependsOn: QueuePolicy
    Properties:
      BucketName: uploads-123456789012
      NotificationConfiguration:
        QueueConfigurations:
          - Event: s3:ObjectCreated:*
            Queue: !GetAtt Queue.Arn
`;
  it('takes a queue policy for everyone ({AWS: "*"}, limited by conditions) as it takes one for s3.amazonaws.com', () => {
    assert.deepEqual(check('CX2330', queueTemplate('{Service: s3.amazonaws.com}')), []);
    assert.deepEqual(check('CX2330', queueTemplate('{AWS: "*"}')), []);
    assert.equal(check('CX2330', queueTemplate('{Service: sns.amazonaws.com}')).length, 1);
  });
});
