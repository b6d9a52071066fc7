/** T07: EBS volumes an instance, launch template or template's volume declares with Encrypted false. */
import { entryOf, isMap, isScalar, isSeq, nodeAt, type NodePath, type TemplateNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalBoolean } from '../support/values';

/** Where each resource type lists its block device mappings (empty for a volume: its Properties hold Encrypted). */
const HOLDERS: readonly { type: string; mappings?: NodePath }[] = [
  { type: 'AWS::EC2::Volume' },
  { type: 'AWS::EC2::Instance', mappings: ['BlockDeviceMappings'] },
  { type: 'AWS::EC2::LaunchTemplate', mappings: ['LaunchTemplateData', 'BlockDeviceMappings'] },
  { type: 'AWS::AutoScaling::LaunchConfiguration', mappings: ['BlockDeviceMappings'] },
];

/** CX0726: Encrypted false asks for an unencrypted volume, which the account gets unless it encrypts EBS by default. */
export const ebsNotEncrypted: CatalogueCheck = {
  id: 'CX0726',
  title: 'EBS volume declared unencrypted (Encrypted false)',
  topics: ['T07', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  explanation: {
    what:
      'Encrypted false creates the volume, and the snapshots taken of it, without encryption at rest, unless the account has ' +
      'turned on EBS encryption by default in the Region (then every new volume is encrypted whatever the template says). An ' +
      'existing volume cannot be encrypted in place: snapshot it and create an encrypted volume from the snapshot (or from an encrypted copy of it).',
    exam:
      '"every new EBS volume must be encrypted" is EBS encryption by default for each account and Region (with a customer managed ' +
      'KMS key if the key must be controlled), checked by the AWS Config rule encrypted-volumes; an SCP can deny ec2:CreateVolume without encryption.',
    scenario: 'a compliance audit finds unencrypted volumes on instances launched from the stack',
    trap: 'encryption by default applies only to volumes created after it is turned on: existing volumes stay as they are.',
  },
  resourceTypes: HOLDERS.map((holder) => holder.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, mappings } of HOLDERS) {
      for (const resource of context.resources(type)) {
        const base: NodePath = ['Resources', resource.logicalId, 'Properties'];
        const places: EbsPlace[] = mappings
          ? ebsOfMappings(nodeAt(resource.properties, mappings), [...base, ...mappings])
          : [{ ebs: resource.properties, path: base }];
        for (const { ebs, path } of places) {
          const entry = isMap(ebs) ? entryOf(ebs, 'Encrypted') : undefined;
          if (!entry || literalBoolean(entry.value) !== false) continue;
          hits.push({
            message: `'${resource.logicalId}' declares an EBS volume with Encrypted false: its data and snapshots are unencrypted at rest unless the account encrypts EBS by default or the volume comes from an encrypted snapshot`,
            span: entry.value.span,
            path: [...path, 'Encrypted'],
            ...(isScalar(entry.value) ? { fixes: [{ title: 'Encrypt the volume (Encrypted: true)', edits: [replaceScalar(context.template, entry.value, true)], preferred: true }] } : {}),
          });
        }
      }
    }
    return hits;
  },
};

interface EbsPlace {
  ebs: TemplateNode | undefined;
  path: NodePath;
}

/** The Ebs map of each block device mapping written as a list. */
function ebsOfMappings(list: TemplateNode | undefined, path: NodePath): EbsPlace[] {
  if (!isSeq(list)) return [];
  return list.items.flatMap((item, index) => (isMap(item) ? [{ ebs: entryOf(item, 'Ebs')?.value, path: [...path, index, 'Ebs'] }] : []));
}
