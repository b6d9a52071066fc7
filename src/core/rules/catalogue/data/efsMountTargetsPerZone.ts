import { valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { propertyHit, push } from './common';
import { sameZoneOfSubnets } from '../support/zones';

const MOUNT_TARGET = 'AWS::EFS::MountTarget';
const MOUNT_TARGET_PAGE = 'https://docs.aws.amazon.com/efs/latest/ug/API_CreateMountTarget.html';

/** CX2220: two mount targets of one file system in the same subnet, or in subnets of the template declared in the same zone. */
export const efsMountTargetsPerZone: CatalogueCheck = {
  id: 'CX2220',
  title: 'Two EFS mount targets of one file system in the same subnet or Availability Zone',
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
    const seen = new Map<string, { logicalId: string; subnet: string }>();
    for (const target of context.resources(MOUNT_TARGET)) {
      if (valueOf(target.body, 'Condition') !== undefined) continue;
      const fileSystem = nameOf(valueOf(target.properties, 'FileSystemId'));
      const subnetNode = valueOf(target.properties, 'SubnetId');
      const subnet = nameOf(subnetNode);
      if (fileSystem === undefined || subnet === undefined) continue;
      const zone = subnetNode && sameZoneOfSubnets(context, [subnetNode]);
      const key = `${fileSystem}\u0000${zone !== undefined ? `zone ${zone}` : subnet}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { logicalId: target.logicalId, subnet });
        continue;
      }
      const where = first.subnet === subnet ? 'the same subnet' : `a subnet of the same Availability Zone (${zone})`;
      push(
        hits,
        propertyHit(
          target,
          ['SubnetId'],
          `Mount target '${target.logicalId}' is in ${where} as '${first.logicalId}', for the same file system: a file system takes one mount target per Availability Zone`,
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
