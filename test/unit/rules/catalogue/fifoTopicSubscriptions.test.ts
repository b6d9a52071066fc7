/** CX3029: SNS refuses every subscriber but an SQS queue on a FIFO topic. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from './helpers';

const template = (options: { fifo?: string; resources?: string; params?: string; conditions?: string }) => `Transform: AWS::Serverless-2016-10-31
${options.params ?? ''}${options.conditions ?? ''}Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      FifoTopic: ${options.fifo ?? 'true'}
      TopicName: events.fifo
${options.resources ?? ''}`;

const subscription = (protocol: string, condition = '') => `  Sub:
    Type: AWS::SNS::Subscription
${condition}    Properties:
      TopicArn: !Ref Topic
      Protocol: ${protocol}
      Endpoint: somewhere
`;

const samFunction = (eventProperties: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      InlineCode: x
      Events:
        Topic:
          Type: SNS
          Properties:
            Topic: !Ref Topic
${eventProperties}`;

const pathsOf = (text: string) => check('CX3029', text).map((hit) => hit.path?.join('/'));

describe('CX3029 subscriptions a FIFO topic refuses', () => {
  it('reports email, SMS, HTTP(S), application and Lambda subscriptions in any letter case', () => {
    for (const protocol of ['email', 'email-json', 'sms', 'http', 'HTTPS', 'application', 'lambda']) {
      assert.deepEqual(pathsOf(template({ resources: subscription(protocol) })), ['Resources/Sub/Properties/Protocol'], protocol);
    }
    assert.match(check('CX3029', template({ resources: subscription('email') }))[0].message, /protocol 'email'/);
  });
  it('accepts SQS (FIFO or standard queues) and leaves Firehose and unknown protocols alone', () => {
    for (const protocol of ['sqs', 'SQS', 'firehose', '!Ref Protocol']) {
      assert.deepEqual(pathsOf(template({ params: 'Parameters:\n  Protocol:\n    Type: String\n', resources: subscription(protocol) })), [], protocol);
    }
  });
  it('reads a parameter whose every allowed value is refused, and leaves a mixed one alone', () => {
    const params = 'Parameters:\n  Web:\n    Type: String\n    AllowedValues: [http, https]\n  Mixed:\n    Type: String\n    AllowedValues: [https, sqs]\n';
    assert.deepEqual(pathsOf(template({ params, resources: subscription('!Ref Web') })), ['Resources/Sub/Properties/Protocol']);
    assert.deepEqual(pathsOf(template({ params, resources: subscription('!Ref Mixed') })), []);
  });
  it('leaves standard topics and topics of unknown kind alone', () => {
    assert.deepEqual(pathsOf(template({ fifo: 'false', resources: subscription('email') })), []);
    assert.deepEqual(pathsOf(template({ fifo: '!Ref Fifo', params: 'Parameters:\n  Fifo:\n    Type: String\n', resources: subscription('email') })), []);
  });
  it('reads the topic Subscription list', () => {
    const list = '      Subscription:\n        - Protocol: sqs\n          Endpoint: arn\n        - Protocol: sms\n          Endpoint: "+15555550100"\n';
    assert.deepEqual(pathsOf(template({}).replace('      TopicName: events.fifo\n', `      TopicName: events.fifo\n${list}`)), ['Resources/Topic/Properties/Subscription/1/Protocol']);
  });
  it('reports a SAM SNS event on a FIFO topic unless SAM subscribes a queue for it', () => {
    assert.deepEqual(pathsOf(template({ resources: samFunction('') })), ['Resources/Fn/Properties/Events/Topic/Properties/Topic']);
    assert.deepEqual(pathsOf(template({ resources: samFunction('            SqsSubscription: true\n') })), []);
    assert.deepEqual(pathsOf(template({ resources: samFunction('            SqsSubscription:\n              BatchSize: 5\n') })), []);
    assert.deepEqual(pathsOf(template({ resources: samFunction('            SqsSubscription: false\n') })), ['Resources/Fn/Properties/Events/Topic/Properties/Topic']);
  });
  it('stays silent when the subscription and the topic never exist together', () => {
    const conditions = 'Conditions:\n  A: !Equals [!Ref AWS::Region, us-east-1]\n  B: !Not [!Condition A]\n';
    const text = template({ conditions, resources: subscription('email', '    Condition: B\n') }).replace('  Topic:\n    Type: AWS::SNS::Topic\n', '  Topic:\n    Type: AWS::SNS::Topic\n    Condition: A\n');
    assert.deepEqual(pathsOf(text), []);
  });
});
