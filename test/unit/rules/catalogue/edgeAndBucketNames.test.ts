/** CX2727/CX2728: the web ACL a CloudFront distribution names; CX2326: Transfer Acceleration and bucket names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from './helpers';
import { applyEdits } from '../exam/helpers';

const distribution = (webAclId: string, scope = 'CLOUDFRONT', extra = '') => `Parameters:
  Scope:
    Type: String
    AllowedValues: [CLOUDFRONT, REGIONAL]
${extra}Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: ${scope}
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        WebACLId: ${webAclId}
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6 }
`;

const paths = (id: string, text: string) => check(id, text).map((hit) => hit.path?.join('/'));
const AT = 'Resources/Cdn/Properties/DistributionConfig/WebACLId';

describe('CX2727 a REGIONAL web ACL on a distribution', () => {
  it('reports a REGIONAL scope, written or from every allowed value', () => {
    assert.deepEqual(paths('CX2727', distribution('!GetAtt Acl.Arn', 'REGIONAL')), [AT]);
  });
  it('accepts CLOUDFRONT, a scope that may be either, and ACLs it cannot read', () => {
    assert.deepEqual(paths('CX2727', distribution('!GetAtt Acl.Arn')), []);
    assert.deepEqual(paths('CX2727', distribution('!GetAtt Acl.Arn', '!Ref Scope')), []);
    assert.deepEqual(paths('CX2727', distribution('arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1234', 'REGIONAL')), []);
  });
});

describe('CX2728 a WAFv2 web ACL named by Ref or id', () => {
  it('reports Ref and Fn::GetAtt Id', () => {
    assert.deepEqual(paths('CX2728', distribution('!Ref Acl')), [AT]);
    assert.match(check('CX2728', distribution('!GetAtt Acl.Id'))[0].message, /is Fn::GetAtt Acl\.Id: CloudFront takes a WAFv2 web ACL by its ARN \(Fn::GetAtt Acl\.Arn\)/);
  });
  it('accepts the ARN', () => {
    assert.deepEqual(paths('CX2728', distribution('!GetAtt Acl.Arn')), []);
    assert.deepEqual(paths('CX2728', distribution('!GetAtt [Acl, Arn]')), []);
  });
});

const bucket = (name: string, status = 'Enabled', params = '') => `${params}Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${name}
      AccelerateConfiguration:
        AccelerationStatus: ${status}
`;

describe('CX2326 Transfer Acceleration on a name with a period', () => {
  it('reports a name with a period, written or from every allowed value', () => {
    assert.deepEqual(paths('CX2326', bucket('media.example.com')), ['Resources/Bucket/Properties/BucketName']);
    assert.deepEqual(paths('CX2326', bucket('!Ref Name', 'Enabled', 'Parameters:\n  Name:\n    Type: String\n    AllowedValues: [a.example.com, b.example.com]\n')), ['Resources/Bucket/Properties/BucketName']);
  });
  it('accepts names without a period, suspended acceleration and names it cannot read', () => {
    assert.deepEqual(paths('CX2326', bucket('media-example-com')), []);
    assert.deepEqual(paths('CX2326', bucket('media.example.com', 'Suspended')), []);
    assert.deepEqual(paths('CX2326', bucket('!Ref Name', 'Enabled', 'Parameters:\n  Name:\n    Type: String\n')), []);
  });
});

describe('CX2736 ACM certificate of a distribution in the stack\'s Region', () => {
  const distribution = (certificate: string, extra = '') => `Resources:${extra}
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [www.example.com]
        ViewerCertificate: {AcmCertificateArn: ${certificate}, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021}
        DefaultCacheBehavior: {TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6}
        Origins: [{Id: o, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]
`;
  it('warns of a certificate the stack requests or whose ARN names the stack\'s Region', () => {
    assert.deepEqual(check('CX2736', distribution("!Sub 'arn:${AWS::Partition}:acm:${AWS::Region}:${AWS::AccountId}:certificate/abc'")).map((found) => found.severity), ['warning']);
    const requested = check('CX2736', distribution('!Ref SiteCert', '\n  SiteCert:\n    Type: AWS::CertificateManager::Certificate\n    Properties: {DomainName: www.example.com}'));
    assert.equal(requested[0].message, "Distribution 'Cdn' uses an ACM certificate of the stack's Region ('SiteCert' is requested by this stack, in its Region): CloudFront takes only certificates in us-east-1, so this deploys only in us-east-1");
  });
  it('leaves ARNs of a named Region (E3031 judges them) and values it cannot read alone', () => {
    assert.deepEqual(check('CX2736', distribution('arn:aws:acm:us-east-1:123456789012:certificate/abc')), []);
    assert.deepEqual(check('CX2736', distribution('arn:aws:acm:eu-west-1:123456789012:certificate/abc')), []);
    assert.deepEqual(check('CX2736', distribution('!ImportValue shared-certificate')), []);
  });
});

describe('CX2737 origin with both OAC and OAI', () => {
  const origin = (identity: string) => `Resources:
  Oac:
    Type: AWS::CloudFront::OriginAccessControl
    Properties:
      OriginAccessControlConfig: {Name: site, OriginAccessControlOriginType: s3, SigningBehavior: always, SigningProtocol: sigv4}
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: {TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6}
        Origins:
          - Id: o
            DomainName: site.s3.us-east-1.amazonaws.com
            OriginAccessControlId: !GetAtt Oac.Id
            S3OriginConfig:
              OriginAccessIdentity: ${identity}
`;
  it('reports a written or Fn::Sub identity beside OAC, and empties it', () => {
    const text = origin('origin-access-identity/cloudfront/E2QWRUHAPOMQZL');
    const [found] = check('CX2737', text);
    assert.equal(found.message, "Origin 1 of 'Cdn' has both an OriginAccessControlId and an OriginAccessIdentity: CloudFront refuses an origin with both; leave OriginAccessIdentity empty with OAC");
    assert.deepEqual(check('CX2737', applyEdits(text, found.fixes![0].edits)), []);
    assert.equal(check('CX2737', origin("!Sub 'origin-access-identity/cloudfront/${Legacy}'")).length, 1);
  });
  it('leaves an empty identity and one a parameter gives alone', () => {
    assert.deepEqual(check('CX2737', origin("''")), []);
    assert.deepEqual(check('CX2737', origin('!Ref LegacyIdentity')), []);
  });
});
