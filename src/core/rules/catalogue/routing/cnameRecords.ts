/** T25: where a CNAME record may stand (not at the zone apex, not beside other records of its name). */
import { entryOf, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalString } from '../support/values';
import { literalKey } from './nodes';
import { coexist, recordGroups, type GroupedRecord } from './recordGroups';

const RECORD_TYPES_PAGE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html';

/** CX2514: a CNAME cannot be the zone apex, nor share its name with records of another type. */
export const route53CnameConflict: CatalogueCheck = {
  id: 'CX2514',
  title: 'CNAME record at the zone apex or beside other records of its name',
  topics: ['T25', 'T26'],
  severity: 'error',
  url: RECORD_TYPES_PAGE,
  rejection: {
    quote:
      'The DNS protocol does not allow you to create a CNAME record for the top node of a DNS namespace, also known as the zone apex. … ' +
      'In addition, if you create a CNAME record for a subdomain, you cannot create any other records for that subdomain.',
    url: RECORD_TYPES_PAGE,
  },
  explanation: {
    what:
      'A CNAME says "this name is another name", so DNS allows no other record beside it: not at the zone apex (which always ' +
      'has SOA and NS records) and not next to an A, MX or TXT record of the same name. Route 53 refuses the change and the ' +
      'stack fails.',
    exam:
      'at the apex (example.com) point to a load balancer, CloudFront or an S3 website with an alias A/AAAA record, which is ' +
      'free to query and follows the target\'s addresses; a CNAME is for subdomains pointing outside AWS.',
    scenario: 'point the root domain example.com at the Application Load Balancer',
    trap: 'an alias record is not a CNAME: it returns the target\'s A/AAAA answers, so it works at the apex.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    const all = recordGroups(context).flat();
    for (const record of all) {
      if (literalString(valueOf(record.record, 'Type'))?.toUpperCase() !== 'CNAME') continue;
      const typeEntry = entryOf(record.record, 'Type')!;
      const at = { span: typeEntry.value.span, path: [...record.path, 'Type'] };
      const apex = zoneName(context, record);
      if (apex !== undefined && literalKey(valueOf(record.record, 'Name')) === apex) {
        hits.push({ ...at, message: `CNAME record '${record.label}' is at the zone apex (${apex}): DNS does not allow a CNAME there; use an alias A record` });
        continue;
      }
      const other = all.find((candidate) => isOtherTypeOfSameName(record, candidate));
      if (other) {
        hits.push({
          ...at,
          message:
            `CNAME record '${record.label}' has the same name as ${literalString(valueOf(other.record, 'Type'))} record '${other.label}': ` +
            'no other record may share the name of a CNAME',
        });
      }
    }
    return hits;
  },
};

function isOtherTypeOfSameName(cname: GroupedRecord, candidate: GroupedRecord): boolean {
  if (candidate === cname || candidate.zone === undefined || candidate.zone !== cname.zone || candidate.name !== cname.name) return false;
  const type = literalString(valueOf(candidate.record, 'Type'));
  return type !== undefined && type.toUpperCase() !== 'CNAME' && coexist(cname, candidate);
}

/** The apex name of the record's hosted zone, when the template says it literally. */
function zoneName(context: CheckContext, record: GroupedRecord): string | undefined {
  const group = record.index === undefined ? undefined : context.resource(record.logicalId)?.properties;
  for (const holder of [record.record, group]) {
    const name = literalKey(valueOf(holder, 'HostedZoneName'));
    if (name !== undefined) return name;
    const id: TemplateNode | undefined = valueOf(holder, 'HostedZoneId');
    if (id === undefined) continue;
    const zone = context.referenced(id);
    return zone?.type === 'AWS::Route53::HostedZone' ? literalKey(valueOf(zone.properties, 'Name')) : undefined;
  }
  return undefined;
}
