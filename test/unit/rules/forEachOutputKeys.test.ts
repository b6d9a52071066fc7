import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forEachOutputKeysRule } from '../../../src/core/rules/forEachOutputKeys';
import { run } from './exam/helpers';

const loop = (key: string, transform = 'Transform: AWS::LanguageExtensions\n') => `${transform}Resources:
  Fn::ForEach::Queues:
    - Name
    - [orders, invoices]
    - ${key}:
        Type: AWS::SQS::Queue
`;

describe('E1032 output keys of Fn::ForEach', () => {
  it('reports a key without the identifier, and accepts ${Identifier} and &{Identifier}', () => {
    assert.deepEqual(run(forEachOutputKeysRule, loop('Queue')).map((found) => `${found.path?.join('/')}: ${found.message}`), [
      "Resources/Fn::ForEach::Queues/2/Queue: The output key 'Queue' of loop 'Queues' does not include ${Name} or &{Name}: CloudFormation requires the identifier in every output key, or each copy would write the same key",
    ]);
    assert.deepEqual(run(forEachOutputKeysRule, loop("'${Name}Queue'")), []);
    assert.deepEqual(run(forEachOutputKeysRule, loop("'Queue&{Name}'")), []);
  });

  it('reports an item the collection lists twice, or twice once &{} keeps only letters and digits, and not distinct items', () => {
    const twice = loop("'${Name}Queue'").replace('[orders, invoices]', '[orders, invoices, orders]');
    assert.deepEqual(run(forEachOutputKeysRule, twice).map((found) => `${found.path?.join('/')}: ${found.message}`), [
      "Resources/Fn::ForEach::Queues/1/2: The collection of loop 'Queues' lists 'orders' twice: both copies write the same output keys, and a template holds each key once",
    ]);
    const alike = loop("'Queue&{Name}'").replace('[orders, invoices]', '[eu-west-1, euwest1]');
    assert.deepEqual(run(forEachOutputKeysRule, alike).map((found) => found.message), [
      "The collection of loop 'Queues' lists 'eu-west-1' and 'euwest1', which &{Name} writes alike: both copies write the same output keys, and a template holds each key once",
    ]);
    assert.deepEqual(run(forEachOutputKeysRule, loop("'${Name}Queue'").replace('[orders, invoices]', '[eu-west-1, euwest1]')), []);
  });

  it('checks nested loops and loops in properties, each against its own identifier, and nothing without the transform', () => {
    const nested = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Envs:
    - Env
    - [dev, prod]
    - Fn::ForEach::Topics:
        - Topic
        - [a, b]
        - '\${Env}\${Topic}':
            Type: AWS::SNS::Topic
            Properties:
              Tags:
                Fn::ForEach::Tags:
                  - Key
                  - [team, cost]
                  - Fixed: x
`;
    assert.deepEqual(run(forEachOutputKeysRule, nested).map((found) => found.path?.join('/')), [
      'Resources/Fn::ForEach::Envs/2/Fn::ForEach::Topics/2/${Env}${Topic}/Properties/Tags/Fn::ForEach::Tags/2/Fixed',
    ]);
    assert.deepEqual(run(forEachOutputKeysRule, loop('Queue', '')), []);
  });
});
