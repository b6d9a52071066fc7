/** CX2038: a db.serverless instance in a template cluster without a Serverless v2 capacity range. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function template(clusterLines: string[], instanceLines: string[], parameters: string[] = []): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    ...parameters,
    'Resources:',
    '  Cluster:',
    '    Type: AWS::RDS::DBCluster',
    ...clusterLines.map((line) => `    ${line}`),
    '    Properties:',
    '      Engine: aurora-postgresql',
    '  Writer:',
    '    Type: AWS::RDS::DBInstance',
    ...instanceLines.map((line) => `    ${line}`),
    '',
  ].join('\n');
}

const serverlessInstance = ['Properties:', '  DBClusterIdentifier: !Ref Cluster', '  DBInstanceClass: db.serverless'];

describe('CX2038 Aurora Serverless v2 instance without the cluster capacity range', () => {
  it('reports a db.serverless instance of a template cluster that sets no ServerlessV2ScalingConfiguration', () => {
    assert.deepEqual(paths('CX2038', template([], serverlessInstance)), ['Resources/Writer/Properties/DBInstanceClass']);
  });

  it('accepts a cluster with a capacity range, provisioned classes, a class a parameter may make otherwise, conditions and outside clusters', () => {
    const withRange = template([], serverlessInstance).replace('      Engine: aurora-postgresql\n  Writer', '      Engine: aurora-postgresql\n      ServerlessV2ScalingConfiguration: {MinCapacity: 0.5, MaxCapacity: 8}\n  Writer');
    assert.deepEqual(paths('CX2038', withRange), []);
    assert.deepEqual(paths('CX2038', template([], ['Properties:', '  DBClusterIdentifier: !Ref Cluster', '  DBInstanceClass: db.r6g.large'])), []);
    const choice = ['Parameters:', '  Class: {Type: String, AllowedValues: [db.serverless, db.r6g.large], Default: db.r6g.large}'];
    assert.deepEqual(paths('CX2038', template([], ['Properties:', '  DBClusterIdentifier: !Ref Cluster', '  DBInstanceClass: !Ref Class'], choice)), []);
    const flag = ['Parameters:', '  Serverless: {Type: String, Default: "no"}', 'Conditions:', '  IsServerless: !Equals [!Ref Serverless, "yes"]'];
    assert.deepEqual(paths('CX2038', template(['Condition: IsServerless'], serverlessInstance, flag)), []);
    assert.deepEqual(paths('CX2038', template([], ['Condition: IsServerless', ...serverlessInstance], flag)), []);
    assert.deepEqual(paths('CX2038', template([], ['Properties:', '  DBClusterIdentifier: existing-cluster', '  DBInstanceClass: db.serverless'])), []);
  });
});
