/** CX2125: ssm dynamic references in the Parameters section name a version. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ssmParameterReferenceVersion } from '../../../../src/core/rules/catalogue/data/ssmParameterReferenceVersion';
import { paths } from './checkObjects';

const template = (value: string) => `Parameters:\n  P:\n    Type: String\n    Default: "${value}"\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: "{{resolve:ssm:/in/resources}}"\n`;

describe('CX2125 ssm references in the Parameters section', () => {
  it('reports a reference without a version there, and only there', () => {
    assert.deepEqual(paths(ssmParameterReferenceVersion, template('{{resolve:ssm:/app/version}}')), ['Parameters/P/Default']);
    assert.deepEqual(paths(ssmParameterReferenceVersion, template('{{resolve:ssm:/app/version:12}}')), []);
    assert.deepEqual(paths(ssmParameterReferenceVersion, template('{{resolve:ssm:arn:aws:ssm:us-east-1:123456789012:parameter/app:2}}')), []);
    assert.deepEqual(paths(ssmParameterReferenceVersion, template('{{resolve:ssm:arn:aws:ssm:us-east-1:123456789012:parameter/app}}')), ['Parameters/P/Default']);
    assert.deepEqual(paths(ssmParameterReferenceVersion, template('{{resolve:secretsmanager:db:SecretString:password}}')), []);
  });
});
