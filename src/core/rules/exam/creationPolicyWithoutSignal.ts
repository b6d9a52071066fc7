import type { Finding } from '../../findings';
import { entryOf, isScalar, valueOf, type TemplateNode } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { signalEvidence } from './userData';
import { attributeOf, examFinding, resourcesOfType } from './values';

/** `Count: 0`: CloudFormation waits for no signal at all. */
function waitsForNoSignal(signal: TemplateNode): boolean {
  const count = valueOf(signal, 'Count');
  return isScalar(count) && count.value !== null && count.value !== '' && Number(count.value) === 0;
}

/** CX1003: creation waits for signals that the instances never send. */
export const creationPolicyWithoutSignalRule: Rule = {
  id: 'CX1003',
  description: 'CreationPolicy ResourceSignal without cfn-signal in the user data',
  onlyWith: ['AWS::AutoScaling::AutoScalingGroup', 'AWS::EC2::Instance'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const resource of resourcesOfType(template.root, 'AWS::AutoScaling::AutoScalingGroup', 'AWS::EC2::Instance')) {
      const policy = attributeOf(resource, 'CreationPolicy');
      const signal = valueOf(policy, 'ResourceSignal');
      if (!signal || waitsForNoSignal(signal) || signalEvidence(template, resource) !== 'never') continue;
      const policyEntry = entryOf(resource.body, 'CreationPolicy');
      findings.push(
        examFinding({
          ruleId: 'CX1003',
          severity: 'warning',
          message:
            `'${resource.logicalId}' has a CreationPolicy that waits for resource signals, but its user data never calls ` +
            'cfn-signal: creation waits for the whole Timeout, then fails and the stack rolls back',
          span: policyEntry ? policyEntry.key.span : resource.key.span,
          path: ['Resources', resource.logicalId, 'CreationPolicy'],
          explanation: {
            text:
              'A CreationPolicy with ResourceSignal keeps the resource in CREATE_IN_PROGRESS until it receives Count success ' +
              'signals (for a group: MinSuccessfulInstancesPercent of its instances) or the Timeout passes, in which case the ' +
              'creation fails. The signal comes from cfn-signal in the user data, typically `cfn-signal -e $? --stack ' +
              '${AWS::StackName} --resource <LogicalId> --region ${AWS::Region}` right after cfn-init.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html',
            topics: ['T09'],
          },
        }),
      );
    }
    return findings;
  },
};
