import { finding, type Finding } from '../findings';
import { isSeq, valueOf, type NodePath, type TemplateNode } from '../model';
import { reachableBranches } from '../conditions';
import { alternativesOf, type AlternativeScope } from '../schema/constraints/alternatives';
import { resourceDeclarations } from '../sections';
import { ROUTE53_RECORD_TYPES } from './exam/route53Records';
import type { Rule } from './rule';
import { isIpv4Address, isIpv6Address } from './support/addresses';

/**
 * E3023: record values Route 53 rejects for the record's type (the formats of its "Supported DNS
 * record types" page): an A record holds IPv4 addresses, AAAA IPv6 addresses, a CNAME one value,
 * TXT and SPF quoted strings of at most 255 characters each, MX "priority domain", CAA
 * "flags tag \"value\"". Values computed at deploy time are not judged.
 */
export const route53RecordValuesRule: Rule = {
  id: 'E3023',
  description: 'Route 53 record values must have the format of the record type',
  onlyWith: ROUTE53_RECORD_TYPES,
  run(template) {
    const findings: Finding[] = [];
    const scope: AlternativeScope = { parameter: () => undefined, reachable: reachableBranches(template.root) };
    for (const { record, path } of recordSets(template.root)) {
      const type = valueOf(record, 'Type');
      const records = valueOf(record, 'ResourceRecords');
      if (type?.kind !== 'scalar' || typeof type.value !== 'string' || !isSeq(records)) continue;
      const check = CHECKS[type.value];
      if (!check) continue;
      if (type.value === 'CNAME' && records.items.length > 1) {
        findings.push(finding('E3023', 'error', 'A CNAME record has exactly one value; Route 53 rejects a CNAME record set with more', records.items[1].span, [...path, 'ResourceRecords', 1]));
      }
      records.items.forEach((item, index) => {
        for (const alternative of alternativesOf(item, [...path, 'ResourceRecords', index], scope)) {
          if (alternative.kind !== 'scalar' || alternative.value === null) continue;
          const problem = check(String(alternative.value));
          if (problem) findings.push(finding('E3023', 'error', `'${String(alternative.value)}' is not a valid ${type.value} record value: ${problem}`, alternative.node.span, alternative.path));
        }
      });
    }
    return findings;
  },
};

/** A problem in words, or undefined when the value is fine. */
type ValueCheck = (value: string) => string | undefined;

const DOMAIN = /^[A-Za-z0-9!"#$%&'()*+,\-/:;<=>?@[\\\]^_`{|}~.]+$/;

const CHECKS: Readonly<Record<string, ValueCheck>> = {
  A: (value) => (isIpv4Address(value) ? undefined : 'an A record holds an IPv4 address such as 192.0.2.235'),
  AAAA: (value) => (isIpv6Address(value) ? undefined : 'an AAAA record holds an IPv6 address such as 2001:0db8:85a3::8a2e:0370:7334'),
  CNAME: (value) => (DOMAIN.test(value) ? undefined : 'a CNAME record holds one domain name'),
  TXT: quotedStrings,
  SPF: quotedStrings,
  MX: (value) => {
    const match = /^(\d+)\s+(\S+)$/.exec(value);
    if (!match || Number(match[1]) > 65535) return 'an MX record holds a priority from 0 to 65535 and a domain name, such as "10 mail.example.com"';
    return undefined;
  },
  CAA: (value) => {
    const match = /^(\d+)\s+([A-Za-z0-9]+)\s+"(.*)"$/.exec(value);
    if (!match || Number(match[1]) > 255) return 'a CAA record holds flags (0 to 255), a tag and a quoted value, such as 0 issue "amazon.com"';
    return undefined;
  },
};

/** One or more strings in double quotes (a backslash escapes a character), each of 1 to 255 characters. */
function quotedStrings(value: string): string | undefined {
  const strings = /^(\s*"((?:[^"\\]|\\.)*)")+\s*$/.test(value) ? [...value.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]) : undefined;
  if (!strings) return 'each string must be enclosed in double quotation marks';
  if (strings.some((text) => text.replace(/\\./g, 'x').length > 255)) return 'a string can be at most 255 characters; split longer text into several quoted strings';
  return undefined;
}

/** Record sets: AWS::Route53::RecordSet properties, and each entry of a RecordSetGroup's RecordSets. */
function recordSets(root: TemplateNode | undefined): { record: TemplateNode; path: NodePath }[] {
  const found: { record: TemplateNode; path: NodePath }[] = [];
  for (const resource of resourceDeclarations(root)) {
    if (!resource.properties) continue;
    const path = ['Resources', resource.logicalId, 'Properties'];
    if (resource.type === 'AWS::Route53::RecordSet') found.push({ record: resource.properties, path });
    if (resource.type !== 'AWS::Route53::RecordSetGroup') continue;
    const group = valueOf(resource.properties, 'RecordSets');
    if (isSeq(group)) group.items.forEach((record, index) => found.push({ record, path: [...path, 'RecordSets', index] }));
  }
  return found;
}
