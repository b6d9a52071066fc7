/** T09 checks on CreationPolicy: its timeout and the number of signals it waits for. */
import { isString, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { describeSeconds, durationSeconds } from '../support/durations';
import { attributeAt } from '../support/values';
import { GROUP, numbersOf } from './groups';

const CREATION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html';
const SIGNALLED = [GROUP, 'AWS::EC2::Instance', 'AWS::CloudFormation::WaitCondition'];

/** CX0912: a creation timeout that is not an ISO 8601 duration of at most 12 hours. */
export const creationTimeoutInvalid: CatalogueCheck = {
  id: 'CX0912',
  title: 'CreationPolicy Timeout is not an ISO 8601 duration of at most 12 hours',
  topics: ['T09'],
  severity: 'error',
  url: CREATION_PAGE,
  rejection: {
    quote:
      'The value must be in ISO8601 duration format, in the form: PT#H#M#S, where each # is the number of hours, minutes, and ' +
      'seconds, respectively. The maximum time that you can specify is 12 hours.',
    url: CREATION_PAGE,
  },
  explanation: {
    what:
      'ResourceSignal Timeout is how long CloudFormation waits for the signals before it fails the resource and rolls the stack back. ' +
      'It is an ISO 8601 duration such as PT15M, at most PT12H.',
    exam: 'set the timeout to the longest bootstrap you expect (package installs, cfn-init) plus a margin; a timeout that is too short rolls the stack back.',
  },
  resourceTypes: SIGNALLED,
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(...SIGNALLED)) {
      const timeout = attributeAt(resource, 'CreationPolicy', 'ResourceSignal', 'Timeout');
      if (!isString(timeout)) continue;
      const seconds = durationSeconds(timeout.value);
      if (seconds !== undefined && seconds <= 12 * 3600) continue;
      const problem =
        seconds === undefined ? 'is not an ISO 8601 duration such as PT15M' : `is ${describeSeconds(seconds)}, more than the maximum PT12H`;
      hits.push({
        message: `CreationPolicy Timeout '${timeout.value}' of '${resource.logicalId}' ${problem}`,
        span: timeout.span,
        path: ['Resources', resource.logicalId, 'CreationPolicy', 'ResourceSignal', 'Timeout'],
      });
    }
    return hits;
  },
};

/** CX0913: more signals expected than the group launches instances. */
export const signalCountAboveCapacity: CatalogueCheck = {
  id: 'CX0913',
  title: 'CreationPolicy Count greater than the instances the group launches',
  topics: ['T09'],
  severity: 'error',
  url: CREATION_PAGE,
  rejection: {
    quote:
      "If the resource receives a failure signal or doesn't receive the specified number of signals before the timeout period expires, " +
      'the resource creation fails and CloudFormation rolls the stack back.',
    url: CREATION_PAGE,
  },
  explanation: {
    what:
      'Each instance signals once (its instance ID is the signal ID), and a new group launches DesiredCapacity instances (MinSize ' +
      'when DesiredCapacity is not set). A Count above that can never be reached, so creation waits for the whole Timeout and fails.',
    exam: 'Count is usually the desired capacity, or use AutoScalingCreationPolicy MinSuccessfulInstancesPercent to accept a share of them.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const countNode = attributeAt(group, 'CreationPolicy', 'ResourceSignal', 'Count');
      const count = numbersOf(context, countNode);
      // AutoScalingCreationPolicy's percentage applies to replacement updates ("For an Auto Scaling group replacement update"): creation counts signals.
      if (!count) continue;
      if (valueOf(group.properties, 'MixedInstancesPolicy') !== undefined) continue;
      const launched = numbersOf(context, valueOf(group.properties, 'DesiredCapacity') ?? valueOf(group.properties, 'MinSize'));
      if (!launched || Math.min(...count) <= Math.max(...launched)) continue;
      hits.push({
        message:
          `CreationPolicy of '${group.logicalId}' waits for ${count.join(' or ')} signals, but the group launches only ` +
          `${launched.join(' or ')} ${launched.length === 1 && launched[0] === 1 ? 'instance' : 'instances'}: creation times out and the stack rolls back`,
        span: countNode!.span,
        path: ['Resources', group.logicalId, 'CreationPolicy', 'ResourceSignal', 'Count'],
      });
    }
    return hits;
  },
};
