/** T09 checks on the UpdatePolicy of an Auto Scaling group. */
import { entryOf, isMap, isString, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { describeSeconds, durationSeconds } from '../support/durations';
import { attributeAt, literalBoolean } from '../support/values';
import { choiceWording, valuesPerChoice } from '../support/choices';
import { GROUP, WARM_POOL, numbersIn, numbersOf } from './groups';

const UPDATE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html';

function rollingPath(group: ResourceDeclaration, name: string): string[] {
  return ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingRollingUpdate', name];
}

/** The rolling update CloudFormation will run, unless a replacing update takes precedence. */
function rollingUpdate(group: ResourceDeclaration) {
  const rolling = attributeAt(group, 'UpdatePolicy', 'AutoScalingRollingUpdate');
  const replace = literalBoolean(attributeAt(group, 'UpdatePolicy', 'AutoScalingReplacingUpdate', 'WillReplace'));
  return isMap(rolling) && replace !== true ? rolling : undefined;
}

/** CX0910: MinInstancesInService that leaves no room to replace an instance. */
export const minInstancesInServiceTooHigh: CatalogueCheck = {
  id: 'CX0910',
  title: 'Rolling update MinInstancesInService not less than the group MaxSize',
  topics: ['T09'],
  severity: 'error',
  url: UPDATE_PAGE,
  rejection: { quote: 'This value must be less than the MaxSize of the Auto Scaling group.', url: UPDATE_PAGE },
  explanation: {
    what:
      'A rolling update takes instances out of service in batches while keeping MinInstancesInService running. When that minimum is ' +
      'not below MaxSize there is no room to replace anything, and CloudFormation fails the update (the stack rolls back).',
    exam:
      'keep capacity during a rolling update with MinInstancesInService below MaxSize (often MaxSize - 1 or the desired count with a ' +
      'larger MaxSize), or use a replacing update that builds a whole new group.',
    scenario: 'keep at least 2 instances serving while the stack update replaces them',
    trap: 'the stack is created without complaint; only the first update that replaces instances fails.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const rolling = rollingUpdate(group);
      const minNode = valueOf(rolling, 'MinInstancesInService');
      const maxNode = valueOf(group.properties, 'MaxSize');
      const noRoom = (minimum: number[] | undefined, max: number[] | undefined): minimum is number[] =>
        minimum !== undefined && max !== undefined && Math.min(...minimum) !== 0 && Math.min(...minimum) >= Math.max(...max);
      const minimum = numbersOf(context, minNode);
      const max = numbersOf(context, maxNode);
      const said = (min: number[], most: number[]) =>
        `MinInstancesInService ${[...new Set(min)].join(' or ')} of '${group.logicalId}' is not less than its MaxSize ${[...new Set(most)].join(' or ')}`;
      if (noRoom(minimum, max)) {
        hits.push({ message: `${said(minimum, max!)}: the next rolling update fails; lower it or raise MaxSize`, span: minNode!.span, path: rollingPath(group, 'MinInstancesInService') });
        continue;
      }
      // Sizes from one parameter (an environment's mapping): the stacks of some environments fail.
      const perChoice = valuesPerChoice(context, [minNode, maxNode]) ?? [];
      const failing = perChoice.filter(({ values: [min, most] }) => noRoom(numbersIn(min), numbersIn(most)));
      if (failing.length === 0) continue;
      const min = [...new Set(failing.flatMap(({ values }) => numbersIn(values[0])!))];
      const most = [...new Set(failing.flatMap(({ values }) => numbersIn(values[1])!))];
      hits.push({
        message: `${said(min, most)} ${choiceWording(failing.map(({ choice }) => choice))}: the next rolling update of such a stack fails; lower it or raise MaxSize`,
        span: minNode!.span,
        path: rollingPath(group, 'MinInstancesInService'),
        ...(failing.length < perChoice.length ? { severity: 'warning' as const } : {}),
      });
    }
    return hits;
  },
};

