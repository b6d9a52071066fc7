import type { Finding } from '../../findings';
import { nodeAt } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { signalEvidence } from './userData';
import { attributeOf, examFinding, literalBoolean, resourcesOfType } from './values';

/** CX1002: a rolling update waits for signals that the instances never send. */
export const asgWaitWithoutSignalRule: Rule = {
  id: 'CX1002',
  description: 'WaitOnResourceSignals without cfn-signal in the user data',
  onlyWith: ['AWS::AutoScaling::AutoScalingGroup'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const group of resourcesOfType(template.root, 'AWS::AutoScaling::AutoScalingGroup')) {
      const wait = nodeAt(attributeOf(group, 'UpdatePolicy'), ['AutoScalingRollingUpdate', 'WaitOnResourceSignals']);
      if (!wait || literalBoolean(wait) !== true) continue;
      if (signalEvidence(template, group) !== 'never') continue;
      findings.push(
        examFinding({
          ruleId: 'CX1002',
          severity: 'warning',
          message:
            `WaitOnResourceSignals is true, but the user data of '${group.logicalId}' never calls cfn-signal: each rolling ` +
            'update waits PauseTime for signals that never come, then fails and rolls back',
          span: wait.span,
          path: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingRollingUpdate', 'WaitOnResourceSignals'],
          explanation: {
            text:
              'With WaitOnResourceSignals, CloudFormation suspends the rolling update after launching each batch and needs a ' +
              'success signal from every new instance (or MinSuccessfulInstancesPercent of them) within PauseTime. The instance ' +
              'sends it with cfn-signal (usually after cfn-init, passing its exit code) at the end of its user data. On the ' +
              'exam, "update only continues once the application is configured on the new instances" is this setting plus cfn-signal.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html',
            topics: ['T09'],
          },
        }),
      );
    }
    return findings;
  },
};
