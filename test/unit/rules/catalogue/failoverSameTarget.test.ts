/** CX2624: a failover SECONDARY that answers with its PRIMARY's endpoint. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function pair(primaryAnswer: string, secondaryAnswer: string): string {
  const record = (id: string, failover: string, answer: string, extra = '') =>
    [`  ${id}:`, '    Type: AWS::Route53::RecordSet', extra, '    Properties:', '      HostedZoneId: Z111', '      Name: app.example.com.', '      Type: A', `      SetIdentifier: ${id}`, `      Failover: ${failover}`, answer]
      .filter((line) => line !== '')
      .join('\n');
  return [
    'Resources:',
    '  Alb:',
    '    Type: AWS::ElasticLoadBalancingV2::LoadBalancer',
    record('Primary', 'PRIMARY', primaryAnswer),
    record('Secondary', 'SECONDARY', secondaryAnswer),
    '',
  ].join('\n');
}

const alias = (dns: string) => `      AliasTarget: {DNSName: ${dns}, HostedZoneId: Z2, EvaluateTargetHealth: true}`;

describe('CX2624 failover pair with one endpoint', () => {
  it('reports a SECONDARY with the PRIMARY alias target or values, names compared without case or final dot', () => {
    assert.deepEqual(paths('CX2624', pair(alias('!GetAtt Alb.DNSName'), alias('!GetAtt Alb.DNSName'))), ['Resources/Secondary/Properties/AliasTarget']);
    assert.deepEqual(paths('CX2624', pair(alias('primary.example.net'), alias('PRIMARY.example.net.'))), ['Resources/Secondary/Properties/AliasTarget']);
    assert.deepEqual(paths('CX2624', pair('      ResourceRecords: [192.0.2.10]', '      ResourceRecords: [192.0.2.10]')), ['Resources/Secondary/Properties/ResourceRecords']);
  });

  it('accepts different endpoints', () => {
    assert.deepEqual(paths('CX2624', pair(alias('!GetAtt Alb.DNSName'), alias('standby.example.net'))), []);
    assert.deepEqual(paths('CX2624', pair('      ResourceRecords: [192.0.2.10]', '      ResourceRecords: [198.51.100.7]')), []);
  });
});
