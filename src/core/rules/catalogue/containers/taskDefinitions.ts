/** T17: task definitions ECS refuses to register: an essential container, and Fargate's network mode, CPU, memory and log drivers. */
import { entryOf, isScalar, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { arnGiven, intrinsicText } from '../support/arns';
import { literalBoolean, literalString } from '../support/values';

const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const TASK_DEFINITION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html';

/** Whether the task definition is registered for Fargate: RequiresCompatibilities lists FARGATE literally. */
export function isFargate(task: ResourceDeclaration): boolean {
  const compatibilities = valueOf(task.properties, 'RequiresCompatibilities');
  return isSeq(compatibilities) && compatibilities.items.some((item) => literalString(item) === 'FARGATE');
}

function taskPath(task: ResourceDeclaration, property: string): string[] {
  return ['Resources', task.logicalId, 'Properties', property];
}

/** CX1719: Fargate tasks use the awsvpc network mode only. */
export const fargateNetworkMode: CatalogueCheck = {
  id: 'CX1719',
  title: 'Fargate task definition whose NetworkMode is not awsvpc',
  topics: ['T17'],
  severity: 'error',
  url: TASK_DEFINITION_PAGE,
  rejection: { quote: 'For Amazon ECS tasks on Fargate, the awsvpc network mode is required.', url: TASK_DEFINITION_PAGE },
  explanation: {
    what:
      'Every Fargate task gets its own elastic network interface in your subnets, which is the awsvpc network mode. ECS refuses ' +
      'to register a task definition for Fargate with another mode, or with none (the default is bridge).',
    exam:
      'Fargate behind an ALB: NetworkMode awsvpc, a target group with TargetType ip, and the service\'s NetworkConfiguration ' +
      '(subnets, security groups) in place of instance security groups.',
    trap: 'bridge mode and dynamic host ports belong to ECS on EC2 instances; copying an EC2 task definition to Fargate fails on the network mode.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      if (!isFargate(task) || !task.properties) continue;
      const entry = entryOf(task.properties, 'NetworkMode');
      if (!entry) {
        const fix = insertEntry(context.template, task.properties, 'NetworkMode', 'awsvpc', 'RequiresCompatibilities');
        hits.push({
          message: `Task definition '${task.logicalId}' runs on Fargate without a NetworkMode: the default, bridge, is refused; Fargate needs awsvpc`,
          span: entryOf(task.properties, 'RequiresCompatibilities')!.key.span,
          path: taskPath(task, 'RequiresCompatibilities'),
          ...(fix ? { fixes: [{ title: 'Add NetworkMode: awsvpc', edits: [fix], preferred: true }] } : {}),
        });
        continue;
      }
      const mode = literalString(entry.value);
      if (mode === undefined || mode === 'awsvpc' || !isScalar(entry.value)) continue;
      hits.push({
        message: `Task definition '${task.logicalId}' runs on Fargate with NetworkMode ${mode}: Fargate needs awsvpc`,
        span: entry.value.span,
        path: taskPath(task, 'NetworkMode'),
        fixes: [{ title: 'Change to awsvpc', edits: [replaceScalar(context.template, entry.value, 'awsvpc')], preferred: true }],
      });
    }
    return hits;
  },
};

/** Fargate's CPU sizes (units, 1024 to a vCPU) and the memory sizes (MiB) each takes. */
const FARGATE_MEMORY: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024, 2048]],
  [512, steps(1024, 4096, 1024)],
  [1024, steps(2048, 8192, 1024)],
  [2048, steps(4096, 16384, 1024)],
  [4096, steps(8192, 30720, 1024)],
  [8192, steps(16384, 61440, 4096)],
  [16384, steps(32768, 122880, 8192)],
]);

function steps(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** A CPU or memory value as ECS reads it: units or MiB, or "0.5 vCPU" / "2 GB"; undefined when computed or unreadable. */
export function amountOf(node: TemplateNode | undefined, unit: 'vcpu' | 'gb'): number | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'boolean') return undefined;
  const text = String(node.value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^(\d*\.?\d+)\s*([a-z]+)$/i.exec(text);
  return match && match[2].toLowerCase() === unit ? Number(match[1]) * 1024 : undefined;
}

