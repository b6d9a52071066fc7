import { valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { propertyHit, push } from './common';

const MOUNT_TARGET = 'AWS::EFS::MountTarget';
const MOUNT_TARGET_PAGE = 'https://docs.aws.amazon.com/efs/latest/ug/API_CreateMountTarget.html';

/** CX2220: two mount targets of one file system in the same subnet, hence the same Availability Zone. */
export const efsMountTargetsPerZone: CatalogueCheck = {
  id: 'CX2220',
  title: 'Two EFS mount targets of one file system in the same subnet',
  topics: ['T22'],
  severity: 'error',
  url: MOUNT_TARGET_PAGE,
  rejection: { quote: 'You can create one mount target in each Availability Zone in your VPC.', url: MOUNT_TARGET_PAGE },
  explanation: {
    what:
      'Instances reach an EFS file system through a mount target, a network interface in one subnet. A file system takes one ' +
      'mount target per Availability Zone, so a second one in the same subnet (the same zone) is refused.',
    exam:
      'a Regional file system that survives the loss of a zone has a mount target in each zone the instances run in, each ' +
      'instance mounting the one in its own zone; AWS Backup (or EFS replication to another Region) covers disaster recovery.',
    scenario: 'give the web instances in three Availability Zones a shared file system that survives a zone outage',
  },
  resourceTypes: [MOUNT_TARGET],
  run(context) {
    const hits: CheckHit[] = [];
    const seen = new Map<string, string>();
    for (const target of context.resources(MOUNT_TARGET)) {
      if (valueOf(target.body, 'Condition') !== undefined) continue;
      const fileSystem = nameOf(valueOf(target.properties, 'FileSystemId'));
      const subnet = nameOf(valueOf(target.properties, 'SubnetId'));
      if (fileSystem === undefined || subnet === undefined) continue;
      const key = `${fileSystem}\u0000${subnet}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, target.logicalId);
        continue;
      }
      push(
        hits,
        propertyHit(
          target,
          ['SubnetId'],
          `Mount target '${target.logicalId}' is in the same subnet as '${first}', for the same file system: a file system takes one mount target per Availability Zone`,
        ),
      );
    }
    return hits;
  },
};

/** A literal id, or `Ref X` of a resource or parameter; undefined for anything computed. */
function nameOf(node: TemplateNode | undefined): string | undefined {
  const literal = literalString(node);
  if (literal !== undefined) return literal;
  const name = literalString(valueOf(node, 'Ref'));
  return name !== undefined ? `Ref ${name}` : undefined;
}
