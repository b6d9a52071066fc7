/** Deploy-time rejections read across resources: listener and target group protocols, ECS service networking, event source mappings, FIFO messaging. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, paths } from './helpers';
import { applyEdits } from '../exam/helpers';

const balancing = (options: { type?: string; listener?: string; group?: string; extra?: string; params?: string; conditions?: string; lbCondition?: string; listenerCondition?: string }) => `Parameters:
  Vpc:
    Type: AWS::EC2::VPC::Id
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
${options.params ?? ''}${options.conditions ? `Conditions:\n${options.conditions}` : ''}Resources:
  LB:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
${options.lbCondition ? `    Condition: ${options.lbCondition}\n` : ''}    Properties:
      Subnets: !Ref Subnets
${options.type ? `      Type: ${options.type}\n` : ''}  TG:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref Vpc
      Port: 80
      Protocol: ${options.group ?? 'HTTP'}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
${options.listenerCondition ? `    Condition: ${options.listenerCondition}\n` : ''}    Properties:
      LoadBalancerArn: !Ref LB
      Port: 80
      Protocol: ${options.listener ?? 'HTTP'}
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref TG
${options.extra ?? ''}`;

describe('CX2725 listener protocol and load balancer type', () => {
  it('reports TCP on a load balancer without Type (an ALB) and HTTP on an NLB', () => {
    assert.deepEqual(paths('CX2725', balancing({ listener: 'TCP', group: 'HTTP' })), ['Resources/Listener/Properties/Protocol']);
    assert.match(check('CX2725', balancing({ listener: 'TCP' }))[0].message, /Application Load Balancer \(Type left out\): its listeners take HTTP or HTTPS/);
    assert.deepEqual(paths('CX2725', balancing({ type: 'network', listener: 'HTTP', group: 'TCP' })), ['Resources/Listener/Properties/Protocol']);
  });
  it('reports any protocol on a Gateway Load Balancer listener, and none left out', () => {
    assert.match(check('CX2725', balancing({ type: 'gateway', listener: 'GENEVE', group: 'GENEVE' }))[0].message, /no Protocol at all/);
    const noProtocol = balancing({ type: 'gateway', group: 'GENEVE' }).replace('      Protocol: HTTP\n      DefaultActions', '      DefaultActions');
    assert.deepEqual(check('CX2725', noProtocol), []);
  });
  it('accepts the protocols of each type, QUIC on an NLB included', () => {
    assert.deepEqual(check('CX2725', balancing({ listener: 'HTTPS' })), []);
    for (const protocol of ['TCP', 'TLS', 'UDP', 'TCP_UDP', 'QUIC']) assert.deepEqual(check('CX2725', balancing({ type: 'network', listener: protocol, group: 'TCP' })), [], protocol);
  });
  it('judges Fn::If and parameter values only when every one is known, and reports only when none fits', () => {
    const params = '  Kind:\n    Type: String\n    AllowedValues: [application, network]\n  Free:\n    Type: String\n';
    const conditions = '  IsNlb: !Equals [!Ref Kind, network]\n';
    // The same condition picks the type and the protocol: some pair fits, so nothing is reported.
    assert.deepEqual(check('CX2725', balancing({ params, conditions, type: '!Ref Kind', listener: '!If [IsNlb, TCP, HTTP]', group: '!If [IsNlb, TCP, HTTP]' })), []);
    assert.deepEqual(paths('CX2725', balancing({ params, conditions, type: 'network', listener: '!If [IsNlb, HTTPS, HTTP]', group: 'TCP' })), ['Resources/Listener/Properties/Protocol']);
    assert.deepEqual(check('CX2725', balancing({ params, type: '!Ref Free', listener: 'TCP' })), []);
    assert.deepEqual(check('CX2725', balancing({ params, listener: '!Ref Free' })), []);
    assert.deepEqual(check('CX2725', balancing({ params, conditions, listener: '!If [IsNlb, TCP, !Ref AWS::NoValue]' })), []);
  });
  it('leaves load balancers of another template and listeners that never exist beside their load balancer alone', () => {
    const imported = balancing({ listener: 'TCP' }).replace('LoadBalancerArn: !Ref LB', 'LoadBalancerArn: !ImportValue shared-alb');
    assert.deepEqual(check('CX2725', imported), []);
    const params = '  Kind:\n    Type: String\n    AllowedValues: [alb, nlb]\n';
    const conditions = '  IsAlb: !Equals [!Ref Kind, alb]\n  IsNlb: !Equals [!Ref Kind, nlb]\n';
    assert.deepEqual(check('CX2725', balancing({ params, conditions, lbCondition: 'IsAlb', listenerCondition: 'IsNlb', listener: 'TCP' })), []);
    assert.equal(check('CX2725', balancing({ params, conditions, lbCondition: 'IsAlb', listenerCondition: 'IsAlb', listener: 'TCP' })).length, 1);
  });
});

describe('CX2726 forwarded target group protocol and load balancer type', () => {
  it('reports a TCP group behind an ALB and an HTTP group behind an NLB, at the forward action', () => {
    assert.deepEqual(paths('CX2726', balancing({ listener: 'HTTP', group: 'TCP' })), ['Resources/Listener/Properties/DefaultActions/0/TargetGroupArn']);
    assert.match(check('CX2726', balancing({ type: 'network', listener: 'TCP', group: 'HTTP' }))[0].message, /Network Load Balancer, whose target groups use TCP, TLS, UDP or TCP_UDP/);
  });
  it('requires a TCP_UDP group behind a TCP_UDP listener', () => {
    assert.match(check('CX2726', balancing({ type: 'network', listener: 'TCP_UDP', group: 'TCP' }))[0].message, /TCP_UDP, which forwards only to TCP_UDP/);
    assert.deepEqual(check('CX2726', balancing({ type: 'network', listener: 'TCP_UDP', group: 'TCP_UDP' })), []);
    assert.deepEqual(check('CX2726', balancing({ type: 'network', listener: 'TLS', group: 'TCP' })), []);
  });
  it('accepts an HTTPS listener in front of an HTTP group, GENEVE behind a GWLB, and Lambda groups', () => {
    assert.deepEqual(check('CX2726', balancing({ listener: 'HTTPS', group: 'HTTP' })), []);
    assert.deepEqual(check('CX2726', balancing({ type: 'gateway', listener: '!Ref AWS::NoValue', group: 'GENEVE' })), []);
    const lambda = balancing({ group: 'TCP' }).replace('      VpcId: !Ref Vpc\n', '      TargetType: lambda\n');
    assert.deepEqual(check('CX2726', lambda), []);
  });
  it('follows weighted groups in ForwardConfig and listener rules', () => {
    const weighted = balancing({ group: 'HTTP' }).replace(
      '          TargetGroupArn: !Ref TG\n',
      '          ForwardConfig:\n            TargetGroups:\n              - TargetGroupArn: !Ref TG\n                Weight: 90\n              - TargetGroupArn: !Ref Tcp\n                Weight: 10\n',
    ) + '  Tcp:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      VpcId: !Ref Vpc\n      Port: 80\n      Protocol: TCP\n';
    assert.deepEqual(paths('CX2726', weighted), ['Resources/Listener/Properties/DefaultActions/0/ForwardConfig/TargetGroups/1/TargetGroupArn']);
    const rule = balancing({}) +
      '  Rule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref Listener\n      Priority: 1\n' +
      '      Conditions:\n        - Field: path-pattern\n          Values: [/api/*]\n      Actions:\n        - Type: forward\n          TargetGroupArn: !Ref Tcp\n' +
      '  Tcp:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      VpcId: !Ref Vpc\n      Port: 80\n      Protocol: TCP\n';
    assert.deepEqual(paths('CX2726', rule), ['Resources/Rule/Properties/Actions/0/TargetGroupArn']);
  });
  it('stays silent when a value is computed or a condition picks both', () => {
    const params = '  Proto:\n    Type: String\n  Kind:\n    Type: String\n    AllowedValues: [application, network]\n';
    const conditions = '  IsNlb: !Equals [!Ref Kind, network]\n';
    assert.deepEqual(check('CX2726', balancing({ params, group: '!Ref Proto' })), []);
    assert.deepEqual(check('CX2726', balancing({ params, conditions, type: '!Ref Kind', listener: '!If [IsNlb, TCP, HTTP]', group: '!If [IsNlb, TCP, HTTP]' })), []);
    assert.equal(check('CX2726', balancing({ params, conditions, listener: 'HTTP', group: '!If [IsNlb, TCP, UDP]' })).length, 1);
  });
  it('leaves a protocol no load balancer knows (a typo) to the allowed-values check', () => {
    assert.deepEqual(check('CX2726', balancing({ listener: 'HTTP', group: 'HTP' })), []);
  });
});

const ecs = (options: { mode?: string; compatibilities?: string; service?: string; taskCondition?: string; serviceCondition?: string; params?: string; conditions?: string }) => `Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
${options.params ?? ''}${options.conditions ? `Conditions:\n${options.conditions}` : ''}Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  Task:
    Type: AWS::ECS::TaskDefinition
${options.taskCondition ? `    Condition: ${options.taskCondition}\n` : ''}    Properties:
${options.mode ? `      NetworkMode: ${options.mode}\n` : ''}${options.compatibilities ? `      RequiresCompatibilities: ${options.compatibilities}\n` : ''}      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: app
          Image: nginx
  Service:
    Type: AWS::ECS::Service
${options.serviceCondition ? `    Condition: ${options.serviceCondition}\n` : ''}    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: !Ref Task
${options.service ?? ''}`;

const networkConfiguration = '      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: !Ref Subnets\n';

describe('CX1724 ECS service NetworkConfiguration and network mode', () => {
  it('reports an awsvpc task definition without NetworkConfiguration; a Fargate one without NetworkMode is CX1719\'s', () => {
    assert.deepEqual(paths('CX1724', ecs({ mode: 'awsvpc' })), ['Resources/Service/Properties/TaskDefinition']);
    assert.deepEqual(paths('CX1724', ecs({ compatibilities: '[FARGATE]', service: '      LaunchType: FARGATE\n' })), []);
    assert.deepEqual(check('CX1724', ecs({ mode: 'awsvpc', service: networkConfiguration })), []);
  });
  it('reports NetworkConfiguration with bridge, host or none, and not with the EC2 default left out', () => {
    for (const mode of ['bridge', 'host', 'none']) assert.deepEqual(paths('CX1724', ecs({ mode, service: networkConfiguration })), ['Resources/Service/Properties/NetworkConfiguration'], mode);
    assert.deepEqual(check('CX1724', ecs({ service: networkConfiguration })), []);
    assert.deepEqual(check('CX1724', ecs({ compatibilities: '[EC2, FARGATE]' })), []);
    assert.deepEqual(check('CX1724', ecs({ mode: 'bridge' })), []);
  });
  it('stays silent when a condition or parameter decides the mode or the configuration', () => {
    const params = '  Mode:\n    Type: String\n    AllowedValues: [awsvpc, bridge]\n  Free:\n    Type: String\n';
    const conditions = '  IsVpc: !Equals [!Ref Mode, awsvpc]\n';
    assert.deepEqual(check('CX1724', ecs({ params, conditions, mode: '!Ref Mode', service: `      NetworkConfiguration: !If\n        - IsVpc\n        - AwsvpcConfiguration:\n            Subnets: !Ref Subnets\n        - !Ref AWS::NoValue\n` })), []);
    assert.deepEqual(check('CX1724', ecs({ params, mode: '!Ref Free' })), []);
    assert.deepEqual(paths('CX1724', ecs({ params, conditions, mode: '!If [IsVpc, awsvpc, awsvpc]' })), ['Resources/Service/Properties/TaskDefinition']);
  });
  it('leaves EXTERNAL services and resources that never exist together alone', () => {
    assert.deepEqual(check('CX1724', ecs({ mode: 'awsvpc', service: '      DeploymentController:\n        Type: EXTERNAL\n' })), []);
    const params = '  Mode:\n    Type: String\n    AllowedValues: [a, b]\n';
    const conditions = '  IsA: !Equals [!Ref Mode, a]\n  IsB: !Equals [!Ref Mode, b]\n';
    assert.deepEqual(check('CX1724', ecs({ params, conditions, mode: 'awsvpc', taskCondition: 'IsA', serviceCondition: 'IsB' })), []);
  });
});

describe('CX1725 LaunchType with a capacity provider strategy', () => {
  const strategy = '      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE_SPOT\n          Weight: 1\n';
  it('reports both and accepts either alone', () => {
    assert.deepEqual(paths('CX1725', ecs({ mode: 'awsvpc', service: `      LaunchType: FARGATE\n${strategy}${networkConfiguration}` })), ['Resources/Service/Properties/CapacityProviderStrategy']);
    assert.deepEqual(check('CX1725', ecs({ mode: 'awsvpc', service: `${strategy}${networkConfiguration}` })), []);
    assert.deepEqual(check('CX1725', ecs({ mode: 'awsvpc', service: `      LaunchType: FARGATE\n${networkConfiguration}` })), []);
  });
  it('stays silent when a condition leaves one out or the strategy is an empty list', () => {
    const params = '  Spot:\n    Type: String\n    AllowedValues: ["true", "false"]\n';
    const conditions = '  UseSpot: !Equals [!Ref Spot, "true"]\n';
    const conditional = `      LaunchType: !If [UseSpot, !Ref AWS::NoValue, FARGATE]\n      CapacityProviderStrategy: !If\n        - UseSpot\n        - - CapacityProvider: FARGATE_SPOT\n            Weight: 1\n        - !Ref AWS::NoValue\n`;
    assert.deepEqual(check('CX1725', ecs({ params, conditions, mode: 'awsvpc', service: conditional })), []);
    assert.deepEqual(check('CX1725', ecs({ mode: 'awsvpc', service: '      LaunchType: FARGATE\n      CapacityProviderStrategy: []\n' })), []);
    assert.equal(check('CX1725', ecs({ params, mode: 'awsvpc', service: `      LaunchType: !Ref Spot\n${strategy}` })).length, 1);
  });
});

const lambdaFunction = `  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !Ref Role
      Code:
        ZipFile: 'def handler(e, c): return 1'
`;

const mapping = (queue: string, settings: string, extra = '', params = '') => `Parameters:
  Role:
    Type: String
${params}Resources:
${lambdaFunction}  Queue:
    Type: AWS::SQS::Queue
    Properties:
${queue}  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      EventSourceArn: !GetAtt Queue.Arn
${settings}${extra}`;

describe('CX1817 and CX1818 SQS batch sizes', () => {
  it('reports a standard queue batch above 10 without a window, and accepts a window of 1 or more', () => {
    assert.deepEqual(paths('CX1817', mapping('      VisibilityTimeout: 60\n', '      BatchSize: 100\n')), ['Resources/Mapping/Properties/BatchSize']);
    assert.deepEqual(paths('CX1817', mapping('      VisibilityTimeout: 60\n', '      BatchSize: 11\n      MaximumBatchingWindowInSeconds: 0\n')), ['Resources/Mapping/Properties/BatchSize']);
    assert.deepEqual(check('CX1817', mapping('      VisibilityTimeout: 60\n', '      BatchSize: 100\n      MaximumBatchingWindowInSeconds: 5\n')), []);
    assert.deepEqual(check('CX1817', mapping('      VisibilityTimeout: 60\n', '      BatchSize: 10\n')), []);
  });
  it('reports a FIFO queue batch above 10 (CX1818, not CX1817), window or not', () => {
    const fifo = '      FifoQueue: true\n';
    assert.deepEqual(paths('CX1818', mapping(fifo, '      BatchSize: 20\n      MaximumBatchingWindowInSeconds: 5\n')), ['Resources/Mapping/Properties/BatchSize']);
    assert.deepEqual(check('CX1817', mapping(fifo, '      BatchSize: 20\n')), []);
    assert.deepEqual(check('CX1818', mapping(fifo, '      BatchSize: 10\n')), []);
    assert.deepEqual(check('CX1818', mapping('      VisibilityTimeout: 60\n', '      BatchSize: 20\n      MaximumBatchingWindowInSeconds: 5\n')), []);
  });
  it('reports a batching window above 0 on a FIFO queue (CX1822), not on a standard queue', () => {
    const fifo = '      FifoQueue: true\n';
    assert.deepEqual(paths('CX1822', mapping(fifo, '      BatchSize: 10\n      MaximumBatchingWindowInSeconds: 5\n')), ['Resources/Mapping/Properties/MaximumBatchingWindowInSeconds']);
    assert.deepEqual(check('CX1822', mapping(fifo, '      BatchSize: 10\n      MaximumBatchingWindowInSeconds: 0\n')), []);
    assert.deepEqual(check('CX1822', mapping('      VisibilityTimeout: 60\n', '      BatchSize: 100\n      MaximumBatchingWindowInSeconds: 5\n')), []);
  });
  it('reads queue ARNs written out and SAM SQS events', () => {
    const arn = mapping('      VisibilityTimeout: 60\n', '      BatchSize: 50\n').replace('!GetAtt Queue.Arn', "!Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders.fifo'");
    assert.deepEqual(paths('CX1818', arn), ['Resources/Mapping/Properties/BatchSize']);
    assert.deepEqual(check('CX1817', arn), []);
    const stream = mapping('      VisibilityTimeout: 60\n', '      BatchSize: 500\n      StartingPosition: LATEST\n').replace('!GetAtt Queue.Arn', 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks');
    assert.deepEqual(check('CX1817', stream), []);
    const sam = `Transform: AWS::Serverless-2016-10-31
Parameters:
  QueueArn:
    Type: String
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: 'def handler(e, c): return 1'
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !Ref QueueArn
            BatchSize: 200
`;
    assert.deepEqual(paths('CX1817', sam), ['Resources/Fn/Properties/Events/Orders/Properties/BatchSize']);
  });
  it('judges Fn::If and parameter values only when every one is known', () => {
    const params = '  Size:\n    Type: Number\n  Big:\n    Type: String\n    AllowedValues: [yes, no]\n';
    const conditions = 'Conditions:\n  IsBig: !Equals [!Ref Big, yes]\n';
    assert.deepEqual(check('CX1817', mapping('      VisibilityTimeout: 60\n', '      BatchSize: !Ref Size\n', '', params)), []);
    const withConditions = (settings: string) => mapping('      VisibilityTimeout: 60\n', settings, '', params).replace('Resources:', `${conditions}Resources:`);
    assert.deepEqual(check('CX1817', withConditions('      BatchSize: !If [IsBig, 100, 10]\n')), []);
    assert.deepEqual(check('CX1817', withConditions('      BatchSize: 100\n      MaximumBatchingWindowInSeconds: !If [IsBig, 5, !Ref AWS::NoValue]\n')), []);
    assert.equal(check('CX1817', withConditions('      BatchSize: !If [IsBig, 1000, 100]\n')).length, 1);
    const maybeFifo = mapping('      FifoQueue: !If [IsBig, true, false]\n', '      BatchSize: 20\n      MaximumBatchingWindowInSeconds: 2\n', '', params).replace('Resources:', `${conditions}Resources:`);
    assert.deepEqual(check('CX1818', maybeFifo), []);
  });
});

const streamMapping = (source: string, settings: string, resources: string) => `Parameters:
  Role:
    Type: String
Resources:
${lambdaFunction}${resources}  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      EventSourceArn: ${source}
${settings}`;

const kinesis = '  Stream:\n    Type: AWS::Kinesis::Stream\n    Properties:\n      ShardCount: 1\n';
const table = '  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n      KeySchema:\n        - AttributeName: pk\n          KeyType: HASH\n      StreamSpecification:\n        StreamViewType: NEW_IMAGE\n';

describe('CX1819 stream event source mapping without StartingPosition', () => {
  it('reports Kinesis streams, DynamoDB streams and stream ARNs written out', () => {
    assert.deepEqual(paths('CX1819', streamMapping('!GetAtt Stream.Arn', '      BatchSize: 100\n', kinesis)), ['Resources/Mapping/Properties/EventSourceArn']);
    assert.deepEqual(paths('CX1819', streamMapping('!GetAtt Table.StreamArn', '', table)), ['Resources/Mapping/Properties/EventSourceArn']);
    assert.equal(check('CX1819', streamMapping("!Sub 'arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/clicks'", '', '')).length, 1);
    assert.equal(check('CX1819', streamMapping('arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000', '', '')).length, 1);
  });
  it('accepts a starting position, queues, and sources it cannot read', () => {
    assert.deepEqual(check('CX1819', streamMapping('!GetAtt Stream.Arn', '      StartingPosition: TRIM_HORIZON\n', kinesis)), []);
    assert.deepEqual(check('CX1819', streamMapping('!GetAtt Queue.Arn', '', '  Queue:\n    Type: AWS::SQS::Queue\n')), []);
    assert.deepEqual(check('CX1819', streamMapping('!ImportValue shared-stream-arn', '', '')), []);
    assert.deepEqual(check('CX1819', streamMapping('!GetAtt Table.Arn', '', table)), []);
  });
  it('stays silent when a condition may set StartingPosition', () => {
    const text = streamMapping('!GetAtt Stream.Arn', '      StartingPosition: !If [Old, TRIM_HORIZON, !Ref AWS::NoValue]\n', kinesis).replace('Resources:', 'Conditions:\n  Old: !Equals [!Ref Role, legacy]\nResources:');
    assert.deepEqual(check('CX1819', text), []);
  });
});

describe('CX1820 DynamoDB stream mapping starting AT_TIMESTAMP', () => {
  const at = '      StartingPosition: AT_TIMESTAMP\n      StartingPositionTimestamp: 1764979200\n';
  it('reports a DynamoDB stream of the template or written out', () => {
    assert.deepEqual(paths('CX1820', streamMapping('!GetAtt Table.StreamArn', at, table)), ['Resources/Mapping/Properties/StartingPosition']);
    assert.equal(check('CX1820', streamMapping('arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000', at, '')).length, 1);
  });
  it('accepts Kinesis, other starting positions and sources it cannot read', () => {
    assert.deepEqual(check('CX1820', streamMapping('!GetAtt Stream.Arn', at, kinesis)), []);
    assert.deepEqual(check('CX1820', streamMapping('!GetAtt Table.StreamArn', '      StartingPosition: LATEST\n', table)), []);
    assert.deepEqual(check('CX1820', streamMapping('!ImportValue shared-stream-arn', at, '')), []);
  });
});

const queues = (source: string, dlq: string, redrive = '!GetAtt Dlq.Arn', params = '') => `${params}Resources:
  Dlq:
    Type: AWS::SQS::Queue
    Properties:
      MessageRetentionPeriod: 1209600
${dlq}  Source:
    Type: AWS::SQS::Queue
    Properties:
${source}      RedrivePolicy:
        deadLetterTargetArn: ${redrive}
        maxReceiveCount: 5
`;

describe('CX3022 dead-letter queue of the other type', () => {
  it('reports a FIFO queue with a standard DLQ and the reverse', () => {
    assert.deepEqual(paths('CX3022', queues('      FifoQueue: true\n', '')), ['Resources/Source/Properties/RedrivePolicy/deadLetterTargetArn']);
    assert.match(check('CX3022', queues('', '      FifoQueue: true\n'))[0].message, /standard queue 'Source' sends failed messages to FIFO queue 'Dlq'/);
    assert.deepEqual(check('CX3022', queues('      FifoQueue: true\n', '      FifoQueue: true\n')), []);
    assert.deepEqual(check('CX3022', queues('', '      FifoQueue: false\n')), []);
  });
  it('reads a DLQ ARN written out, in the map or in JSON text', () => {
    assert.equal(check('CX3022', queues('      FifoQueue: true\n', '', "!Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders-dlq'")).length, 1);
    assert.deepEqual(check('CX3022', queues('      FifoQueue: true\n', '', "!Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders-dlq.fifo'")), []);
    assert.deepEqual(check('CX3022', queues('      FifoQueue: true\n', '', "!Sub 'arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:${DlqName}'")), []);
    const text = `Resources:
  Source:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
      RedrivePolicy: '{"deadLetterTargetArn": "arn:aws:sqs:us-east-1:123456789012:orders-dlq", "maxReceiveCount": 5}'
`;
    assert.deepEqual(paths('CX3022', text), ['Resources/Source/Properties/RedrivePolicy']);
  });
  it('stays silent when a condition or parameter decides a queue type', () => {
    const params = 'Parameters:\n  Fifo:\n    Type: String\n    AllowedValues: ["true", "false"]\n';
    assert.deepEqual(check('CX3022', queues('      FifoQueue: !Ref Fifo\n', '      FifoQueue: !Ref Fifo\n', '!GetAtt Dlq.Arn', params)), []);
    assert.deepEqual(check('CX3022', queues('      FifoQueue: !Ref Fifo\n', '', '!GetAtt Dlq.Arn', params)), []);
  });
});

const topic = (properties: string, params = '') => `${params}Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
${properties}`;

describe('CX3023 FIFO topic names', () => {
  it('reports a FIFO topic named without .fifo, with a fix', () => {
    const found = check('CX3023', topic('      FifoTopic: true\n      TopicName: orders\n'));
    assert.deepEqual(found.map((item) => item.path?.join('/')), ['Resources/Topic/Properties/TopicName']);
    assert.equal(found[0].fixes?.[0].title, "Name it 'orders.fifo'");
    assert.equal(check('CX3023', topic("      FifoTopic: true\n      TopicName: !Sub '${AWS::StackName}-orders'\n")).length, 1);
  });
  it('accepts .fifo names, generated names and standard topics', () => {
    assert.deepEqual(check('CX3023', topic('      FifoTopic: true\n      TopicName: orders.fifo\n')), []);
    assert.deepEqual(check('CX3023', topic("      FifoTopic: true\n      TopicName: !Sub '${AWS::StackName}-orders.fifo'\n")), []);
    assert.deepEqual(check('CX3023', topic('      FifoTopic: true\n      ContentBasedDeduplication: true\n')), []);
    assert.deepEqual(check('CX3023', topic('      TopicName: orders\n')), []);
  });
  it('judges parameter names only when every allowed value is known', () => {
    const params = 'Parameters:\n  Name:\n    Type: String\n  Known:\n    Type: String\n    AllowedValues: [a, b.fifo]\n  Fifo:\n    Type: String\n';
    assert.deepEqual(check('CX3023', topic('      FifoTopic: true\n      TopicName: !Ref Name\n', params)), []);
    assert.deepEqual(check('CX3023', topic('      FifoTopic: true\n      TopicName: !Ref Known\n', params)), []);
    assert.deepEqual(check('CX3023', topic('      FifoTopic: !Ref Fifo\n      TopicName: orders\n', params)), []);
  });
});

describe('CX1732 host port of a task in the awsvpc or host network mode', () => {
  const task = (mode: string, mapping: string, compatibilities = '') => `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:${compatibilities}${mode ? `\n      NetworkMode: ${mode}` : ''}
      ContainerDefinitions:
        - Name: web
          Image: nginx
          PortMappings:
            - ${mapping}
`;
  it('reports a HostPort other than the ContainerPort in the awsvpc and host modes, Fargate being awsvpc, and sets it to the ContainerPort', () => {
    for (const mode of ['awsvpc', 'host']) assert.equal(check('CX1732', task(mode, '{ContainerPort: 8080, HostPort: 80}')).length, 1, mode);
    const fargate = task('', '{ContainerPort: 8080, HostPort: 80}', '\n      RequiresCompatibilities: [FARGATE]');
    const [found] = check('CX1732', fargate);
    assert.equal(found.message, "Port mapping 1 of container 1 in 'Task' maps host port 80 to container port 8080: in the awsvpc network mode HostPort must be left out or equal the ContainerPort");
    assert.deepEqual(check('CX1732', applyEdits(fargate, found.fixes![0].edits)), []);
  });
  it('leaves the bridge mode, equal or missing host ports, 0 and computed values alone', () => {
    assert.deepEqual(check('CX1732', task('bridge', '{ContainerPort: 8080, HostPort: 80}')), []);
    assert.deepEqual(check('CX1732', task('', '{ContainerPort: 8080, HostPort: 80}')), []);
    for (const mapping of ['{ContainerPort: 8080, HostPort: 8080}', '{ContainerPort: 8080}', '{ContainerPort: 8080, HostPort: 0}', 'ContainerPort: 8080\n              HostPort: !Ref AWS::NoValue']) {
      assert.deepEqual(check('CX1732', task('awsvpc', mapping)), [], mapping);
    }
  });
});
