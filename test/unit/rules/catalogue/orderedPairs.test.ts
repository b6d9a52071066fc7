/** The ordered-pair engine: a lower bound above its upper bound, for every value the template can give them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORDERED_PAIR_CHECKS } from '../../../../src/core/rules/catalogue/ordered';
import { findings, paths, resources } from './checkObjects';

const memory = ORDERED_PAIR_CHECKS.find((check) => check.id === 'CX1734')!;
const task = (containers: string) => resources(`  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n${containers}`);
const container = (name: string, memoryValue: string, reservation: string) =>
  `        - {Name: ${name}, Image: nginx, Memory: ${memoryValue}, MemoryReservation: ${reservation}}\n`;

describe('ordered pairs', () => {
  it('reports a lower bound above the upper one in every list item, on the lower bound', () => {
    const found = findings(memory, task(container('a', '512', '256') + container('b', '512', '1024')));
    assert.deepEqual(
      found.map((hit) => [hit.path?.join('/'), hit.message]),
      [
        [
          'Resources/Task/Properties/ContainerDefinitions/1/MemoryReservation',
          "MemoryReservation 1024 is above Memory 512 in ContainerDefinitions[1] of 'Task': AWS::ECS::TaskDefinition takes a MemoryReservation no greater than its Memory",
        ],
      ],
    );
  });

  it('takes equal bounds where the service does, and numbers written as strings', () => {
    assert.deepEqual(paths(memory, task(container('a', '512', '512'))), []);
    assert.deepEqual(paths(memory, task(container('a', "'512'", "'1024'"))), ['Resources/Task/Properties/ContainerDefinitions/0/MemoryReservation']);
  });

  it('judges every value a parameter allows, and leaves values it cannot tell', () => {
    const parameters = (allowed: string) => `  Reserve:\n    Type: Number\n    AllowedValues: [${allowed}]\n`;
    const withParameter = (allowed: string) =>
      resources(`  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n${container('a', '512', '!Ref Reserve')}`, parameters(allowed));
    assert.deepEqual(paths(memory, withParameter('1024, 2048')), ['Resources/Task/Properties/ContainerDefinitions/0/MemoryReservation']);
    // One allowed value fits: a stack given it deploys.
    assert.deepEqual(paths(memory, withParameter('256, 1024')), []);
    assert.deepEqual(paths(memory, task(container('a', '!ImportValue Limit', '1024'))), []);
  });
});

describe('CX2037 Aurora Serverless v1 capacities', () => {
  const scaling = ORDERED_PAIR_CHECKS.find((check) => check.id === 'CX2037')!;
  const cluster = (min: string, max: string) =>
    resources(`  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      EngineMode: serverless\n      ScalingConfiguration: {MinCapacity: ${min}, MaxCapacity: ${max}}\n`);
  it('reports a minimum above the maximum, not one below it', () => {
    assert.deepEqual(paths(scaling, cluster('16', '4')), ['Resources/Db/Properties/ScalingConfiguration/MinCapacity']);
    assert.deepEqual(paths(scaling, cluster('2', '4')), []);
  });
  it('explains that Serverless v1 is retired and what replaces it', () => {
    const { what } = scaling.explanation;
    assert.match(what, /Aurora Serverless v1 \(EngineMode serverless\)/);
    assert.match(what, /March 31, 2025/);
    assert.match(what, /January 8, 2025/);
    assert.match(what, /MinCapacity must also be no greater than its MaxCapacity/);
    assert.match(what, /ServerlessV2ScalingConfiguration with db\.serverless instances/);
  });
});
