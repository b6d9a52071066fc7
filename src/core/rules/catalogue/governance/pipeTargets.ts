/** T30: an EventBridge pipe that starts a Standard state machine synchronously, which Step Functions does not support. */
import { valueOf } from '../../../model';
import { propertyHit, push } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString, propertyAt } from '../support/values';

const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-pipes-pipe-pipetargetstatemachineparameters.html';

/** CX3030: a pipe whose target is a Standard state machine of the template, invoked REQUEST_RESPONSE (the default). */
export const pipeStandardSyncTarget: CatalogueCheck = {
  id: 'CX3030',
  title: 'EventBridge pipe that invokes a Standard state machine synchronously',
  topics: ['T30', 'T33'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'A pipe starts a Step Functions target with InvocationType REQUEST_RESPONSE unless told otherwise: a synchronous ' +
      'StartSyncExecution, which AWS documents as not supported for Standard workflows. A Standard state machine needs ' +
      'FIRE_AND_FORGET (StartExecution) for the pipe to start it.',
    exam:
      'Pipes connect a source (SQS, Kinesis, DynamoDB streams) to a target with optional filtering and enrichment; Express workflows ' +
      'suit high-volume short work and can be started synchronously or asynchronously; Standard workflows suit long, auditable work ' +
      'and are started asynchronously.',
    trap: 'the default invocation type is REQUEST_RESPONSE, and the default state machine type is STANDARD: together they do not work.',
  },
  resourceTypes: ['AWS::Pipes::Pipe'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipe of context.resources('AWS::Pipes::Pipe')) {
      const machine = context.referenced(valueOf(pipe.properties, 'Target'));
      if (machine?.type !== 'AWS::StepFunctions::StateMachine') continue;
      const machineType = valueOf(machine.properties, 'StateMachineType');
      if (machineType !== undefined && literalString(machineType) !== 'STANDARD') continue;
      const invocation = propertyAt(pipe, 'TargetParameters', 'StepFunctionStateMachineParameters', 'InvocationType');
      if (invocation !== undefined && literalString(invocation) !== 'REQUEST_RESPONSE') continue;
      const path = invocation ? ['TargetParameters', 'StepFunctionStateMachineParameters', 'InvocationType'] : ['Target'];
      push(
        hits,
        propertyHit(
          pipe,
          path,
          `Pipe '${pipe.logicalId}' starts Standard state machine '${machine.logicalId}' with REQUEST_RESPONSE${invocation ? '' : ' (the default)'}: ` +
            'Step Functions does not support synchronous starts of Standard workflows; set InvocationType FIRE_AND_FORGET, or make the machine EXPRESS',
        ),
      );
    }
    return hits;
  },
};
