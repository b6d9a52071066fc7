// Routing, data and catalogue kinds. Expected answers from the Route 53 pages (weight ÷ total, equal
// shares when all weights are 0; a failover primary without a health check or evaluated alias target
// always counts as healthy), the RDS Multi-AZ page, and the catalogue checks' own results.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueFinding } from '../../../src/core/practice/generate/kinds/catalogueFinding';
import { failoverAnswer } from '../../../src/core/practice/generate/kinds/failoverAnswer';
import { rdsZoneFailure } from '../../../src/core/practice/generate/kinds/rdsZoneFailure';
import { sharePercent, weightedShare } from '../../../src/core/practice/generate/kinds/weightedShare';
import { ask, askOne, rightTexts, whyOf, wrongTexts } from './ask';

function record(name: string, ...properties: string[]): string[] {
  return [`  ${name}:`, '    Type: AWS::Route53::RecordSet', '    Properties:', '      HostedZoneName: example.com.', '      Name: app.example.com.', '      Type: A',
    ...properties.map((line) => `      ${line}`)];
}

describe('weighted-share', () => {
  it('is the weight over the total: 2 of 2 + 1 + 1 is 50%', () => {
    const question = askOne(weightedShare, 'Resources:', ...record('Main', 'SetIdentifier: main', 'Weight: 2', 'TTL: "60"', 'ResourceRecords: [192.0.2.1]'),
      ...record('West', 'SetIdentifier: west', 'Weight: 1', 'TTL: "60"', 'ResourceRecords: [192.0.2.2]'),
      ...record('East', 'SetIdentifier: east', 'Weight: 1', 'TTL: "60"', 'ResourceRecords: [192.0.2.3]'));
    assert.match(question.stem, /`Main` \(192\.0\.2\.1\)/);
    assert.deepEqual(rightTexts(question), ['50%']);
    assert.deepEqual(wrongTexts(question), ['100%', '2%', '33.3%']);
  });

  it('shares equally when every weight is 0', () => {
    assert.equal(sharePercent([0, 0, 0, 0], 2), 25);
    assert.equal(sharePercent([3, 1], 0), 75);
  });

  it('asks nothing when a weight is computed or the records are not all weighted', () => {
    assert.deepEqual(ask(weightedShare, 'Resources:', ...record('A', 'SetIdentifier: a', 'Weight: !Ref W'), ...record('B', 'SetIdentifier: b', 'Weight: 1')), []);
    assert.deepEqual(ask(weightedShare, 'Resources:', ...record('A', 'SetIdentifier: a', 'Weight: 1'), ...record('B', 'SetIdentifier: b', 'Failover: PRIMARY')), []);
  });
});

describe('failover-answer', () => {
  const secondary = record('Standby', 'SetIdentifier: standby', 'Failover: SECONDARY', 'TTL: "60"', 'ResourceRecords: [198.51.100.2]');

  it('answers with the secondary when the primary has a health check or an evaluated alias target', () => {
    const checked = askOne(failoverAnswer, 'Resources:', ...record('Main', 'SetIdentifier: main', 'Failover: PRIMARY', 'HealthCheckId: abc-123', 'TTL: "60"', 'ResourceRecords: [198.51.100.1]'), ...secondary);
    assert.deepEqual(rightTexts(checked), ['The secondary record `Standby` (198.51.100.2)']);
    const alias = askOne(failoverAnswer, 'Resources:', ...record('Main', 'SetIdentifier: main', 'Failover: PRIMARY', 'AliasTarget: {DNSName: lb.example.com, HostedZoneId: Z1, EvaluateTargetHealth: true}'), ...secondary);
    assert.deepEqual(rightTexts(alias), ['The secondary record `Standby` (198.51.100.2)']);
  });

  it('keeps answering with a primary that nothing judges', () => {
    const question = askOne(failoverAnswer, 'Resources:', ...record('Main', 'SetIdentifier: main', 'Failover: PRIMARY', 'TTL: "60"', 'ResourceRecords: [198.51.100.1]'), ...secondary);
    assert.deepEqual(rightTexts(question), ['The primary record `Main` (198.51.100.1)']);
    assert.match(whyOf(question, 'The primary record `Main` (198.51.100.1)'), /always considers it healthy/);
  });
});

describe('rds-zone-failure', () => {
  const instance = (...properties: string[]) => ['Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      DBInstanceClass: db.t3.micro',
    '      AllocatedStorage: "20"', ...properties.map((line) => `      ${line}`)];

  it('fails over only for a Multi-AZ instance', () => {
    assert.deepEqual(rightTexts(askOne(rdsZoneFailure, ...instance('Engine: mysql', 'MultiAZ: true'))), ['RDS fails over to the standby in another Availability Zone; the endpoint name stays the same']);
    assert.deepEqual(rightTexts(askOne(rdsZoneFailure, ...instance('Engine: mysql'))), ['The database is unavailable until the zone recovers or someone restores it elsewhere from a backup']);
  });

  it('leaves Aurora, cluster members and unknown engines alone', () => {
    assert.deepEqual(ask(rdsZoneFailure, ...instance('Engine: aurora-mysql')), []);
    assert.deepEqual(ask(rdsZoneFailure, ...instance('Engine: mysql', 'DBClusterIdentifier: c')), []);
    assert.deepEqual(ask(rdsZoneFailure, ...instance('Engine: !Ref Engine')), []);
  });
});

describe('catalogue-finding', () => {
  it('answers with the check that fires on the resource; the wrong options are checks of its type that found nothing', () => {
    const questions = ask(catalogueFinding, 'Resources:', ...record('Main', 'SetIdentifier: main', 'Weight: 1', 'TTL: "60"', 'ResourceRecords: [192.0.2.1]'),
      ...record('Other', 'SetIdentifier: other', 'Weight: 1', 'TTL: "60"', 'ResourceRecords: [192.0.2.2]'));
    assert.deepEqual(questions.map((question) => question.path.slice(0, 2)), [['Resources', 'Main'], ['Resources', 'Other']]);
    const question = questions[0];
    assert.deepEqual(rightTexts(question), ['Weighted, latency or multivalue record without health checking']);
    assert.equal(question.url, 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html');
    assert.deepEqual(question.topics.slice(0, 1), ['T25']);
    assert.equal(question.domain, 'D3');
    for (const text of wrongTexts(question)) assert.match(whyOf(question, text), /^Not in this template: the check for it \(CX\d{4}\) reads `Main` and finds nothing\.$/);
  });

  it('asks nothing about a resource no check fires on', () => {
    assert.deepEqual(ask(catalogueFinding, 'Resources:', '  Q:', '    Type: AWS::SQS::Queue'), []);
  });
});
