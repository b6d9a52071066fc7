/** CX3220: a function URL without authentication. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { functionUrlWithoutAuth } from '../../../../src/core/rules/catalogue/governance/functionUrls';
import { paths, resources } from './checkObjects';

describe('CX3220 function URLs with AuthType NONE', () => {
  it('reports NONE on a Lambda URL and on a SAM function URL, not AWS_IAM', () => {
    const url = (auth: string) => resources(`  Url:\n    Type: AWS::Lambda::Url\n    Properties: {TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f, AuthType: ${auth}}\n`);
    assert.deepEqual(paths(functionUrlWithoutAuth, url('NONE')), ['Resources/Url/Properties/AuthType']);
    assert.deepEqual(paths(functionUrlWithoutAuth, url('AWS_IAM')), []);
    const sam = `Transform: AWS::Serverless-2016-10-31\n${resources(`  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      InlineCode: x\n      FunctionUrlConfig: {AuthType: NONE}\n`)}`;
    assert.deepEqual(paths(functionUrlWithoutAuth, sam), ['Resources/Fn/Properties/FunctionUrlConfig/AuthType']);
  });
});
