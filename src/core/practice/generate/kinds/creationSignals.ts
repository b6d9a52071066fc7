/** What CloudFormation needs before it marks this group or instance created (CreationPolicy ResourceSignal). */
import { isMap, valueOf } from '../../../model';
import { durationSeconds } from '../../../rules/catalogue/support/durations';
import { literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { AUTO_SCALING_GROUP, desiredCapacity, minutesText } from '../support/groupUpdate';
import { knownNumber, resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const CREATION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html';
const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 43_200;

export const creationSignals: QuestionKind = {
  kind: 'creation-signals',
  title: 'What CloudFormation waits for before the resource is created',
  topics: ['T09'],
  domain: 'D2',
  needs: [],
  generate(context) {
    return context.checks
      .resources(AUTO_SCALING_GROUP, 'AWS::EC2::Instance')
      .map((resource) => questionFor(context, resource))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, resource: ResourceDeclaration): TemplateQuestion | undefined {
  const policy = valueOf(resource.body, 'CreationPolicy');
  const signal = valueOf(policy, 'ResourceSignal');
  if (!isMap(policy) || !isMap(signal) || valueOf(policy, 'AutoScalingCreationPolicy') !== undefined) return undefined;
  const countNode = valueOf(signal, 'Count');
  const count = countNode === undefined ? 1 : knownNumber(context.checks, countNode)?.value;
  const timeoutNode = valueOf(signal, 'Timeout');
  const timeoutText = literalString(timeoutNode);
  const seconds = timeoutNode === undefined ? DEFAULT_TIMEOUT_SECONDS : timeoutText === undefined ? undefined : durationSeconds(timeoutText);
  if (count === undefined || count < 1 || seconds === undefined || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) return undefined;
  const written =
    `Its \`CreationPolicy\` asks for ${countNode === undefined ? '1 signal (`Count` left out defaults to 1)' : `\`Count: ${count}\``} within ` +
    `${timeoutNode === undefined ? '5 minutes (`Timeout` left out defaults to `PT5M`)' : `\`Timeout: ${timeoutText}\``}; ` +
    'if they do not all arrive in time, or a failure signal arrives, creation fails and the stack rolls back.';
  const desired = resource.type === AUTO_SCALING_GROUP ? desiredCapacity(context.checks, resource)?.value : undefined;
  const wrongCounts = [...new Set([count === 1 ? 2 : 1, desired, count + 1])].filter((other): other is number => other !== undefined && other !== count);
  const otherTime = seconds === DEFAULT_TIMEOUT_SECONDS ? 3600 : DEFAULT_TIMEOUT_SECONDS;
  const signals = (n: number, s: number) => `${n} success ${n === 1 ? 'signal' : 'signals'} (cfn-signal) within ${minutesText(s)}`;
  return buildQuestion(creationSignals, context, {
    subject: resource.logicalId,
    path: resourcePath(resource),
    stem: `CloudFormation creates ${resourceLabel(resource)} from \`${context.fileName}\`. What must happen before CloudFormation marks it CREATE_COMPLETE?`,
    right: [{ text: signals(count, seconds), why: written }],
    wrong: [
      { text: signals(count, otherTime), why: `The waiting time is wrong. ${written}` },
      ...wrongCounts.map((other) => ({ text: signals(other, seconds), why: `The number of signals is wrong. ${written}` })),
      { text: `${resource.type === AUTO_SCALING_GROUP ? 'Its instances pass' : 'It passes'} the EC2 status checks; no signal is needed`, why: `With a \`CreationPolicy\`, CloudFormation waits for signals, not status checks. ${written}` },
    ],
    notes: resource.type === AUTO_SCALING_GROUP ? ['asg-creation-policy-signal', 'creation-policy'] : ['creation-policy'],
    url: CREATION_PAGE,
  });
}
