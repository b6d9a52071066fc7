import type { Finding } from '../findings';
import { resourceDeclarations } from '../sections';
import { checkShape, type Shape } from './support/attributeShape';
import type { Rule } from './rule';

const RESOURCE_SIGNAL: Shape = { Count: 'integer', Timeout: 'string' };

/** The resource types CloudFormation reads a CreationPolicy from, and what each may say. */
export const CREATION_POLICIES: Readonly<Record<string, Shape>> = {
  'AWS::AutoScaling::AutoScalingGroup': {
    AutoScalingCreationPolicy: { MinSuccessfulInstancesPercent: 'integer' },
    ResourceSignal: RESOURCE_SIGNAL,
  },
  'AWS::EC2::Instance': { ResourceSignal: RESOURCE_SIGNAL },
  'AWS::CloudFormation::WaitCondition': { ResourceSignal: RESOURCE_SIGNAL },
  'AWS::AppStream::Fleet': { StartFleet: 'boolean' },
};

export const creationPolicyRule: Rule = {
  id: 'E3055',
  description: 'CreationPolicy must suit the resource type',
  run(template) {
    const findings: Finding[] = [];
    for (const resource of resourceDeclarations(template.root)) {
      const entry = resource.body?.entries.find((candidate) => candidate.key.value === 'CreationPolicy');
      const shape = resource.type ? CREATION_POLICIES[resource.type] : undefined;
      if (!entry || !shape) continue;
      const path = ['Resources', resource.logicalId, 'CreationPolicy'];
      findings.push(...checkShape({ ruleId: 'E3055', label: `CreationPolicy of ${resource.type}` }, entry.value, shape, path, entry.key.span));
    }
    return findings;
  },
};
