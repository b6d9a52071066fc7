/** Problems every stack update of a group shares, whatever replaces its instances. */
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt, literalBoolean } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import type { SimulationProblem } from '../types';
import { scheduledActionsOf } from './group';

export function sharedUpdateProblems(context: CheckContext, group: ResourceDeclaration): SimulationProblem[] {
  const problems: SimulationProblem[] = [];
  const ignore = literalBoolean(attributeAt(group, 'UpdatePolicy', 'AutoScalingScheduledAction', 'IgnoreUnmodifiedGroupSizeProperties'));
  if (scheduledActionsOf(context, group).length > 0 && ignore !== true) {
    problems.push({
      code: 'size-reset-by-update',
      message:
        'The group has scheduled actions but no AutoScalingScheduledAction IgnoreUnmodifiedGroupSizeProperties: every stack update ' +
        "sets MinSize, MaxSize and DesiredCapacity back to the template's values, undoing the scheduled action in effect",
      rules: ['CX0814'],
    });
  }
  const rolling = attributeAt(group, 'UpdatePolicy', 'AutoScalingRollingUpdate');
  if (rolling !== undefined && attributeAt(group, 'UpdatePolicy', 'AutoScalingInstanceRefresh') !== undefined) {
    problems.push({
      code: 'refresh-beside-rolling',
      message: 'AutoScalingInstanceRefresh and AutoScalingRollingUpdate cannot both be set on one group: the stack update fails',
      rules: [],
    });
  }
  return problems;
}
