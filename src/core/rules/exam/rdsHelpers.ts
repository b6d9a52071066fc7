/** Which RDS resources hold their own data. */
import { valueOf } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import { literalString } from './values';

/**
 * A DB cluster, or a DB instance that is neither an Aurora cluster member (its data lives in the
 * cluster) nor a read replica (its data is a copy of the source's).
 */
export function holdsOwnData(resource: ResourceDeclaration): boolean {
  if (resource.type === 'AWS::RDS::DBCluster') return true;
  return resource.type === 'AWS::RDS::DBInstance' && isStandaloneInstance(resource);
}

export function isStandaloneInstance(resource: ResourceDeclaration): boolean {
  const properties = resource.properties;
  if (valueOf(properties, 'DBClusterIdentifier') || valueOf(properties, 'SourceDBInstanceIdentifier')) return false;
  if (valueOf(properties, 'SourceDBClusterIdentifier')) return false;
  const engine = literalString(valueOf(properties, 'Engine'));
  return !engine?.toLowerCase().startsWith('aurora');
}
