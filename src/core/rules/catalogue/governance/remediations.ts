/** The parameters of the Config remediation configurations of a template, as the remediation checks read them. */
import { isMap, valueOf, type MapEntry } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../types';
import { intrinsicName } from '../support/values';

export const REMEDIATION = 'AWS::Config::RemediationConfiguration';

export interface RemediationParameter {
  remediation: ResourceDeclaration;
  /** The parameter's entry in Parameters, whose value is a map written out. */
  entry: MapEntry;
}

/** Each parameter written out as a map, of each remediation whose Parameters map is written out. */
export function remediationParameters(context: CheckContext): RemediationParameter[] {
  const found: RemediationParameter[] = [];
  for (const remediation of context.resources(REMEDIATION)) {
    const parameters = valueOf(remediation.properties, 'Parameters');
    if (!isMap(parameters) || intrinsicName(parameters) !== undefined) continue;
    for (const entry of parameters.entries) if (isMap(entry.value) && intrinsicName(entry.value) === undefined) found.push({ remediation, entry });
  }
  return found;
}
