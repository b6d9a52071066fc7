import { nodeAt } from '../model';
import { resourceDeclarations } from '../sections';
import type { Template } from '../template';

/** A resource a template must declare, with this key set, for a topic to count as practised. */
interface Requirement {
  type: string;
  /** Dotted keys in the resource, e.g. `Properties.AutoScalingGroups`. */
  path: string;
}

/**
 * Topics that are about a combination: notes on one part name them, but the template practises
 * them only with the other part there too. T10 is CodeDeploy deploying to an Auto Scaling group:
 * a group alone, even with the suspended processes its notes tag T10, is no T10 practice.
 */
const TOPIC_REQUIREMENTS: Readonly<Record<string, readonly Requirement[]>> = {
  T10: [{ type: 'AWS::CodeDeploy::DeploymentGroup', path: 'Properties.AutoScalingGroups' }],
};

/** Whether the template has what the topic needs (always, for a topic with no requirement). */
export function meetsTopicRequirements(template: Template, topic: string): boolean {
  const requirements = TOPIC_REQUIREMENTS[topic];
  if (!requirements) return true;
  const resources = resourceDeclarations(template.root);
  return requirements.every((requirement) =>
    resources.some((resource) => resource.type === requirement.type && nodeAt(resource.body, requirement.path.split('.')) !== undefined),
  );
}
