/** What an ECS service does when its new tasks keep failing (deployment circuit breaker). */
import { isMap, nodeAt, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { knownBoolean, knownString, resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const BREAKER_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html';

type Outcome = 'rollsBack' | 'fails' | 'retries';

export const ecsFailedDeployment: QuestionKind = {
  kind: 'ecs-failed-deployment',
  title: 'What an ECS service does when the tasks of a new deployment keep failing',
  topics: ['T17'],
  domain: 'D1',
  needs: [],
  generate(context) {
    return context.checks
      .resources('AWS::ECS::Service')
      .map((service) => questionFor(context, service))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, service: ResourceDeclaration): TemplateQuestion | undefined {
  const controller = valueOf(valueOf(service.properties, 'DeploymentController'), 'Type');
  const strategy = nodeAt(service.properties, ['DeploymentConfiguration', 'Strategy']);
  if ((controller !== undefined && knownString(context.checks, controller)?.value !== 'ECS') || (strategy !== undefined && knownString(context.checks, strategy)?.value !== 'ROLLING')) {
    return undefined;
  }
  const breaker = nodeAt(service.properties, ['DeploymentConfiguration', 'DeploymentCircuitBreaker']);
  if (breaker !== undefined && !isMap(breaker)) return undefined;
  const enable = flag(context, valueOf(breaker, 'Enable'));
  const rollback = flag(context, valueOf(breaker, 'Rollback'));
  if (enable === undefined || rollback === undefined) return undefined;
  const outcome: Outcome = !enable ? 'retries' : rollback ? 'rollsBack' : 'fails';
  const written = !enable
    ? 'The service has no deployment circuit breaker turned on (`DeploymentCircuitBreaker` `Enable: true`).'
    : `The service has the deployment circuit breaker with \`Rollback: ${rollback}\`.`;
  const options: Record<Outcome | 'recreate', OptionDraft> = {
    rollsBack: { text: 'ECS marks the deployment failed and returns the service to its last completed deployment', why: written },
    fails: { text: 'ECS marks the deployment failed and stops it, without going back to the previous task definition', why: written },
    retries: { text: 'ECS keeps launching new tasks that fail, and the deployment never completes', why: written },
    recreate: { text: 'ECS deletes the service and creates it again from the previous task definition', why: 'ECS never deletes a service because a deployment fails.' },
  };
  return buildQuestion(ecsFailedDeployment, context, {
    subject: service.logicalId,
    path: resourcePath(service),
    stem:
      `An operator runs \`aws ecs update-service\` to deploy a new task definition to ${resourceLabel(service)}, whose deployment settings are as in ` +
      `\`${context.fileName}\`. The new container exits as soon as it starts. What does ECS do?`,
    right: [options[outcome]],
    wrong: Object.values(options).filter((option) => option !== options[outcome]),
    notes: ['ecs-circuit-breaker'],
    url: BREAKER_PAGE,
  });
}

/** false when left out. */
function flag(context: GenerateContext, node: Parameters<typeof knownBoolean>[1]): boolean | undefined {
  return node === undefined ? false : knownBoolean(context.checks, node)?.value;
}
