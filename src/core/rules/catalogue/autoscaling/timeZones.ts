/** CX0812: the time zone of a scheduled scaling action, which must be a name of the IANA time zone database. */
import { isMap, isSeq, isString, valueOf, type MapNode, type ScalarNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { closestName } from '../../../schema/suggest';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { TIME_ZONE_NAMES } from '../support/timeZoneNames';
import { propertyPath } from './groups';

const ACTION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-scheduledaction.html';

/** Where scheduled scaling actions name their time zone: on the action itself, or on each action a list holds. */
const PLACES: readonly { type: string; list?: string; key: string }[] = [
  { type: 'AWS::AutoScaling::ScheduledAction', key: 'TimeZone' },
  { type: 'AWS::ApplicationAutoScaling::ScalableTarget', list: 'ScheduledActions', key: 'Timezone' },
];

type WrittenZone = ScalarNode & { value: string };

const NAMES: ReadonlySet<string> = new Set(TIME_ZONE_NAMES);
const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(TIME_ZONE_NAMES.map((name) => [name.toLowerCase(), name]));

export const scheduledActionTimeZone: CatalogueCheck = {
  id: 'CX0812',
  title: 'Scheduled action time zone is not an IANA time zone name',
  topics: ['T08', 'T12'],
  severity: 'error',
  url: ACTION_PAGE,
  rejection: {
    quote: 'Valid values are the canonical names of the IANA time zones, derived from the IANA Time Zone Database (such as Etc/GMT+9 or Pacific/Tahiti).',
    url: ACTION_PAGE,
  },
  explanation: {
    what:
      'The time zone of a scheduled action (TimeZone of an EC2 Auto Scaling scheduled action, Timezone of an Application Auto Scaling one) ' +
      'takes a name from the IANA time zone database such as Europe/London or America/New_York; abbreviations (PST, CEST), ' +
      'offsets (UTC+1) and Windows names are rejected. An IANA zone also follows daylight saving time, which a fixed offset cannot.',
    exam: 'recurrences run in UTC unless the time zone names a zone, so "18:00 local time" needs the time zone as well as the cron hour.',
    scenario: 'scale out every day at 18:00 local time, also after the clocks change',
  },
  resourceTypes: PLACES.map((place) => place.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const place of PLACES) {
      for (const resource of context.resources(place.type)) {
        for (const { zone, path } of zonesOf(resource, place)) {
          const hit = zoneHit(context, resource, zone, path);
          if (hit) hits.push(hit);
        }
      }
    }
    return hits;
  },
};

/** The literal time zones of a resource at a place, with their paths. */
function zonesOf(resource: ResourceDeclaration, place: (typeof PLACES)[number]): { zone: WrittenZone; path: (string | number)[] }[] {
  const zoneIn = (map: MapNode | undefined, ...at: (string | number)[]) => {
    const zone = valueOf(map, place.key);
    return isString(zone) ? [{ zone, path: propertyPath(resource, ...at, place.key) }] : [];
  };
  if (!place.list) return zoneIn(resource.properties);
  const list = valueOf(resource.properties, place.list);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item, index) => (isMap(item) ? zoneIn(item, place.list!, index) : []));
}

/**
 * A name the database lacks is an error, with the closest name as a quick fix; one it has in other capitals a warning
 * (the database spells each name one way; whether the service matches it regardless, no page says).
 */
function zoneHit(context: CheckContext, resource: ResourceDeclaration, zone: WrittenZone, path: (string | number)[]): CheckHit | undefined {
  const name = zone.value;
  if (NAMES.has(name)) return undefined;
  const spelled = BY_LOWER_CASE.get(name.toLowerCase());
  const closest = spelled ?? meantZone(name.trim());
  const fixes = closest ? [{ title: `Change to ${closest}`, edits: [replaceScalar(context.template, zone, closest)], preferred: true }] : undefined;
  const key = path[path.length - 1];
  if (spelled) {
    return { message: `${key} '${name}' of '${resource.logicalId}' is spelled ${spelled} in the IANA time zone database`, span: zone.span, path, fixes, severity: 'warning' };
  }
  const hint = closest ? `: did you mean ${closest}?` : ' (such as Europe/London or America/New_York)';
  return { message: `${key} '${name}' of '${resource.logicalId}' is not an IANA time zone name${hint}`, span: zone.span, path, ...(fixes ? { fixes } : {}) };
}

/**
 * The zone a wrong name most likely meant: a city written alone or with spaces (Paris, New York) names the zone it ends, a
 * misspelt zone (Europe/Pariss) the closest one of its area. Abbreviations (PST) and offsets (GMT+15) get no guess:
 * the closest spelling of those is another zone.
 */
function meantZone(name: string): string | undefined {
  if (/\d/.test(name)) return undefined;
  const slash = name.indexOf('/');
  if (slash < 0) return BY_CITY.get(name.replaceAll(' ', '_').toLowerCase());
  const area = name.slice(0, slash + 1).toLowerCase();
  return closestName(name, TIME_ZONE_NAMES.filter((zone) => zone.toLowerCase().startsWith(area)));
}

/** Zones by their city (the last part of the name), lower case, where only one zone ends in it. */
const BY_CITY: ReadonlyMap<string, string> = (() => {
  const cities = new Map<string, string | undefined>();
  for (const zone of TIME_ZONE_NAMES) {
    if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
    const city = zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
    cities.set(city, cities.has(city) ? undefined : zone);
  }
  return new Map([...cities].filter((entry): entry is [string, string] => entry[1] !== undefined));
})();
