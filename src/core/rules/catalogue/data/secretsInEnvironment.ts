/** T21: a Secrets Manager value resolved into a function's or container's environment, where it is stored in plain text. */
import { isSeq, valueOf, type NodePath } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { dynamicReferences } from './dynamicReferences';

const LAMBDA_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];
const TASK = 'AWS::ECS::TaskDefinition';

/** CX2126: `{{resolve:secretsmanager:…}}` in environment variables. */
export const secretInEnvironment: CatalogueCheck = {
  id: 'CX2126',
  title: 'Secrets Manager value resolved into Lambda or ECS environment variables',
  topics: ['T21'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
  explanation: {
    what:
      'CloudFormation resolves a {{resolve:secretsmanager:…}} reference when it creates or updates the resource and writes the value ' +
      'into the configuration: a function\'s environment variables or a container definition then hold the secret in plain text, shown ' +
      'to anyone allowed lambda:GetFunctionConfiguration or ecs:DescribeTaskDefinition, and a rotated secret stays stale until the next ' +
      'stack update.',
    exam:
      'read secrets at run time: the function fetches them with the SDK or the AWS Parameters and Secrets Lambda Extension, and an ECS ' +
      'container names them under Secrets with ValueFrom (the secret ARN), which ECS injects when the task starts.',
    scenario: 'the database password must not be visible in the function configuration and must follow rotation',
    trap: 'the reference keeps the secret out of the template, not out of the deployed configuration.',
  },
  resourceTypes: [...LAMBDA_TYPES, TASK],
  needsText: ['{{resolve:secretsmanager:'],
  run(context) {
    const hits: CheckHit[] = [];
    const report = (owner: string, node: Parameters<typeof dynamicReferences>[0], path: NodePath, instead: string) => {
      for (const reference of dynamicReferences(node, path)) {
        if (reference.service !== 'secretsmanager') continue;
        hits.push({
          message: `'${owner}' resolves a Secrets Manager secret into an environment variable, where it is stored in plain text: ${instead}`,
          span: reference.node.span,
          path: reference.path,
        });
      }
    };
    for (const fn of context.resources(...LAMBDA_TYPES)) {
      const path = ['Resources', fn.logicalId, 'Properties', 'Environment', 'Variables'];
      report(fn.logicalId, valueOf(valueOf(fn.properties, 'Environment'), 'Variables'), path, 'read it at run time with the SDK or the Parameters and Secrets extension');
    }
    for (const task of context.resources(TASK)) {
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers)) continue;
      containers.items.forEach((container, index) => {
        const path = ['Resources', task.logicalId, 'Properties', 'ContainerDefinitions', index, 'Environment'];
        report(task.logicalId, valueOf(container, 'Environment'), path, 'name it under Secrets with ValueFrom instead');
      });
    }
    return hits;
  },
};
