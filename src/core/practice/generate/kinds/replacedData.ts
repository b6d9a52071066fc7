/** What a replacing update does with the old resource and its data (UpdateReplacePolicy, default Delete). */
import { valueOf } from '../../../model';
import { literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { customNameProperty, replacementTopics, updateBehaviour } from '../support/updateBehaviour';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';
import { isClusterMember } from './stackDeleteData';

const REPLACE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html';
/** Data stores, and whether their type accepts `Snapshot`. */
const DATA_TYPES: Readonly<Record<string, boolean>> = {
  'AWS::RDS::DBInstance': true,
  'AWS::RDS::DBCluster': true,
  'AWS::EC2::Volume': true,
  'AWS::DynamoDB::Table': false,
};

type Outcome = 'delete' | 'retain' | 'snapshot';

export const replacedData: QuestionKind = {
  kind: 'update-replace-data',
  title: 'What a replacing update does with the old data store',
  topics: ['T20', 'T28'],
  domain: 'D2',
  needs: ['schema'],
  generate(context) {
    return context.checks
      .resources(...Object.keys(DATA_TYPES))
      .map((resource) => questionFor(context, resource))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, resource: ResourceDeclaration): TemplateQuestion | undefined {
  // An Aurora instance's data is the cluster's: replacing the instance does not touch it.
  if (isClusterMember(resource)) return undefined;
  const outcome = replaceOutcome(resource);
  const replacing = updateBehaviour(context.schema, resource)?.replacing.filter((candidate) => candidate.set) ?? [];
  // With a custom name, only a change of the name itself can replace the resource (any other replacement fails).
  const name = customNameProperty(resource);
  const property = name ? replacing.find((candidate) => candidate.name === name) : replacing[0];
  if (!outcome || !property) return undefined;
  const options = optionsFor(resource, outcome);
  const deletion = literalString(valueOf(resource.body, 'DeletionPolicy'));
  return buildQuestion(replacedData, context, {
    subject: resource.logicalId,
    path: resourcePath(resource),
    stem:
      `The next stack update changes \`${property.name}\` of ${resourceLabel(resource)} in \`${context.fileName}\`, ` +
      `a change that requires replacement${deletion ? ` (the resource has \`DeletionPolicy: ${deletion}\`)` : ''}. ` +
      'What happens to the existing resource and its data?',
    right: [options[outcome]],
    wrong: [options.delete, options.retain, options.snapshot, options.inPlace].filter((option) => option !== options[outcome]),
    notes: ['update-replace-policy', ...(outcome === 'snapshot' ? ['update-replace-policy-snapshot'] : [])],
    url: REPLACE_PAGE,
    topics: replacementTopics(resource.type),
  });
}

function replaceOutcome(resource: ResourceDeclaration): Outcome | undefined {
  const node = valueOf(resource.body, 'UpdateReplacePolicy');
  if (node === undefined) return 'delete';
  const written = literalString(node);
  if (written === 'Delete') return 'delete';
  if (written === 'Retain') return 'retain';
  return written === 'Snapshot' && DATA_TYPES[resource.type!] ? 'snapshot' : undefined;
}

function optionsFor(resource: ResourceDeclaration, outcome: Outcome): Record<Outcome | 'inPlace', OptionDraft> {
  const written = literalString(valueOf(resource.body, 'UpdateReplacePolicy'));
  const has = written === undefined ? 'The resource has no `UpdateReplacePolicy`, so `Delete` applies' : `The resource has \`UpdateReplacePolicy: ${written}\``;
  const deletionNote = valueOf(resource.body, 'DeletionPolicy') !== undefined ? ' `DeletionPolicy` plays no part in a replacement.' : '';
  const snapshotWhy = DATA_TYPES[resource.type!]
    ? `That is what \`UpdateReplacePolicy: Snapshot\` does. ${has}.${deletionNote}`
    : `${resource.type} has no snapshots that CloudFormation can take: \`Snapshot\` is not accepted for it.`;
  return {
    delete: { text: 'CloudFormation creates the new resource, then deletes the old one and its data', why: `${has}.${outcome === 'delete' ? deletionNote : ''}` },
    retain: { text: 'CloudFormation creates the new resource and leaves the old one, with its data, in the account outside the stack', why: `That is what \`UpdateReplacePolicy: Retain\` does. ${has}.` },
    snapshot: { text: 'CloudFormation creates the new resource, snapshots the old one, then deletes it', why: snapshotWhy },
    inPlace: { text: 'CloudFormation updates the existing resource in place, so the data stays where it is', why: 'A property whose update requires replacement cannot change on the existing resource: CloudFormation builds a new one, which starts without the old data.' },
  };
}