/** CX0911: a PauseTime that is not an ISO 8601 duration of at most one hour. */
export const pauseTimeInvalid: CatalogueCheck = {
  id: 'CX0911',
  title: 'Rolling update PauseTime is not an ISO 8601 duration of at most one hour',
  topics: ['T09'],
  severity: 'error',
  url: UPDATE_PAGE,
  rejection: {
    quote:
      'Specify PauseTime in the ISO8601 duration format (in the format PT#H#M#S, where each # is the number of hours, minutes, and ' +
      'seconds, respectively). The maximum PauseTime is one hour (PT1H).',
    url: UPDATE_PAGE,
  },
  explanation: {
    what:
      'PauseTime is how long CloudFormation waits after each batch (for signals when WaitOnResourceSignals is true). It is an ISO 8601 ' +
      'duration such as PT15M and may be at most PT1H; other values make the update fail.',
    exam:
      'PauseTime must cover the time a new instance needs to boot, run cfn-init and send cfn-signal; too short and the update rolls ' +
      'back, and a short PauseTime can make the rollback itself fail.',
    trap: 'the CreationPolicy Timeout may be up to 12 hours, but PauseTime only one hour.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const pause = valueOf(rollingUpdate(group), 'PauseTime');
      if (!isString(pause)) continue;
      const seconds = durationSeconds(pause.value);
      if (seconds !== undefined && seconds <= 3600) continue;
      const problem =
        seconds === undefined ? 'is not an ISO 8601 duration such as PT15M' : `is ${describeSeconds(seconds)}, more than the maximum PT1H`;
      hits.push({ message: `PauseTime '${pause.value}' of '${group.logicalId}' ${problem}`, span: pause.span, path: rollingPath(group, 'PauseTime') });
    }
    return hits;
  },
};

/** CX0917: a success percentage that nothing measures. */
export const successPercentWithoutSignals: CatalogueCheck = {
  id: 'CX0917',
  title: 'Rolling update MinSuccessfulInstancesPercent without WaitOnResourceSignals',
  topics: ['T09'],
  severity: 'warning',
  url: UPDATE_PAGE,
  explanation: {
    what:
      'MinSuccessfulInstancesPercent counts cfn-signal success signals from new instances. It takes effect only with ' +
      'WaitOnResourceSignals: true and a PauseTime; without them the update never waits and never checks the new instances.',
    exam: '"continue the update only when most new instances are configured" is WaitOnResourceSignals + PauseTime + MinSuccessfulInstancesPercent + cfn-signal.',
  },
  resourceTypes: [GROUP],
  run(context) {
    return context.resources(GROUP).flatMap((group) => {
      const rolling = rollingUpdate(group);
      const percent = entryOf(rolling, 'MinSuccessfulInstancesPercent');
      const wait = valueOf(rolling, 'WaitOnResourceSignals');
      if (!percent || (wait !== undefined && literalBoolean(wait) !== false)) return [];
      return [
        {
          message: `MinSuccessfulInstancesPercent of '${group.logicalId}' has no effect: WaitOnResourceSignals is not true, so the update does not wait for signals`,
          span: percent.key.span,
          path: rollingPath(group, 'MinSuccessfulInstancesPercent'),
        },
      ];
    });
  },
};

/** CX0919: a replacing update that cannot tell whether the new group works. */
export const replacingUpdateWithoutCreationPolicy: CatalogueCheck = {
  id: 'CX0919',
  title: 'AutoScalingReplacingUpdate WillReplace without a CreationPolicy',
  topics: ['T09'],
  severity: 'warning',
  url: UPDATE_PAGE,
  explanation: {
    what:
      'With WillReplace: true CloudFormation creates a new group and deletes the old one once the new one is created. Only a ' +
      'CreationPolicy (ResourceSignal, and AutoScalingCreationPolicy MinSuccessfulInstancesPercent) makes it wait for the new ' +
      'instances to signal success and roll back to the old group when they do not.',
    exam: 'a replacing update is the fastest rollback on the exam only with a CreationPolicy and cfn-signal behind it.',
    scenario: 'keep the old instances until the new ones are confirmed healthy, and switch back immediately if they are not',
  },
  resourceTypes: [GROUP],
  run(context) {
    return context.resources(GROUP).flatMap((group) => {
      const will = attributeAt(group, 'UpdatePolicy', 'AutoScalingReplacingUpdate', 'WillReplace');
      if (literalBoolean(will) !== true || attributeAt(group, 'CreationPolicy') !== undefined) return [];
      return [
        {
          message:
            `'${group.logicalId}' is replaced on updates (WillReplace) but has no CreationPolicy: CloudFormation deletes the old group ` +
            'without waiting for the new instances to signal that they work',
          span: will!.span,
          path: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingReplacingUpdate', 'WillReplace'],
        },
      ];
    });
  },
};

