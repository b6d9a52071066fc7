/** T17: the task execution role Fargate needs to pull from ECR and to send logs with awslogs. */
import { entryOf, isMap, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mentions } from '../support/mentions';
import { intrinsicName, isNoValue, literalString } from '../support/values';
import { isFargate } from './taskDefinitions';

const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const EXECUTION_ROLE_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html';

/** What in a container makes Fargate need the execution role, if anything (the awslogs driver, an image from ECR). */
function needsExecutionRole(context: CheckContext, container: TemplateNode): string | undefined {
  const driver = literalString(valueOf(valueOf(container, 'LogConfiguration'), 'LogDriver'));
  if (driver === 'awslogs') return 'sends its logs with the awslogs driver';
  const image = valueOf(container, 'Image');
  if (isEcrImage(context, image)) return 'pulls its image from Amazon ECR';
  return undefined;
}

/** An image written as an ECR private registry address, or built from an ECR repository of the template. */
function isEcrImage(context: CheckContext, image: TemplateNode | undefined): boolean {
  const text = literalString(image) ?? subText(image);
  if (text !== undefined && /\.dkr\.ecr\.[^/]*amazonaws\.com/.test(text)) return true;
  return context.resources('AWS::ECR::Repository').some((repository) => mentions(image, repository.logicalId));
}

function subText(node: TemplateNode | undefined): string | undefined {
  if (intrinsicName(node) !== 'Fn::Sub') return undefined;
  const argument = valueOf(node, 'Fn::Sub');
  return literalString(isSeq(argument) ? argument.items[0] : argument);
}

/** CX1726: a Fargate task definition that pulls from ECR or logs with awslogs has no ExecutionRoleArn. */
export const fargateExecutionRole: CatalogueCheck = {
  id: 'CX1726',
  title: 'Fargate task definition that pulls from ECR or logs with awslogs without an execution role',
  topics: ['T17', 'T31'],
  severity: 'error',
  url: EXECUTION_ROLE_PAGE,
  rejection: {
    quote:
      'The task execution IAM role is required depending on the requirements of your task. … Your task is hosted on AWS Fargate … and: ' +
      'pulls a container image from an Amazon ECR private repository … sends container logs to CloudWatch Logs using the awslogs log driver.',
    url: EXECUTION_ROLE_PAGE,
  },
  explanation: {
    what:
      'On Fargate there is no container instance whose role could pull images or write logs: the task execution role ' +
      '(ExecutionRoleArn, trusted by ecs-tasks.amazonaws.com, usually with AmazonECSTaskExecutionRolePolicy) does it. ECS ' +
      'refuses to register a Fargate task definition that pulls from a private ECR repository or uses the awslogs driver ' +
      'without one.',
    exam:
      'two roles: the execution role is for ECS itself (pull the image, write logs, read the secrets injected as environment ' +
      'variables), the task role (TaskRoleArn) is for the application\'s own AWS calls.',
    trap: 'giving the application\'s permissions to the execution role, or ECR and logs permissions to the task role, fixes nothing.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      if (!isFargate(task)) continue;
      const role = valueOf(task.properties, 'ExecutionRoleArn');
      if (role !== undefined && !isNoValue(role)) continue;
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers)) continue;
      for (const [index, container] of containers.items.entries()) {
        if (!isMap(container)) continue;
        const reason = needsExecutionRole(context, container);
        if (!reason) continue;
        const name = literalString(valueOf(container, 'Name')) ?? `#${index + 1}`;
        const anchor = entryOf(task.properties, 'RequiresCompatibilities')!;
        hits.push({
          message: `Fargate task definition '${task.logicalId}' has no ExecutionRoleArn, but container '${name}' ${reason}: ECS refuses to register it`,
          span: anchor.key.span,
          path: ['Resources', task.logicalId, 'Properties', 'RequiresCompatibilities'],
        });
        break;
      }
    }
    return hits;
  },
};
