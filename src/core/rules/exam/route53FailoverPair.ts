import type { Finding } from '../../findings';
import { entryOf, toPlain, valueOf } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { isLiteralName, nameAndType, routeRecords, type RecordDeclaration, ROUTE53_RECORD_TYPES } from './route53Records';
import { examFinding, literalString } from './values';

/** CX3002: a failover PRIMARY with no SECONDARY to fail over to. */
export const route53FailoverPairRule: Rule = {
  id: 'CX3002',
  description: 'Route 53 failover PRIMARY record without a matching SECONDARY',
  onlyWith: ROUTE53_RECORD_TYPES,
  run(template: Template): Finding[] {
    const records = routeRecords(template);
    const candidates = records.filter((declared) => {
      const failover = valueOf(declared.record, 'Failover');
      return failover !== undefined && literalString(failover) !== 'PRIMARY';
    });
    const findings: Finding[] = [];
    for (const primary of records) {
      if (literalString(valueOf(primary.record, 'Failover')) !== 'PRIMARY') continue;
      if (candidates.some((secondary) => couldPair(primary, secondary))) continue;
      // Two PRIMARY records of one name and type: the pair is here, one has the wrong value (CX2519 says so).
      if (records.some((other) => other !== primary && literalString(valueOf(other.record, 'Failover')) === 'PRIMARY' && sameNameAndType(primary, other))) continue;
      const failover = entryOf(primary.record, 'Failover');
      findings.push(
        examFinding({
          ruleId: 'CX3002',
          severity: 'info',
          message:
            `Failover PRIMARY record '${primary.label}' has no SECONDARY record with the same Name and Type in this template: ` +
            'unless another stack creates one, there is nothing to fail over to',
          span: failover ? failover.value.span : primary.anchor,
          path: [...primary.path, 'Failover'],
          explanation: {
            text:
              'Failover routing is a pair of records with the same name and type: Failover PRIMARY (with a health check) and ' +
              'Failover SECONDARY, each with its own SetIdentifier. When the primary is unhealthy Route 53 answers with the ' +
              'secondary; a primary alone simply keeps being returned. In multi-region designs the secondary often lives in ' +
              'the stack of the standby region.',
            url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-failover.html',
            topics: ['T26'],
          },
        }),
      );
    }
    return findings;
  },
};

/** Same name and type, or names/types that are computed and so might be the same. */
function couldPair(primary: RecordDeclaration, secondary: RecordDeclaration): boolean {
  if (!isLiteralName(primary.record) || !isLiteralName(secondary.record)) {
    const primaryType = toPlain(valueOf(primary.record, 'Type'));
    const secondaryType = toPlain(valueOf(secondary.record, 'Type'));
    return typeof primaryType !== 'string' || typeof secondaryType !== 'string' || primaryType === secondaryType;
  }
  return nameAndType(primary.record) === nameAndType(secondary.record);
}

/** Same literal name and type. */
function sameNameAndType(a: RecordDeclaration, b: RecordDeclaration): boolean {
  return isLiteralName(a.record) && isLiteralName(b.record) && nameAndType(a.record) === nameAndType(b.record);
}