/** Processes a rolling update needs running: it launches and terminates the instances it replaces. */
const NEEDED_PROCESSES = ['Launch', 'Terminate'];

/** CX0921: a rolling update that suspends the processes it needs. */
export const rollingSuspendsLaunch: CatalogueCheck = {
  id: 'CX0921',
  title: 'Rolling update that suspends Launch or Terminate',
  topics: ['T09', 'T10'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-suspend-resume-processes.html',
  explanation: {
    what:
      'SuspendProcesses pauses Auto Scaling processes while CloudFormation replaces instances, so scaling does not fight the update. ' +
      'The update itself launches new instances and terminates old ones: with Launch or Terminate suspended it cannot make progress, ' +
      'and Auto Scaling warns that suspending either "can prevent other process types from functioning properly".',
    exam: 'suspend HealthCheck, ReplaceUnhealthy, AZRebalance, AlarmNotification, ScheduledActions and InstanceRefresh during a rolling update; never Launch or Terminate.',
    trap: 'a stuck update waits until its signals time out, then fails and rolls back, with Launch or Terminate still in the list.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const suspended = valueOf(rollingUpdate(group), 'SuspendProcesses');
      if (suspended?.kind !== 'seq') continue;
      suspended.items.forEach((item, index) => {
        if (!isString(item) || !NEEDED_PROCESSES.includes(item.value)) return;
        hits.push({
          message: `The rolling update of '${group.logicalId}' suspends ${item.value}, which the update itself needs to replace instances: it cannot make progress`,
          span: item.span,
          path: [...rollingPath(group, 'SuspendProcesses'), index],
        });
      });
    }
    return hits;
  },
};


const WARM_POOL_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-warmpool.html';

/** CX0922: a rolling update of a group with a warm pool, which replaces only the instances in service. */
export const rollingUpdateWithWarmPool: CatalogueCheck = {
  id: 'CX0922',
  title: 'Rolling update of an Auto Scaling group that has a warm pool',
  topics: ['T09'],
  severity: 'warning',
  url: WARM_POOL_PAGE,
  explanation: {
    what:
      'A warm pool keeps pre-initialized instances stopped or running beside the group, ready to enter service fast. A rolling ' +
      'update (AutoScalingRollingUpdate) replaces the InService instances only: the warm pool keeps instances of the old launch ' +
      'template, which enter service later with the old configuration. The AutoScalingInstanceRefresh update policy (or a ' +
      'replacing update) replaces both.',
    exam:
      '"new instances must start fast" is a warm pool; "after the update every instance runs the new AMI" then needs ' +
      'UpdatePolicy AutoScalingInstanceRefresh, whose instance refresh replaces the warm pool\'s instances too, or ' +
      'AutoScalingReplacingUpdate, which replaces the group and its warm pool.',
    trap: 'the stack update succeeds, and the old configuration comes back each time the group scales out from the warm pool.',
  },
  resourceTypes: [GROUP, WARM_POOL],
  run(context) {
    const hits: CheckHit[] = [];
    const pooled = new Set(context.resources(WARM_POOL).map((pool) => context.referenced(valueOf(pool.properties, 'AutoScalingGroupName'))?.logicalId));
    for (const group of context.resources(GROUP)) {
      const rolling = rollingUpdate(group);
      if (!rolling || !pooled.has(group.logicalId)) continue;
      hits.push({
        message:
          `'${group.logicalId}' has a warm pool and a rolling update: the update replaces only the instances in service, and the warm ` +
          'pool\'s instances keep the old configuration; use the AutoScalingInstanceRefresh update policy (or AutoScalingReplacingUpdate)',
        span: entryOf(attributeAt(group, 'UpdatePolicy'), 'AutoScalingRollingUpdate')!.key.span,
        path: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingRollingUpdate'],
      });
    }
    return hits;
  },
};
