import type { Finding } from '../../findings';
import { nodeAt } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { attributeOf, examFinding, literalBoolean, resourcesOfType } from './values';

/** CX1004: updates wait for instance signals, stack creation does not. */
export const asgWaitWithoutCreationPolicyRule: Rule = {
  id: 'CX1004',
  description: 'WaitOnResourceSignals without a CreationPolicy',
  onlyWith: ['AWS::AutoScaling::AutoScalingGroup'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const group of resourcesOfType(template.root, 'AWS::AutoScaling::AutoScalingGroup')) {
      const wait = nodeAt(attributeOf(group, 'UpdatePolicy'), ['AutoScalingRollingUpdate', 'WaitOnResourceSignals']);
      if (!wait || literalBoolean(wait) !== true || attributeOf(group, 'CreationPolicy')) continue;
      findings.push(
        examFinding({
          ruleId: 'CX1004',
          severity: 'info',
          message:
            `Rolling updates of '${group.logicalId}' wait for cfn-signal, but it has no CreationPolicy: when the stack is ` +
            'created, CloudFormation does not wait for the first instances to signal that they are configured',
          span: wait.span,
          path: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingRollingUpdate', 'WaitOnResourceSignals'],
          explanation: {
            text:
              'WaitOnResourceSignals applies to stack updates only; stack creation waits for signals only when the group has a ' +
              'CreationPolicy with ResourceSignal (Count and Timeout, optionally AutoScalingCreationPolicy.MinSuccessfulInstancesPercent). ' +
              'The exam pairs the two: the same cfn-signal call then confirms both the first launch and every rolling update.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html',
            topics: ['T09'],
          },
        }),
      );
    }
    return findings;
  },
};
