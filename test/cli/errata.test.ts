import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCfnLintErratum } from '../../src/cli/errata';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  ServerlessDeploymentApplication:
    Type: AWS::CodeDeploy::Application
  FnAlias:
    Type: AWS::Lambda::Alias
    UpdatePolicy:
      CodeDeployLambdaAliasUpdate:
        ApplicationName: !Ref ServerlessDeploymentApplication
        DeploymentGroupName: !Ref MissingGroup
`;

function e1020(name: string, key: string, rule = 'E1020') {
  return {
    template: 'sam.yaml',
    ruleId: rule,
    path: ['Resources', 'FnAlias', 'UpdatePolicy', 'CodeDeployLambdaAliasUpdate', key, 'Ref'],
    message: `'${name}' is not one of ['AWS::AccountId', 'AWS::Region']`,
  };
}

describe('cfn-lint errata in the comparison', () => {
  it("counts cfn-lint's E1020 on a Ref to a declared resource in CodeDeployLambdaAliasUpdate as wrong", () => {
    assert.equal(isCfnLintErratum(e1020('ServerlessDeploymentApplication', 'ApplicationName'), TEMPLATE), true);
  });

  it('keeps a Ref to a name the template does not declare, and other rules or places', () => {
    assert.equal(isCfnLintErratum(e1020('MissingGroup', 'DeploymentGroupName'), TEMPLATE), false);
    assert.equal(isCfnLintErratum(e1020('ServerlessDeploymentApplication', 'ApplicationName', 'E1019'), TEMPLATE), false);
    const elsewhere = { ...e1020('ServerlessDeploymentApplication', 'ApplicationName'), path: ['Resources', 'FnAlias', 'Properties', 'Name', 'Ref'] };
    assert.equal(isCfnLintErratum(elsewhere, TEMPLATE), false);
  });

  it('counts findings on a template with a macro of its own as wrong, but not its syntax errors', () => {
    const macro = 'Transform: Count\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Count: 3\n';
    const e3001 = { template: 'count.yaml', ruleId: 'E3001', path: ['Resources', 'Bucket', 'Count'], message: 'Additional properties are not allowed' };
    assert.equal(isCfnLintErratum(e3001, macro), true);
    assert.equal(isCfnLintErratum({ ...e3001, ruleId: 'E0000' }, macro), false);
    assert.equal(isCfnLintErratum(e3001, macro.replace('Count\n', 'AWS::LanguageExtensions\n')), false);
  });
});
