/** Lower and upper bounds the AWS documentation says a service takes only in order, one catalogue check each. */
import type { CatalogueCheck } from '../types';
import { orderedPairCheck } from './engine';
import type { OrderedPair } from './types';

const PAIRS: readonly OrderedPair[] = [
  {
    id: 'CX2037',
    topics: ['T20'],
    type: 'AWS::RDS::DBCluster',
    at: ['ScalingConfiguration'],
    lower: 'MinCapacity',
    upper: 'MaxCapacity',
    equalAllowed: true,
    quote: 'The minimum capacity must be less than or equal to the maximum capacity.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-scalingconfiguration.html',
    what:
      'ScalingConfiguration only applies to Aurora Serverless v1 (EngineMode serverless). AWS ended v1 on March 31, 2025 and has ' +
      'allowed no new v1 cluster since January 8, 2025, so such a cluster no longer deploys, whatever its capacities. Its MinCapacity ' +
      'must also be no greater than its MaxCapacity. Use ServerlessV2ScalingConfiguration with db.serverless instances instead.',
    exam: 'Aurora Serverless v1 has reached its end of support: new designs use Serverless v2 (ServerlessV2ScalingConfiguration, instances of class db.serverless) for spiky or unpredictable load.',
  },
  {
    id: 'CX1734',
    topics: ['T17'],
    type: 'AWS::ECS::TaskDefinition',
    at: ['ContainerDefinitions', '*'],
    lower: 'MemoryReservation',
    upper: 'Memory',
    // The page says Memory must be greater; only a reservation above the hard limit is reported, surely refused.
    equalAllowed: true,
    quote: 'If you specify both, memory must be greater than memoryReservation.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-containerdefinition.html',
    what: 'MemoryReservation is the soft limit ECS places the container by; Memory is the hard limit at which the container is killed. A reservation above the hard limit is refused when the task definition is registered.',
    exam: 'right-size tasks: the reservation is what placement counts, the hard limit stops one container from starving the others on an EC2 host.',
  },
];

export const ORDERED_PAIR_CHECKS: readonly CatalogueCheck[] = PAIRS.map(orderedPairCheck);
