/** T28: a StackSet rollout that reaches every account at once and never stops on failures. */
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber, literalString } from '../support/values';

const STACK_SET = 'AWS::CloudFormation::StackSet';
const PREFERENCES_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudformation-stackset-operationpreferences.html';

/** CX2820: MaxConcurrentPercentage 100 with FailureTolerancePercentage 100: a bad change lands everywhere. */
export const stackSetNoBlastRadius: CatalogueCheck = {
  id: 'CX2820',
  title: 'StackSet operation that deploys to every account at once and tolerates every failure',
  topics: ['T28'],
  severity: 'warning',
  url: PREFERENCES_PAGE,
  explanation: {
    what:
      'OperationPreferences limit how far a bad change spreads: MaxConcurrent… sets how many accounts are updated at once per ' +
      'Region, FailureTolerance… how many may fail before CloudFormation stops the operation in that Region (and does not start ' +
      'the next Regions). With both at 100 % every account is changed at once and no failure ever stops the rollout.',
    exam:
      '"reduce the blast radius of a bad change across 200 accounts": a small MaxConcurrentPercentage, a low FailureTolerance, ' +
      'Regions in SEQUENTIAL order with RegionOrder, so a failure in the first accounts stops the rest.',
    trap: 'PARALLEL Regions with a high failure tolerance is the fastest rollout and the one that cannot be stopped by its own failures.',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stackSet of context.resources(STACK_SET)) {
      const preferences = valueOf(stackSet.properties, 'OperationPreferences');
      const concurrent = literalNumber(valueOf(preferences, 'MaxConcurrentPercentage'));
      const tolerance = entryOf(preferences, 'FailureTolerancePercentage');
      if (concurrent !== 100 || !tolerance || literalNumber(tolerance.value) !== 100) continue;
      const parallel = literalString(valueOf(preferences, 'RegionConcurrencyType')) === 'PARALLEL';
      hits.push({
        message:
          `StackSet '${stackSet.logicalId}' changes every account at once (MaxConcurrentPercentage 100) and never stops on failures ` +
          `(FailureTolerancePercentage 100)${parallel ? ', in every Region in parallel' : ''}: a bad change reaches every account`,
        span: tolerance.key.span,
        path: ['Resources', stackSet.logicalId, 'Properties', 'OperationPreferences', 'FailureTolerancePercentage'],
      });
    }
    return hits;
  },
};