function choices(cpu: number): string {
  const memory = FARGATE_MEMORY.get(cpu);
  if (!memory) return `Cpu must be one of ${[...FARGATE_MEMORY.keys()].join(', ')}`;
  const sizes = memory.length <= 4 ? memory.join(', ') : `${memory[0]} to ${memory[memory.length - 1]} in steps of ${memory[1] - memory[0]}`;
  return `with Cpu ${cpu}, Memory must be ${sizes}`;
}

/** CX1720: Fargate takes fixed pairs of CPU and memory. */
export const fargateCpuMemory: CatalogueCheck = {
  id: 'CX1720',
  title: 'Fargate task definition without Cpu and Memory, or with a pair Fargate does not offer',
  topics: ['T17'],
  severity: 'error',
  url: TASK_DEFINITION_PAGE,
  rejection: {
    quote:
      "If you're using the Fargate launch type, this field is required and you must use one of the following values, which determines your range of valid values for the memory parameter",
    url: TASK_DEFINITION_PAGE,
  },
  explanation: {
    what:
      'Fargate sizes a task from a fixed menu: each CPU size (256 to 16384 units, 1024 being one vCPU) allows a range of memory. ' +
      'ECS refuses a task definition for Fargate whose pair is not on the menu, so the stack fails.',
    exam:
      'right-size Fargate tasks with Cpu/Memory pairs from the table and scale out with Service Auto Scaling (target tracking on ' +
      'CPU or ALB request count) rather than one oversized task.',
    trap: 'Cpu and Memory are task-level settings on Fargate and both are required; container-level limits must fit inside them.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      if (!isFargate(task)) continue;
      const cpuEntry = entryOf(task.properties, 'Cpu');
      const memoryEntry = entryOf(task.properties, 'Memory');
      const missing = [cpuEntry ? '' : 'Cpu', memoryEntry ? '' : 'Memory'].filter(Boolean);
      if (missing.length > 0) {
        hits.push({
          message: `Task definition '${task.logicalId}' runs on Fargate without ${missing.join(' or ')}: Fargate needs both at the task level`,
          span: entryOf(task.properties, 'RequiresCompatibilities')!.key.span,
          path: taskPath(task, 'RequiresCompatibilities'),
        });
        continue;
      }
      const cpu = amountOf(cpuEntry?.value, 'vcpu');
      const memory = amountOf(memoryEntry?.value, 'gb');
      if (cpu === undefined || memory === undefined || FARGATE_MEMORY.get(cpu)?.includes(memory)) continue;
      const onCpu = !FARGATE_MEMORY.has(cpu);
      const entry = onCpu ? cpuEntry! : memoryEntry!;
      hits.push({
        message: `Task definition '${task.logicalId}' asks Fargate for Cpu ${cpu} and Memory ${memory}, a size Fargate does not offer: ${choices(cpu)}`,
        span: entry.value.span,
        path: taskPath(task, entry.key.value),
      });
    }
    return hits;
  },
};

/** CX1721: a task stops when an essential container stops, and needs at least one. */
export const taskEssentialContainer: CatalogueCheck = {
  id: 'CX1721',
  title: 'ECS task definition whose containers are all marked not essential',
  topics: ['T17'],
  severity: 'error',
  url: TASK_DEFINITION_PAGE,
  rejection: { quote: 'All tasks must have at least one essential container.', url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html' },
  explanation: {
    what:
      'A container is essential unless Essential is false; when an essential container stops, ECS stops the whole task. ECS ' +
      'refuses a task definition in which no container is essential, since nothing would decide when the task has failed.',
    exam:
      'make the application container essential and side-cars (log routers, agents) not essential, so a failing application ' +
      'stops the task and the service scheduler replaces it: self-healing without extra tooling.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers) || containers.items.length === 0) continue;
      const allOptional = containers.items.every((container) => literalBoolean(valueOf(container, 'Essential')) === false);
      if (!allOptional) continue;
      hits.push({
        message: `Task definition '${task.logicalId}' marks every container Essential: false: ECS needs at least one essential container`,
        span: entryOf(task.properties, 'ContainerDefinitions')!.key.span,
        path: taskPath(task, 'ContainerDefinitions'),
      });
    }
    return hits;
  },
};

