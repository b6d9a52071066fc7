/** CX2730: the method sets CloudFront offers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distributionMethodSets } from '../../../../src/core/rules/catalogue/routing/distributionMethods';
import { paths, resources } from './checkObjects';

const distribution = (behavior: string, conditions = '') =>
  `${conditions}${resources(`  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{Id: o, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]
        DefaultCacheBehavior:
          TargetOriginId: o
          ViewerProtocolPolicy: redirect-to-https
${behavior}`)}`;

describe('CX2730 CloudFront method sets', () => {
  it('reports cached methods the behavior does not forward, taking GET and HEAD when AllowedMethods is left out', () => {
    assert.deepEqual(paths(distributionMethodSets, distribution('          CachedMethods: [GET, HEAD, OPTIONS]\n')), [
      'Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior/CachedMethods',
    ]);
    assert.deepEqual(paths(distributionMethodSets, distribution('          AllowedMethods: [GET, HEAD, OPTIONS]\n          CachedMethods: [GET, HEAD, OPTIONS]\n')), []);
  });
  it('leaves cached methods alone when the allowed ones are computed', () => {
    const behavior = '          AllowedMethods: !If [Writable, [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE], [GET, HEAD, OPTIONS]]\n          CachedMethods: [GET, HEAD, OPTIONS]\n';
    assert.deepEqual(paths(distributionMethodSets, distribution(behavior, 'Conditions:\n  Writable: !Equals [!Ref AWS::Region, us-east-1]\n')), []);
  });
});
