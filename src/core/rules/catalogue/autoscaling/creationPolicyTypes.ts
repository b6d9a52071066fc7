/** T09: a CreationPolicy on a resource type CloudFormation never waits on. */
import { entryOf } from '../../../model';
import { resourceDeclarations } from '../../../sections';
import { CREATION_POLICIES } from '../../creationPolicy';
import type { CatalogueCheck, CheckHit } from '../types';

const CREATION_POLICY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html';
const SUPPORTED = Object.keys(CREATION_POLICIES);

/** CX0923: CreationPolicy on a type outside the four that take one. */
export const creationPolicyUnsupportedType: CatalogueCheck = {
  id: 'CX0923',
  title: 'CreationPolicy on a resource type CloudFormation does not wait on',
  topics: ['T09', 'T07'],
  severity: 'warning',
  url: CREATION_POLICY_PAGE,
  explanation: {
    what:
      'CloudFormation holds a resource in CREATE_IN_PROGRESS until it receives its signals only for an Auto Scaling group, an EC2 ' +
      'instance, a wait condition and an AppStream fleet. On any other type a CreationPolicy waits for nothing: the stack goes on ' +
      'before the software is ready, and a failed bootstrap never rolls it back.',
    exam:
      'to know that instances are configured before the stack completes, put the CreationPolicy (ResourceSignal Count and Timeout) ' +
      'on the Auto Scaling group or instance, and run cfn-signal with the exit code of cfn-init in the user data.',
    trap: 'a CreationPolicy on the launch template, the target group or a nested stack deploys without complaint and does nothing.',
  },
  resourceTypes: SUPPORTED,
  readsEveryResource: true,
  needsText: ['CreationPolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of resourceDeclarations(context.template.root)) {
      const entry = entryOf(resource.body, 'CreationPolicy');
      const type = resource.type;
      if (!entry || !type || SUPPORTED.includes(type) || type.startsWith('Custom::') || !type.startsWith('AWS::')) continue;
      hits.push({
        message: `CloudFormation does not wait on a CreationPolicy of ${type} ('${resource.logicalId}'): it takes one only on ${SUPPORTED.join(', ')}`,
        span: entry.key.span,
        path: ['Resources', resource.logicalId, 'CreationPolicy'],
      });
    }
    return hits;
  },
};
