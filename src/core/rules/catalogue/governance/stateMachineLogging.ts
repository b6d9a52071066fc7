/** T31/T33: a state machine that logs needs somewhere to log to. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { neverGiven, possibleValues } from '../support/values';

const LOGGING_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-loggingconfiguration.html';
const TYPES = ['AWS::StepFunctions::StateMachine'];

/** CX3315: LoggingConfiguration with a Level other than OFF and no Destinations. */
export const stateMachineLogDestination: CatalogueCheck = {
  id: 'CX3315',
  title: 'State machine logging level without a log destination',
  topics: ['T33', 'T31'],
  severity: 'error',
  url: LOGGING_PAGE,
  rejection: { quote: 'Required, if your log level is not set to OFF.', url: LOGGING_PAGE },
  explanation: {
    what:
      'Step Functions writes execution history events (ALL, ERROR or FATAL) to one CloudWatch Logs log group named in ' +
      'Destinations (CloudWatchLogsLogGroup.LogGroupArn); a level other than OFF without a destination is refused. The ' +
      "state machine's role also needs the CloudWatch Logs delivery permissions (logs:CreateLogDelivery and the like).",
    exam:
      'audit and troubleshooting questions about workflows point to Step Functions logging at level ERROR or ALL to CloudWatch ' +
      'Logs (IncludeExecutionData for the payloads), with X-Ray tracing for the path through the services.',
    scenario: 'investigate why some executions of the order workflow fail, with their input and output',
  },
  resourceTypes: TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const machine of context.resources(...TYPES)) {
      const logging = valueOf(machine.properties, 'LoggingConfiguration');
      const level = valueOf(logging, 'Level');
      const levels = possibleValues(context, level);
      if (!level || !levels || levels.length === 0 || !levels.every((value) => value !== 'OFF' && value !== null)) continue;
      if (!neverGiven(valueOf(logging, 'Destinations'))) continue;
      hits.push({
        message: `State machine '${machine.logicalId}' logs at level ${levels.join('/')} but names no Destinations: Step Functions needs a log group to write to`,
        span: level.span,
        path: ['Resources', machine.logicalId, 'Properties', 'LoggingConfiguration', 'Level'],
      });
    }
    return hits;
  },
};
