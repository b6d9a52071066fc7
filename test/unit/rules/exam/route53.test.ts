import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { route53FailoverHealthRule } from '../../../../src/core/rules/exam/route53FailoverHealth';
import { route53FailoverPairRule } from '../../../../src/core/rules/exam/route53FailoverPair';
import { route53SetIdentifierRule } from '../../../../src/core/rules/exam/route53SetIdentifier';
import { fixed, only, run, spanText } from './helpers';

const primaryAndSecondary = `Resources:
  Primary:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneName: example.com.
      Name: app.example.com.
      Type: A
      SetIdentifier: primary
      Failover: PRIMARY
      AliasTarget:
        DNSName: !GetAtt Alb.DNSName
        HostedZoneId: !GetAtt Alb.CanonicalHostedZoneID
  Secondary:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneName: example.com.
      Name: App.example.com
      Type: A
      SetIdentifier: secondary
      Failover: SECONDARY
      ResourceRecords: [192.0.2.10]
      TTL: '60'
`;

describe('CX3001 failover PRIMARY without a health check', () => {
  it('reports an alias primary without EvaluateTargetHealth and adds it', () => {
    const found = only(run(route53FailoverHealthRule, primaryAndSecondary));
    assert.equal(
      found.message,
      "Failover PRIMARY alias record 'Primary' has neither a HealthCheckId nor EvaluateTargetHealth: true: Route 53 always treats it as healthy, so it never fails over to the SECONDARY",
    );
    assert.equal(spanText(primaryAndSecondary, found), 'PRIMARY');
    assert.deepEqual(found.explanation?.topics, ['T26']);
    assert.equal(
      fixed(primaryAndSecondary, found),
      primaryAndSecondary.replace('        DNSName: !GetAtt Alb.DNSName\n', '        DNSName: !GetAtt Alb.DNSName\n        EvaluateTargetHealth: true\n'),
    );
  });

  it('reports a non-alias primary in a RecordSetGroup, without a fix (JSON)', () => {
    const text = `{"Resources": {"Records": {"Type": "AWS::Route53::RecordSetGroup", "Properties": {"HostedZoneName": "example.com.", "RecordSets": [
  {"Name": "app.example.com.", "Type": "A", "SetIdentifier": "a", "Failover": "PRIMARY", "TTL": "60", "ResourceRecords": ["192.0.2.1"]}
]}}}}`;
    const found = only(run(route53FailoverHealthRule, text));
    assert.equal(
      found.message,
      "Failover PRIMARY record 'Records.RecordSets[0]' has no HealthCheckId: Route 53 always treats it as healthy, so it never fails over to the SECONDARY",
    );
    assert.equal(spanText(text, found), '"PRIMARY"');
    assert.deepEqual(found.path, ['Resources', 'Records', 'Properties', 'RecordSets', 0, 'Failover']);
    assert.equal(found.fixes, undefined);
  });

  it('turns EvaluateTargetHealth false into true, and stays silent with a health check or EvaluateTargetHealth true', () => {
    const falseText = primaryAndSecondary.replace('        DNSName: !GetAtt Alb.DNSName\n', '        DNSName: !GetAtt Alb.DNSName\n        EvaluateTargetHealth: false\n');
    const found = only(run(route53FailoverHealthRule, falseText));
    assert.equal(fixed(falseText, found), falseText.replace('EvaluateTargetHealth: false', 'EvaluateTargetHealth: true'));
    assert.deepEqual(run(route53FailoverHealthRule, falseText.replace('EvaluateTargetHealth: false', 'EvaluateTargetHealth: true')), []);
    assert.deepEqual(run(route53FailoverHealthRule, primaryAndSecondary.replace('      Failover: PRIMARY\n', '      Failover: PRIMARY\n      HealthCheckId: !Ref Check\n')), []);
  });
});

describe('CX3002 PRIMARY without a SECONDARY', () => {
  it('pairs names case- and final-dot-insensitively', () => {
    assert.deepEqual(run(route53FailoverPairRule, primaryAndSecondary), []);
  });

  it('reports a lone primary', () => {
    const text = primaryAndSecondary.slice(0, primaryAndSecondary.indexOf('  Secondary:'));
    const found = only(run(route53FailoverPairRule, text));
    assert.equal(found.severity, 'info');
    assert.equal(
      found.message,
      "Failover PRIMARY record 'Primary' has no SECONDARY record with the same Name and Type in this template: unless another stack creates one, there is nothing to fail over to",
    );
    assert.equal(spanText(text, found), 'PRIMARY');
  });

  it('stays silent on two PRIMARY records of one name and type (CX2519 names the wrong value)', () => {
    const twoPrimaries = primaryAndSecondary.replace('Failover: SECONDARY', 'Failover: PRIMARY');
    assert.notEqual(twoPrimaries, primaryAndSecondary);
    assert.deepEqual(run(route53FailoverPairRule, twoPrimaries), []);
  });

  it('reports a secondary of another type, and stays silent when a name is computed', () => {
    assert.equal(run(route53FailoverPairRule, primaryAndSecondary.replace('      Type: A\n      SetIdentifier: secondary', '      Type: AAAA\n      SetIdentifier: secondary')).length, 1);
    assert.deepEqual(run(route53FailoverPairRule, primaryAndSecondary.replace('Name: App.example.com', 'Name: !Sub app.${Domain}')), []);
  });
});

describe('CX3003 routing policy without SetIdentifier', () => {
  it('reports a weighted record and adds a SetIdentifier after Weight', () => {
    const text = 'Resources:\n  Blue:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Name: app.example.com.\n      Type: CNAME\n      Weight: 50\n      TTL: 60\n';
    const found = only(run(route53SetIdentifierRule, text));
    assert.equal(
      found.message,
      "Record 'Blue' uses weighted routing (Weight) but has no SetIdentifier: the records of a routing policy other than simple share a name and type and are told apart by their SetIdentifier, so give each one",
    );
    assert.equal(spanText(text, found), 'Weight');
    assert.equal(fixed(text, found), text.replace('      Weight: 50\n', '      Weight: 50\n      SetIdentifier: Blue\n'));
  });

  it('reports latency records in a RecordSetGroup (JSON) with a numbered identifier', () => {
    const text = '{"Resources": {"Records": {"Type": "AWS::Route53::RecordSetGroup", "Properties": {"RecordSets": [{"Name": "a.example.com.", "Type": "A", "Region": "eu-west-1"}]}}}}';
    const found = only(run(route53SetIdentifierRule, text));
    assert.equal(found.message.startsWith("Record 'Records.RecordSets[0]' uses latency routing (Region)"), true);
    assert.equal(fixed(text, found), text.replace('"Region": "eu-west-1"', '"Region": "eu-west-1", "SetIdentifier": "Records-1"'));
  });

  it('stays silent for simple records and records with a SetIdentifier', () => {
    assert.deepEqual(run(route53SetIdentifierRule, primaryAndSecondary), []);
    assert.deepEqual(run(route53SetIdentifierRule, 'Resources:\n  R:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Name: a.example.com.\n      Type: A\n      MultiValueAnswer: false\n'), []);
  });
});
