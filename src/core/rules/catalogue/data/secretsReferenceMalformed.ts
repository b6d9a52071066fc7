import { resourceDeclarations } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { dynamicReferences, type DynamicReference } from './dynamicReferences';

/** CX2113: a secretsmanager dynamic reference whose segments are in the wrong places. */
export const secretsReferenceMalformed: CatalogueCheck = {
  id: 'CX2113',
  title: 'Malformed secretsmanager dynamic reference',
  topics: ['T21'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html',
  explanation: {
    what:
      'A Secrets Manager reference reads {{resolve:secretsmanager:secret-id:SecretString:json-key:version-stage:version-id}}: ' +
      'the segment after the secret id must be SecretString, and a version is chosen by stage or by id, not both. A ' +
      'reference that skips SecretString (secret-id:password) or names both versions does not resolve.',
    exam:
      'dynamic references keep secrets out of templates and parameters; leave version-stage and version-id out so each stack ' +
      'update reads the current (rotated) value.',
    scenario: 'pass the database password to the stack without anyone seeing it',
    trap: 'CloudFormation resolves the reference only when the resource is updated: after a rotation, update the resource to pick up the new value.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  readsEveryResource: true,
  needsText: ['{{resolve:'],
  run(context) {
    const hits: CheckHit[] = [];
    if (!context.mentions('{{resolve:')) return hits;
    for (const resource of resourceDeclarations(context.template.root)) {
      for (const reference of dynamicReferences(resource.properties, ['Resources', resource.logicalId, 'Properties'])) {
        const problem = reference.service === 'secretsmanager' ? problemOf(reference) : undefined;
        if (!problem) continue;
        hits.push({ message: `'${resource.logicalId}': ${problem}`, span: reference.node.span, path: reference.path });
      }
    }
    return hits;
  },
};

/** What is wrong with the reference's segments, if anything. */
function problemOf(reference: DynamicReference): string | undefined {
  // A placeholder of Fn::Sub may hold colons: the segments are not known.
  if (reference.key.includes('${')) return undefined;
  const segments = reference.key.split(':');
  const idLength = segments[0] === 'arn' ? 7 : 1;
  const [kind, , stage, version] = segments.slice(idLength);
  if (kind !== undefined && kind !== '' && kind !== 'SecretString') {
    return (
      `the reference {{resolve:secretsmanager:${reference.key}}} has '${kind}' where SecretString belongs; write ` +
      `secret-id:SecretString:${kind} to read a JSON key`
    );
  }
  if (stage && version) {
    return `the reference {{resolve:secretsmanager:${reference.key}}} names both a version stage and a version id; give one or neither`;
  }
  return undefined;
}
