/** Registry patterns with lookaround, applied to templates (finding 28: a numeric Lambda alias name passed). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

useGeneratedSchema();

function patternFindings(type: string, ...properties: string[]): string[] {
  const text = ['Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`), ''].join('\n');
  return analyze(parseTemplate(text, 'yaml'))
    .findings.filter((found) => found.ruleId === 'E3031')
    .map((found) => `${found.path?.join('/')}: ${found.message}`);
}

describe('registry patterns with lookaround, in templates', () => {
  it('E3031 a Lambda alias name of digits only, which Lambda refuses', () => {
    const alias = (name: string) => patternFindings('AWS::Lambda::Alias', 'FunctionName: f', 'FunctionVersion: $LATEST', `Name: '${name}'`);
    assert.deepEqual(alias('123'), ["Resources/R/Properties/Name: '123' is not a valid Name: it must match ^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$"]);
    assert.deepEqual([alias('live'), alias('v123'), alias('1-2')], [[], [], []]);
  });

  it('E3031 a name ending as the pattern forbids: a CodeCommit repository ending .git, a Lambda code bucket ending with a dot', () => {
    assert.equal(patternFindings('AWS::CodeCommit::Repository', 'RepositoryName: app.git').length, 1);
    assert.deepEqual(patternFindings('AWS::CodeCommit::Repository', 'RepositoryName: app.gitlab'), []);
    const role = 'Role: arn:aws:iam::123456789012:role/app';
    const bucket = (name: string) => patternFindings('AWS::Lambda::Function', role, 'Runtime: python3.12', 'Handler: index.handler', `Code: { S3Bucket: '${name}', S3Key: k }`);
    assert.equal(bucket('my-bucket.').length, 1);
    assert.deepEqual(bucket('my.bucket'), []);
  });

  it('E3031 a metric name starting with a character CloudWatch Logs forbids (the pattern is searched, so only its start counts), and a tag key in the aws: namespace', () => {
    const metric = (name: string) =>
      patternFindings('AWS::Logs::MetricFilter', 'LogGroupName: g', 'FilterPattern: ERROR', `MetricTransformations: [{ MetricName: '${name}', MetricNamespace: app, MetricValue: '1' }]`);
    assert.equal(metric(':errors').length, 1);
    assert.deepEqual([metric('ErrorCount'), metric('errors:count')], [[], []]);
    const tagged = (key: string) => patternFindings('AWS::CloudFormation::StackSet', 'StackSetName: s', 'PermissionModel: SELF_MANAGED', `Tags: [{ Key: '${key}', Value: v }]`);
    assert.equal(tagged('aws:team').length, 1);
    assert.deepEqual(tagged('team'), []);
  });
});
