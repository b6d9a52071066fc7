/** Ranges the registry gives on string properties (finding 27: a WaitCondition Timeout above 12 hours). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { scalarProblem } from '../../../src/core/schema/constraints/scalars';
import type { SchemaObject } from '../../../src/core/schema/constraints/types';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from './schemaHelper';

useGeneratedSchema();
const REGISTRY = join(import.meta.dirname, '../../../src/core/schema/registry');

function rangeFindings(type: string, ...properties: string[]): string[] {
  const text = ['Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`), ''].join('\n');
  return analyze(parseTemplate(text, 'yaml'))
    .findings.filter((found) => found.ruleId === 'E3034')
    .map((found) => `${found.path?.join('/')}: ${found.message}`);
}

/** `Type path` of every string-typed schema in the registry data with a range, and the schema. */
function stringRanges(): Array<{ where: string; schema: SchemaObject }> {
  const found: Array<{ where: string; schema: SchemaObject }> = [];
  const walk = (node: unknown, where: string): void => {
    if (!node || typeof node !== 'object') return;
    const schema = node as SchemaObject;
    const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
    const ranged = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum].some((bound) => bound !== undefined);
    if (ranged && types.includes('string')) found.push({ where, schema });
    for (const [key, value] of Object.entries(node)) walk(value, `${where}/${key}`);
  };
  for (const file of readdirSync(REGISTRY).filter((name) => name.endsWith('.json'))) {
    for (const [type, entry] of Object.entries(JSON.parse(readFileSync(join(REGISTRY, file), 'utf8')))) walk((entry as { schema: unknown }).schema, type);
  }
  return found;
}

/** A number just outside the schema's range, written as text. */
function outOfRange(schema: SchemaObject): string {
  if (schema.maximum !== undefined) return String(schema.maximum + 1);
  if (schema.exclusiveMaximum !== undefined) return String(schema.exclusiveMaximum);
  return String((schema.minimum ?? schema.exclusiveMinimum!) - 1);
}

describe('ranges on string properties', () => {
  it('E3034 holds a value written as a plain decimal number, quoted or not, to the range', () => {
    const wait = (timeout: string) => rangeFindings('AWS::CloudFormation::WaitCondition', 'Handle: h', `Timeout: ${timeout}`);
    assert.deepEqual(wait('50000'), ['Resources/R/Properties/Timeout: Timeout must be at most 43200; 50000 is more']);
    assert.deepEqual(wait("'50000'"), ['Resources/R/Properties/Timeout: Timeout must be at most 43200; 50000 is more']);
    assert.deepEqual(wait("'-1'"), ['Resources/R/Properties/Timeout: Timeout must be at least 0; -1 is less']);
    assert.deepEqual([wait('43200'), wait("'3600'"), wait('PT1H'), wait("'5e5'"), wait("' 50000'"), wait('!Ref Timeout')], [[], [], [], [], [], []]);
    const uid = (value: string) => rangeFindings('AWS::EFS::AccessPoint', 'FileSystemId: fs-12345678', `PosixUser: { Uid: '${value}', Gid: '0' }`);
    assert.deepEqual(uid('4294967296'), ['Resources/R/Properties/PosixUser/Uid: Uid must be at most 4294967295; 4294967296 is more']);
    assert.deepEqual(uid('1000'), []);
  });

  it('leave a string that holds names alone: its range is a copied length', () => {
    assert.deepEqual(rangeFindings('AWS::CodeCommit::Repository', "RepositoryName: '5000'"), []);
    const problem = (value: string) => scalarProblem(value, { type: 'string', minimum: 1, maximum: 100, pattern: '^[a-zA-Z0-9._\\-]+$' }, 'RepositoryName');
    assert.equal(problem('5000'), undefined);
    assert.equal(scalarProblem('5000', { type: 'string', maximum: 100, pattern: '^[0-9]+$' }, 'Id')?.keyword, 'range');
  });

  // Reviewed one by one: each range is a number the service checks, or (excluded) a length on a name.
  const APPLIED = [
    'AWS::CloudFormation::WaitCondition/properties/Timeout',
    'AWS::EFS::AccessPoint/definitions/CreationInfo/properties/OwnerGid',
    'AWS::EFS::AccessPoint/definitions/CreationInfo/properties/OwnerUid',
    'AWS::EFS::AccessPoint/definitions/PosixUser/properties/Gid',
    'AWS::EFS::AccessPoint/definitions/PosixUser/properties/SecondaryGids/items',
    'AWS::EFS::AccessPoint/definitions/PosixUser/properties/Uid',
    'AWS::IoT::SecurityProfile/definitions/MetricValue/properties/Count',
    // RDS reads AllocatedStorage as a number of GiB (its schema pattern is digits only).
    'AWS::RDS::DBInstance/allOf/5/else/properties/AllocatedStorage',
    'AWS::Route53Resolver::ResolverRule/definitions/TargetAddress/properties/Port',
    'AWS::S3Files::AccessPoint/definitions/CreationPermissions/properties/OwnerGid',
    'AWS::S3Files::AccessPoint/definitions/CreationPermissions/properties/OwnerUid',
    'AWS::S3Files::AccessPoint/definitions/PosixUser/properties/Gid',
    'AWS::S3Files::AccessPoint/definitions/PosixUser/properties/SecondaryGids/items',
    'AWS::S3Files::AccessPoint/definitions/PosixUser/properties/Uid',
    'AWS::SNS::Topic/properties/ArchivePolicy/properties/MessageRetentionPeriod',
    'AWS::Synthetics::Canary/definitions/Schedule/properties/DurationInSeconds',
  ];
  const EXCLUDED = [
    'AWS::CodeCommit::Repository/properties/RepositoryName',
    'AWS::SageMaker::DataQualityJobDefinition/definitions/ClusterConfig/properties/VolumeKmsKeyId',
    'AWS::SageMaker::ModelBiasJobDefinition/definitions/ClusterConfig/properties/VolumeKmsKeyId',
    'AWS::SageMaker::ModelExplainabilityJobDefinition/definitions/ClusterConfig/properties/VolumeKmsKeyId',
    'AWS::SageMaker::ModelQualityJobDefinition/definitions/ClusterConfig/properties/VolumeKmsKeyId',
    'AWS::SageMaker::MonitoringSchedule/definitions/ClusterConfig/properties/VolumeKmsKeyId',
  ];

  it('apply to the reviewed registry properties and no others (a new one fails here until it is reviewed)', () => {
    const applied: string[] = [];
    const excluded: string[] = [];
    for (const { where, schema } of stringRanges()) (scalarProblem(outOfRange(schema), schema, 'x')?.keyword === 'range' ? applied : excluded).push(where);
    assert.deepEqual(applied.sort(), APPLIED);
    assert.deepEqual(excluded.sort(), EXCLUDED);
  });
});
