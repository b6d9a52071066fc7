import type { Finding, Fix } from '../../findings';
import { entryOf, isScalar, valueOf } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry, replaceScalar } from './edits';
import { isStandaloneInstance } from './rdsHelpers';
import { examFinding, literalBoolean, literalString, resourcesOfType } from './values';

/** CX4002: a standalone DB instance in a single Availability Zone. */
export const rdsMultiAzRule: Rule = {
  id: 'CX4002',
  description: 'RDS DB instance without Multi-AZ',
  onlyWith: ['AWS::RDS::DBInstance'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const database of resourcesOfType(template.root, 'AWS::RDS::DBInstance')) {
      if (!database.properties || !isStandaloneInstance(database)) continue;
      // SQL Server Express and Web editions cannot be Multi-AZ: nothing to suggest there.
      if (/^sqlserver-(ex|web)$/.test(literalString(valueOf(database.properties, 'Engine')) ?? '')) continue;
      const multiAz = entryOf(database.properties, 'MultiAZ');
      if (multiAz && literalBoolean(multiAz.value) !== false) continue;
      findings.push(
        examFinding({
          ruleId: 'CX4002',
          severity: 'info',
          message:
            `DB instance '${database.logicalId}' is not Multi-AZ: if its Availability Zone or host fails, the database is ` +
            'unavailable until it is recovered, with no standby to fail over to',
          span: multiAz ? multiAz.value.span : database.key.span,
          path: ['Resources', database.logicalId, 'Properties', 'MultiAZ'],
          explanation: {
            text:
              'MultiAZ: true keeps a synchronously replicated standby in another Availability Zone; on an instance, storage or AZ ' +
              'failure (and during some maintenance) RDS fails over to it automatically and the endpoint name stays the same. ' +
              'The standby serves no reads: read scaling is what read replicas are for, and a replica in another region is the ' +
              'cross-region DR answer. Aurora instances get their availability from the cluster instead.',
            url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
            topics: ['T20'],
          },
          fixes: multiAzFix(template, database),
        }),
      );
    }
    return findings;
  },
};

function multiAzFix(template: Template, database: ResourceDeclaration): Fix[] | undefined {
  const current = entryOf(database.properties, 'MultiAZ')?.value;
  const edit = isScalar(current) ? replaceScalar(template, current, true) : insertEntry(template, database.properties!, 'MultiAZ', true);
  return edit ? [{ title: 'Make the instance Multi-AZ', edits: [edit], preferred: true }] : undefined;
}
