import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elastiCacheFailoverRule } from '../../../src/core/rules/elastiCacheFailover';
import { parseTemplate } from '../../../src/core/template';
import { gatedRun } from './gatedRun';

function template(groupProperties: string[], conditions: string[] = []): string {
  return [
    'Parameters:',
    '  Shards: {Type: Number, Default: 1}',
    '  Replicas: {Type: Number, Default: 1}',
    'Conditions:',
    '  Clustered: !Not [!Equals [!Ref Shards, 1]]',
    '  Single: !Equals [!Ref Shards, 1]',
    '  HasReplicas: !Not [!Equals [!Ref Replicas, 0]]',
    ...conditions,
    'Resources:',
    '  Params:',
    '    Type: AWS::ElastiCache::ParameterGroup',
    '    Properties:',
    '      Description: params',
    '      CacheParameterGroupFamily: redis7',
    "      Properties: !If [Clustered, {'cluster-enabled': 'yes'}, {}]",
    '  Cache:',
    '    Type: AWS::ElastiCache::ReplicationGroup',
    '    Properties:',
    '      ReplicationGroupDescription: cache',
    '      Engine: redis',
    '      CacheNodeType: cache.t4g.small',
    ...groupProperties.map((line) => `      ${line}`),
    '',
  ].join('\n');
}

const lint = (text: string) =>
  gatedRun(elastiCacheFailoverRule, parseTemplate(text, 'yaml')).map((found) => [found.ruleId, found.severity, found.path?.join('/'), found.message]);

describe('E3026 ElastiCache replication groups', () => {
  it('reports automatic failover off in cluster mode, from ClusterMode, a .cluster.on group or a parameter group setting cluster-enabled', () => {
    assert.deepEqual(lint(template(['ClusterMode: Enabled', 'AutomaticFailoverEnabled: false'])), [
      ['E3026', 'error', 'Resources/Cache/Properties/AutomaticFailoverEnabled', "Replication group 'Cache' runs in cluster mode but sets AutomaticFailoverEnabled to false: ElastiCache requires automatic failover for cluster mode enabled replication groups"],
    ]);
    assert.equal(lint(template(['CacheParameterGroupName: default.redis7.cluster.on', 'AutomaticFailoverEnabled: "false"'])).length, 1);
    // Cluster mode when Shards is not 1, no failover when Replicas is 0: both can be chosen together.
    assert.equal(lint(template(['CacheParameterGroupName: !Ref Params', 'AutomaticFailoverEnabled: !If [HasReplicas, true, false]'])).length, 1);
  });

  it('says nothing when the conditions can never hold together, or failover is on', () => {
    assert.deepEqual(lint(template(['CacheParameterGroupName: !Ref Params', 'AutomaticFailoverEnabled: !If [Single, false, true]'])), []);
    assert.deepEqual(lint(template(['CacheParameterGroupName: !Ref Params', 'AutomaticFailoverEnabled: true', 'NumNodeGroups: 2'])), []);
    assert.deepEqual(lint(template(['CacheParameterGroupName: default.redis7', 'AutomaticFailoverEnabled: false'])), []);
  });

  it('reports automatic failover with fewer than 2 cache clusters, unless there are several node groups', () => {
    assert.deepEqual(lint(template(['AutomaticFailoverEnabled: true', 'NumCacheClusters: 1'])), [
      ['E3026', 'error', 'Resources/Cache/Properties/NumCacheClusters', "Replication group 'Cache' enables automatic failover with NumCacheClusters 1: ElastiCache needs at least 2 (a primary and a replica to fail over to)"],
    ]);
    assert.deepEqual(lint(template(['AutomaticFailoverEnabled: true', 'NumCacheClusters: 2'])), []);
    assert.deepEqual(lint(template(['AutomaticFailoverEnabled: !If [HasReplicas, true, false]', 'NumCacheClusters: !If [HasReplicas, 2, 1]'])), []);
  });
});
