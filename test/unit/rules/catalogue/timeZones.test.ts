import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { namesIn, TZDATA } from '../../../../scripts/generate-time-zones.mjs';
import { TIME_ZONE_DATA_VERSION, TIME_ZONE_NAMES } from '../../../../src/core/rules/catalogue/support/timeZoneNames';
import { applyEdits } from '../exam/helpers';
import { check } from './helpers';

const action = (zone: string) => `Resources:
  Evening:
    Type: AWS::AutoScaling::ScheduledAction
    Properties:
      AutoScalingGroupName: web
      DesiredCapacity: 20
      Recurrence: '0 18 * * *'
      TimeZone: ${zone}
`;

const target = (zone: string) => `Resources:
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      MinCapacity: 1
      MaxCapacity: 4
      ResourceId: table/orders
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      ServiceNamespace: dynamodb
      ScheduledActions:
        - ScheduledActionName: evening
          Schedule: cron(0 18 * * ? *)
          ScalableTargetAction: { MinCapacity: 2 }
        - ScheduledActionName: night
          Schedule: cron(0 23 * * ? *)
          Timezone: ${zone}
          ScalableTargetAction: { MinCapacity: 1 }
`;

describe('CX0812 time zone of a scheduled action', () => {
  it('takes every name of the IANA database: canonical zones, links, Etc zones and single words', () => {
    for (const zone of ['America/New_York', 'UTC', 'Etc/GMT+9', 'EST', 'Asia/Kolkata', 'Asia/Calcutta', 'US/Eastern', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires']) {
      assert.deepEqual(check('CX0812', action(`'${zone}'`)), [], zone);
      assert.deepEqual(check('CX0812', target(zone)), [], zone);
    }
  });
  it('reports abbreviations, offsets, Windows names and misspelt zones, with the closest name as a quick fix', () => {
    for (const zone of ['PST', 'GMT+1', 'Eastern Standard Time', 'Paris', 'Europe/Paris+01:00', 'CET-Bad/Zone', 'Mars/Olympus']) {
      assert.equal(check('CX0812', action(`'${zone}'`)).length, 1, zone);
    }
    const [typo] = check('CX0812', action('Europe/Pariss'));
    assert.equal(typo.message, "TimeZone 'Europe/Pariss' of 'Evening' is not an IANA time zone name: did you mean Europe/Paris?");
    assert.equal(typo.severity, 'error');
    assert.match(applyEdits(action('Europe/Pariss'), typo.fixes![0].edits), /TimeZone: Europe\/Paris\n/);
    assert.equal(check('CX0812', action("'Pacific Time'"))[0].message, "TimeZone 'Pacific Time' of 'Evening' is not an IANA time zone name (such as Europe/London or America/New_York)");
  });
  it('warns, with the database spelling, of a name in other capitals', () => {
    const [found] = check('CX0812', action('europe/london'));
    assert.equal(found.severity, 'warning');
    assert.equal(found.message, "TimeZone 'europe/london' of 'Evening' is spelled Europe/London in the IANA time zone database");
  });
  it('reads each action of an Application Auto Scaling target, at its place in the list', () => {
    const found = check('CX0812', target('America/Sao_Paolo'));
    assert.deepEqual(found.map((finding) => [finding.path, finding.message]), [
      [['Resources', 'Target', 'Properties', 'ScheduledActions', 1, 'Timezone'], "Timezone 'America/Sao_Paolo' of 'Target' is not an IANA time zone name: did you mean America/Sao_Paulo?"],
    ]);
  });
  it('leaves values known only at deploy time alone', () => {
    assert.deepEqual(check('CX0812', action('!Ref Zone')), []);
  });
});

describe('IANA time zone names', () => {
  it('are the names of the tzdata this machine has, when it has one', (t) => {
    if (!existsSync(TZDATA)) return t.skip(`no tzdata at ${TZDATA}`);
    const { version, names } = namesIn(readFileSync(TZDATA, 'utf8'));
    // Another release may add or rename zones: the list is checked against the release it was made from.
    if (version !== TIME_ZONE_DATA_VERSION) return t.skip(`this machine has tzdata ${version}, the list ${TIME_ZONE_DATA_VERSION}: regenerate with node scripts/generate-time-zones.mjs`);
    assert.deepEqual(TIME_ZONE_NAMES, names);
  });
  it('hold every zone the JavaScript runtime knows', () => {
    const names = new Set(TIME_ZONE_NAMES);
    assert.deepEqual(Intl.supportedValuesOf('timeZone').filter((zone) => !names.has(zone)), []);
  });
});
