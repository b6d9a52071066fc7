import type { Finding } from '../../findings';
import { entryOf, valueOf } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry } from './edits';
import { routeRecords, type RecordDeclaration, ROUTE53_RECORD_TYPES } from './route53Records';
import { examFinding, literalBoolean } from './values';

/** The property that gives a record each routing policy other than simple. */
const ROUTING_PROPERTIES: Record<string, string> = {
  Weight: 'weighted',
  Failover: 'failover',
  Region: 'latency',
  GeoLocation: 'geolocation',
  GeoProximityLocation: 'geoproximity',
  CidrRoutingConfig: 'IP-based',
  MultiValueAnswer: 'multivalue answer',
};

/** CX3003: a record with a routing policy but no SetIdentifier. */
export const route53SetIdentifierRule: Rule = {
  id: 'CX3003',
  description: 'Route 53 record with a routing policy but no SetIdentifier',
  onlyWith: ROUTE53_RECORD_TYPES,
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const declared of routeRecords(template)) {
      if (valueOf(declared.record, 'SetIdentifier')) continue;
      const routing = routingPropertyOf(declared);
      if (!routing) continue;
      const entry = entryOf(declared.record, routing)!;
      const edit = insertEntry(template, declared.record, 'SetIdentifier', setIdentifierFor(declared), routing);
      findings.push(
        examFinding({
          ruleId: 'CX3003',
          severity: 'warning',
          message:
            `Record '${declared.label}' uses ${ROUTING_PROPERTIES[routing]} routing (${routing}) but has no SetIdentifier: ` +
            'the records of a routing policy other than simple share a name and type and are told apart by their SetIdentifier, so give each one',
          span: entry.key.span,
          path: [...declared.path, 'SetIdentifier'],
          explanation: {
            text:
              'Weighted, latency, failover, geolocation, geoproximity, IP-based and multivalue records come in groups that share ' +
              'a name and type; SetIdentifier is what tells the records of a group apart, and the Route 53 API describes it for ' +
              'every record that has a routing policy other than simple. Exam scenarios: weighted records to send a share of traffic to a new region, latency records to send users ' +
              'to the closest region, failover records for disaster recovery.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordset.html',
            topics: ['T25', 'T26'],
          },
          fixes: edit ? [{ title: 'Add a SetIdentifier', edits: [edit], preferred: true }] : undefined,
        }),
      );
    }
    return findings;
  },
};

function routingPropertyOf(declared: RecordDeclaration): string | undefined {
  return Object.keys(ROUTING_PROPERTIES).find((name) => {
    const value = valueOf(declared.record, name);
    return name === 'MultiValueAnswer' ? literalBoolean(value) === true : value !== undefined;
  });
}

function setIdentifierFor(declared: RecordDeclaration): string {
  return declared.index === undefined ? declared.logicalId : `${declared.logicalId}-${declared.index + 1}`;
}
