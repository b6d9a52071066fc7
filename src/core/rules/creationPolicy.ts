import { entryOf } from '../model';
import { checkShape, type Shape } from './support/attributeShape';
import { resourceRule, type Rule } from './rule';

const RESOURCE_SIGNAL: Shape = { Count: 'integer', Timeout: 'string' };

/** The resource types CloudFormation reads a CreationPolicy from, and what each may say. */
export const CREATION_POLICIES: Readonly<Record<string, Shape>> = {
  'AWS::AutoScaling::AutoScalingGroup': {
    AutoScalingCreationPolicy: { MinSuccessfulInstancesPercent: { range: [0, 100] } },
    ResourceSignal: RESOURCE_SIGNAL,
  },
  'AWS::EC2::Instance': { ResourceSignal: RESOURCE_SIGNAL },
  'AWS::CloudFormation::WaitCondition': { ResourceSignal: RESOURCE_SIGNAL },
  'AWS::AppStream::Fleet': { StartFleet: 'boolean' },
};

export const creationPolicyRule: Rule = resourceRule({
  id: 'E3055',
  needsText: ['CreationPolicy'],
  description: 'CreationPolicy must suit the resource type',
  check(resource) {
    const entry = entryOf(resource.body, 'CreationPolicy');
    const shape = resource.type ? CREATION_POLICIES[resource.type] : undefined;
    if (!entry || !shape) return [];
    const path = ['Resources', resource.logicalId, 'CreationPolicy'];
    return checkShape({ ruleId: 'E3055', label: `CreationPolicy of ${resource.type}` }, entry.value, shape, path, entry.key.span);
  },
});
