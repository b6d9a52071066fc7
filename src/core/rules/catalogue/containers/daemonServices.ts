/** T17: the DAEMON scheduling strategy runs one task per container instance: EC2 capacity, deployed by ECS. */
import { isMap, isSeq, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { controllerOf, SERVICE } from './ecsServices';

const CREATE_SERVICE = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html';

/** Why a service cannot be a daemon: Fargate capacity, or a controller other than ECS. */
function daemonObstacle(service: ResourceDeclaration): string | undefined {
  if (literalString(valueOf(service.properties, 'LaunchType')) === 'FARGATE') return 'runs on Fargate (LaunchType FARGATE)';
  const strategy = valueOf(service.properties, 'CapacityProviderStrategy');
  const providers = isSeq(strategy) ? strategy.items.map((item) => (isMap(item) ? literalString(valueOf(item, 'CapacityProvider')) : undefined)) : [];
  if (providers.length > 0 && providers.every((name) => name === 'FARGATE' || name === 'FARGATE_SPOT')) return 'runs on Fargate capacity providers';
  const controller = controllerOf(service);
  return controller === 'CODE_DEPLOY' || controller === 'EXTERNAL' ? `is deployed by the ${controller} controller` : undefined;
}

/** CX1736: a DAEMON service on Fargate, or with the CODE_DEPLOY or EXTERNAL deployment controller. */
export const daemonServiceUnsupported: CatalogueCheck = {
  id: 'CX1736',
  title: 'ECS service with the DAEMON scheduling strategy on Fargate or with the CODE_DEPLOY or EXTERNAL controller',
  topics: ['T17'],
  severity: 'error',
  url: CREATE_SERVICE,
  rejection: {
    quote: "Tasks using the Fargate launch type or the CODE_DEPLOY or EXTERNAL deployment controller types don't support the DAEMON scheduling strategy.",
    url: CREATE_SERVICE,
  },
  explanation: {
    what:
      'A DAEMON service runs exactly one task on every container instance of the cluster (a log or monitoring agent, say). ' +
      'Fargate has no container instances, and blue/green (CODE_DEPLOY) or external deployments need the REPLICA strategy: ECS refuses the service otherwise.',
    exam: 'an agent on every EC2 container instance is a DAEMON service; on Fargate the same agent runs as a sidecar container in each task.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const strategy = valueOf(service.properties, 'SchedulingStrategy');
      if (literalString(strategy) !== 'DAEMON' || !strategy) continue;
      const obstacle = daemonObstacle(service);
      if (!obstacle) continue;
      hits.push({
        message: `ECS service '${service.logicalId}' has SchedulingStrategy DAEMON but ${obstacle}: only REPLICA services run there`,
        span: strategy.span,
        path: ['Resources', service.logicalId, 'Properties', 'SchedulingStrategy'],
      });
    }
    return hits;
  },
};