/** CX1722: the awslogs driver writes to a log group it is given by name. */
export const awslogsGroupArn: CatalogueCheck = {
  id: 'CX1722',
  title: 'ECS container awslogs-group given the log group ARN instead of its name',
  topics: ['T17', 'T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
  explanation: {
    what:
      'The awslogs log driver sends a container\'s output to the log group named in awslogs-group. Ref of an AWS::Logs::LogGroup ' +
      'returns that name; Fn::GetAtt Arn returns arn:aws:logs:…:log-group:NAME:*. CloudWatch Logs takes only letters, digits and ' +
      '. - _ / # in a log group name, so the driver cannot create its log streams there and the container fails to start.',
    exam:
      'container logs go to CloudWatch Logs with the awslogs driver (awslogs-group, awslogs-region, awslogs-stream-prefix), and ' +
      'the task execution role needs logs:CreateLogStream and logs:PutLogEvents; metric filters and subscriptions work from there.',
    trap: 'most properties that point at another resource want its ARN; awslogs-group wants the name (!Ref LogGroup).',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers)) continue;
      containers.items.forEach((container, index) => {
        const options = valueOf(valueOf(container, 'LogConfiguration'), 'Options');
        const node = valueOf(options, 'awslogs-group');
        const found = arnGiven(context, node, { attributes: { 'AWS::Logs::LogGroup': ['Arn'] } });
        if (!node || !found) return;
        const name = literalString(valueOf(container, 'Name')) ?? String(index + 1);
        const fix = found.target ? intrinsicText(context.template, node, found.target.logicalId) : undefined;
        hits.push({
          message: `awslogs-group of container '${name}' in '${task.logicalId}' is ${found.written}: the awslogs driver takes the log group name${found.target ? ` (!Ref ${found.target.logicalId})` : ''}`,
          span: node.span,
          path: [...taskPath(task, 'ContainerDefinitions'), index, 'LogConfiguration', 'Options', 'awslogs-group'],
          ...(fix ? { fixes: [{ title: `Use !Ref ${found.target!.logicalId}`, edits: [fix], preferred: true }] } : {}),
        });
      });
    }
    return hits;
  },
};

const LOG_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-logconfiguration.html';
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];

/** CX1731: a Fargate container logging through a driver Fargate does not run. */
export const fargateLogDriver: CatalogueCheck = {
  id: 'CX1731',
  title: 'Fargate task definition whose container uses a log driver Fargate does not support',
  topics: ['T17', 'T31'],
  severity: 'error',
  url: LOG_PAGE,
  rejection: { quote: 'For tasks on AWS Fargate, the supported log drivers are awslogs, splunk, and awsfirelens.', url: LOG_PAGE },
  explanation: {
    what:
      'On Fargate there is no host to run fluentd, gelf, journald, json-file or syslog: a container logs through awslogs ' +
      '(CloudWatch Logs), splunk, or awsfirelens (a FireLens sidecar that routes to Firehose, OpenSearch or a partner).',
    exam: 'container logs on Fargate: awslogs to CloudWatch Logs, or FireLens when logs must go elsewhere or be filtered first.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isFargate(task) || !isSeq(containers)) continue;
      containers.items.forEach((container, index) => {
        const node = valueOf(valueOf(container, 'LogConfiguration'), 'LogDriver');
        const driver = literalString(node);
        if (driver === undefined || FARGATE_LOG_DRIVERS.includes(driver)) return;
        const name = literalString(valueOf(container, 'Name')) ?? String(index + 1);
        hits.push({
          message: `Container '${name}' of Fargate task definition '${task.logicalId}' logs with ${driver}: Fargate supports awslogs, splunk and awsfirelens`,
          span: node!.span,
          path: [...taskPath(task, 'ContainerDefinitions'), index, 'LogConfiguration', 'LogDriver'],
        });
      });
    }
    return hits;
  },
};

export const TASK_DEFINITION_CHECKS: readonly CatalogueCheck[] = [fargateNetworkMode, fargateCpuMemory, taskEssentialContainer, awslogsGroupArn, fargateLogDriver];
