import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAt } from './cursorHelper';

const YAML_HEAD = `AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MaxSize: '2'
`;

const yaml = (tail: string) => contextAt(YAML_HEAD + tail, 'yaml');

describe('completion context in YAML', () => {
  it('tells a top-level key, a logical ID and a resource attribute key apart', () => {
    assert.deepEqual(yaml('‸'), { kind: 'topLevelKey', cursorPath: [], cursorKind: 'key' });
    assert.deepEqual(yaml('  ‸'), { kind: 'logicalId', cursorPath: ['Resources'], cursorKind: 'key' });
    assert.deepEqual(yaml('    Upd‸'), {
      kind: 'resourceAttributeKey',
      logicalId: 'Group',
      resourceType: 'AWS::AutoScaling::AutoScalingGroup',
      cursorPath: ['Resources', 'Group'],
      cursorKind: 'key',
    });
  });

  it('finds a property key under Properties and under a nested property, even half typed', () => {
    assert.deepEqual(yaml('      Min‸'), {
      kind: 'propertyKey',
      logicalId: 'Group',
      resourceType: 'AWS::AutoScaling::AutoScalingGroup',
      path: ['Properties'],
      cursorPath: ['Resources', 'Group', 'Properties'],
      cursorKind: 'key',
    });
    const nested = yaml('      LaunchTemplate:\n        Ver‸');
    assert.deepEqual(nested?.cursorPath, ['Resources', 'Group', 'Properties', 'LaunchTemplate']);
    assert.equal(nested?.kind, 'propertyKey');
  });

  it('counts list items to give their index', () => {
    const item = yaml('      Tags:\n        - Key: a\n          Value: b\n          PropagateAtLaunch: true\n        - ‸');
    assert.deepEqual(item?.cursorPath, ['Resources', 'Group', 'Properties', 'Tags', 1]);
    assert.equal(item?.cursorKind, 'item');
  });

  it('finds a property value', () => {
    assert.deepEqual(yaml('      HealthCheckType: ‸'), {
      kind: 'propertyValue',
      logicalId: 'Group',
      resourceType: 'AWS::AutoScaling::AutoScalingGroup',
      path: ['Properties', 'HealthCheckType'],
      cursorPath: ['Resources', 'Group', 'Properties', 'HealthCheckType'],
      cursorKind: 'value',
    });
  });

  it('finds Ref, GetAtt before and after the dot, Fn::If conditions and FindInMap arguments', () => {
    assert.equal(yaml('      MinSize: !Ref ‸')?.kind, 'refTarget');
    assert.equal(yaml('      MinSize:\n        Ref: Pa‸')?.kind, 'refTarget');
    assert.equal(yaml('      MinSize: !GetAtt Lau‸')?.kind, 'getAttResource');
    assert.deepEqual(yaml('      MinSize: !GetAtt Queue.Ar‸'), {
      kind: 'getAttAttribute',
      logicalId: 'Queue',
      cursorPath: ['Resources', 'Group', 'Properties', 'MinSize', 'Fn::GetAtt'],
      cursorKind: 'value',
    });
    assert.equal(yaml('      MinSize: !GetAtt [Queue, ‸]')?.kind, 'getAttAttribute');
    assert.equal(yaml('      MinSize: !If [‸')?.kind, 'condition');
    assert.equal(yaml('      MinSize:\n        Fn::If:\n          - ‸')?.kind, 'condition');
    assert.equal(yaml('    Condition: ‸')?.kind, 'condition');
    assert.equal(yaml('      MinSize: !FindInMap [‸')?.kind, 'mapping');
    assert.deepEqual(yaml('      MinSize: !FindInMap [Sizes, ‸')?.parents, ['Sizes']);
  });

  it('finds an intrinsic function name after `!` and as a key', () => {
    assert.deepEqual(yaml('      MinSize: !Su‸'), {
      kind: 'functionName',
      form: 'tag',
      cursorPath: ['Resources', 'Group', 'Properties', 'MinSize'],
      cursorKind: 'tag',
    });
    assert.equal(yaml('      MinSize:\n        Fn::‸')?.kind, 'propertyKey');
  });

  it('finds keys of UpdatePolicy', () => {
    assert.deepEqual(yaml('    UpdatePolicy:\n      AutoScalingRollingUpdate:\n        Min‸'), {
      kind: 'policyKey',
      resourceType: 'AWS::AutoScaling::AutoScalingGroup',
      path: ['UpdatePolicy', 'AutoScalingRollingUpdate'],
      cursorPath: ['Resources', 'Group', 'UpdatePolicy', 'AutoScalingRollingUpdate'],
      cursorKind: 'key',
    });
  });

  it('reads CRLF line ends and an empty Properties', () => {
    const crlf = contextAt((YAML_HEAD + '      LaunchTemplate:\n        ‸').replace(/\n/g, '\r\n'), 'yaml');
    assert.deepEqual(crlf?.cursorPath, ['Resources', 'Group', 'Properties', 'LaunchTemplate']);
    const empty = contextAt('Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      ‸', 'yaml');
    assert.deepEqual(empty?.path, ['Properties']);
    assert.equal(empty?.kind, 'propertyKey');
  });

  it('stays silent inside a block scalar and a comment', () => {
    assert.equal(yaml('      UserData: |\n        #!/bin/bash\n        ec‸'), undefined);
    assert.equal(yaml('      # Ref‸'), undefined);
  });
});

const JSON_TEXT = (inner: string) =>
  `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {${inner}}}}}`;
const json = (inner: string) => contextAt(JSON_TEXT(inner), 'json');

describe('completion context in JSON', () => {
  it('finds a property key, a property value and a nested key', () => {
    assert.equal(json('"Min‸"')?.kind, 'propertyKey');
    assert.deepEqual(json('"HealthCheckType": "‸"')?.cursorPath, ['Resources', 'Group', 'Properties', 'HealthCheckType']);
    assert.equal(json('"HealthCheckType": "‸"')?.kind, 'propertyValue');
    assert.deepEqual(json('"LaunchTemplate": {"‸"}')?.cursorPath, ['Resources', 'Group', 'Properties', 'LaunchTemplate']);
  });

  it('finds Ref, GetAtt list items, Fn::If conditions and FindInMap mappings', () => {
    assert.equal(json('"MinSize": {"Ref": "‸"}')?.kind, 'refTarget');
    assert.equal(json('"MinSize": {"Fn::GetAtt": ["‸"]}')?.kind, 'getAttResource');
    assert.deepEqual(json('"MinSize": {"Fn::GetAtt": ["Queue", "‸"]}')?.logicalId, 'Queue');
    assert.equal(json('"MinSize": {"Fn::If": ["‸"]}')?.kind, 'condition');
    assert.equal(json('"MinSize": {"Fn::FindInMap": ["‸"]}')?.kind, 'mapping');
  });

  it('finds a resource attribute key and the top level', () => {
    const text = '{"Resources": {"Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "‸"}}}';
    assert.equal(contextAt(text, 'json')?.kind, 'resourceAttributeKey');
    assert.equal(contextAt('{"Resources": {}, "‸"}', 'json')?.kind, 'topLevelKey');
  });
});
