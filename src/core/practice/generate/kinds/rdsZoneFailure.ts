/** What happens to this DB instance when its Availability Zone fails (MultiAZ). */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { knownBoolean, knownString, resourceLabel, resourcePath, settingText } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const MULTI_AZ_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html';

export const rdsZoneFailure: QuestionKind = {
  kind: 'rds-zone-failure',
  title: 'What happens to a DB instance when its Availability Zone fails',
  topics: ['T20'],
  domain: 'D3',
  needs: [],
  generate(context) {
    return context.checks
      .resources('AWS::RDS::DBInstance')
      .map((instance) => questionFor(context, instance))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, instance: ResourceDeclaration): TemplateQuestion | undefined {
  // Aurora and cluster instances are placed by their cluster; replicas are another question.
  const engine = knownString(context.checks, valueOf(instance.properties, 'Engine'))?.value;
  if (engine === undefined || engine.startsWith('aurora') || ['DBClusterIdentifier', 'SourceDBInstanceIdentifier'].some((name) => valueOf(instance.properties, name) !== undefined)) {
    return undefined;
  }
  const node = valueOf(instance.properties, 'MultiAZ');
  const known = node === undefined ? { value: false } : knownBoolean(context.checks, node);
  if (known === undefined) return undefined;
  const multiAz = known.value;
  const written = node === undefined ? 'The instance does not set `MultiAZ`, so it is a Single-AZ deployment.' : `The instance has ${settingText('MultiAZ', known)}.`;
  const options: Record<'failover' | 'outage' | 'replica' | 'recreate', OptionDraft> = {
    failover: { text: 'RDS fails over to the standby in another Availability Zone; the endpoint name stays the same', why: written },
    outage: { text: 'The database is unavailable until the zone recovers or someone restores it elsewhere from a backup', why: written },
    replica: { text: 'RDS promotes a read replica to be the new primary automatically', why: 'RDS never promotes a read replica by itself; promotion is a manual (or scripted) step.' },
    recreate: { text: 'CloudFormation recreates the instance in another zone from its latest snapshot', why: 'CloudFormation does not react to failures after the stack operation: nothing in the stack changes.' },
  };
  const right = multiAz ? options.failover : options.outage;
  return buildQuestion(rdsZoneFailure, context, {
    subject: instance.logicalId,
    path: resourcePath(instance),
    stem: `The Availability Zone that hosts the primary of ${resourceLabel(instance)} in \`${context.fileName}\` fails. What happens to the database?`,
    right: [right],
    wrong: Object.values(options).filter((option) => option !== right),
    notes: ['rds-multi-az'],
    url: MULTI_AZ_PAGE,
  });
}
