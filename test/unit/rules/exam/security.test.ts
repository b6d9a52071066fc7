import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iamAdministratorAccessRule } from '../../../../src/core/rules/exam/iamAdministratorAccess';
import { iamWildcardPolicyRule } from '../../../../src/core/rules/exam/iamWildcardPolicy';
import { useGeneratedSchema } from '../../schema/schemaHelper';
import { only, run, spanText } from './helpers';

// The registry index says which IAM services have no resource types.
useGeneratedSchema();

const role = (arns: string) => `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns:
${arns}`;

describe('CX5001 AdministratorAccess', () => {
  it('reports the ARN literally and through Fn::Sub with the partition', () => {
    const literal = role('        - arn:aws:iam::aws:policy/AdministratorAccess\n');
    const found = only(run(iamAdministratorAccessRule, literal));
    assert.equal(found.message, "IAM role 'Role' has the AdministratorAccess managed policy: full access to every action on every resource");
    assert.equal(spanText(literal, found), 'arn:aws:iam::aws:policy/AdministratorAccess');
    assert.deepEqual(found.path, ['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 0]);
    assert.deepEqual(found.explanation?.topics, ['T32']);
    const sub = role('        - arn:aws:iam::aws:policy/ReadOnlyAccess\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess\n');
    assert.deepEqual(only(run(iamAdministratorAccessRule, sub)).path, ['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 1]);
  });

  it('reports a user through Fn::Join in JSON', () => {
    const text = '{"Resources": {"Admin": {"Type": "AWS::IAM::User", "Properties": {"ManagedPolicyArns": [{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/AdministratorAccess"]]}]}}}}';
    assert.equal(only(run(iamAdministratorAccessRule, text)).message.startsWith("IAM user 'Admin' has the AdministratorAccess"), true);
  });

  it('stays silent for other policies and for a parameter', () => {
    assert.deepEqual(run(iamAdministratorAccessRule, role('        - arn:aws:iam::aws:policy/AdministratorAccess-Amplify\n        - !Ref PolicyArn\n')), []);
  });
});

describe('CX5001 AdministratorAccess on a SAM function', () => {
  const fn = (policies: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Triage:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: 'def handler(e, c): return 1'
${policies}`;
  it('reports the policy name and the ARN in a Policies list, or as the single Policies value', () => {
    const found = only(run(iamAdministratorAccessRule, fn('      Policies: [AWSLambdaBasicExecutionRole, AdministratorAccess]\n')));
    assert.deepEqual(found.path, ['Resources', 'Triage', 'Properties', 'Policies', 1]);
    assert.match(found.message, /^SAM function 'Triage' has the AdministratorAccess managed policy/);
    assert.deepEqual(only(run(iamAdministratorAccessRule, fn('      Policies: AdministratorAccess\n'))).path, ['Resources', 'Triage', 'Properties', 'Policies']);
    assert.equal(run(iamAdministratorAccessRule, fn('      Policies:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess\n')).length, 1);
  });
  it('stays silent for policy templates, documents, other managed policies and a parameter', () => {
    assert.deepEqual(run(iamAdministratorAccessRule, fn('      Policies:\n        - S3ReadPolicy: {BucketName: b}\n        - Statement: [{Effect: Allow, Action: s3:GetObject, Resource: "*"}]\n        - AmazonS3ReadOnlyAccess\n        - !Ref PolicyArn\n')), []);
  });
});

describe('CX5002 Action * on Resource *', () => {
  it('reports an inline role policy statement and a managed policy statement', () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: all
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          Effect: Allow
          Action: ['*:*']
          Resource: ['*']
`;
    const findings = run(iamWildcardPolicyRule, text);
    assert.deepEqual(findings.map((found) => found.message), [
      "A policy of 'Role' allows Action \"*\" on Resource \"*\": that is administrator access",
      "A policy of 'Managed' allows Action \"*\" on Resource \"*\": that is administrator access",
    ]);
    assert.deepEqual(findings.map((found) => found.path), [
      ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0],
      ['Resources', 'Managed', 'Properties', 'PolicyDocument', 'Statement', 0],
    ]);
  });

  it('reports every action of a service on every resource, and statements of SAM Policies', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: a.b
      Runtime: python3.13
      CodeUri: s3://b/k
      Policies:
        - AWSLambdaBasicExecutionRole
        - S3ReadPolicy: {BucketName: b}
        - Statement: [{Effect: Allow, Action: ['s3:GetObject', 's3:*'], Resource: '*'}]
        - Statement: {Effect: Allow, Action: '*', Resource: '*'}
`;
    assert.deepEqual(run(iamWildcardPolicyRule, text).map((found) => `${found.path?.join('/')}: ${found.message}`), [
      "Resources/Fn/Properties/Policies/2/Statement/0: A policy of 'Fn' allows every s3 action (s3:*) on Resource \"*\": grant only the actions and resources the task needs",
      "Resources/Fn/Properties/Policies/3/Statement/0: A policy of 'Fn' allows Action \"*\" on Resource \"*\": that is administrator access",
    ]);
  });

  it('leaves a managed policy used only as a permissions boundary alone: a boundary grants nothing', () => {
    const text = (attach: string) => `Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
${attach}      PolicyDocument:
        Statement:
          - {Effect: Allow, Action: ['logs:*', 's3:*'], Resource: '*'}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      PermissionsBoundary: !Ref Boundary
`;
    assert.deepEqual(run(iamWildcardPolicyRule, text('')), []);
    // Attached to the role too, it grants: every service of the statement is named.
    assert.deepEqual(run(iamWildcardPolicyRule, text('      Roles: [!Ref Role]\n')).map((found) => found.message), [
      "A policy of 'Boundary' allows every action of logs and s3 (logs:*, s3:*) on Resource \"*\": grant only the actions and resources the task needs",
    ]);
  });

  it('stays silent for scoped actions or resources, Deny, conditions, services with no resource types, and iam:* (reported as PassRole on every role)', () => {
    for (const statement of [
      "{Effect: Allow, Action: 's3:GetObject', Resource: '*'}",
      "{Effect: Allow, Action: 's3:*', Resource: 'arn:aws:s3:::bucket/*'}",
      "{Effect: Allow, Action: 'iam:*', Resource: '*'}",
      "{Effect: Allow, Action: '*', Resource: 'arn:aws:s3:::bucket/*'}",
      "{Effect: Deny, Action: '*', Resource: '*'}",
      "{Effect: Allow, Action: 'ssmmessages:*', Resource: '*'}",
      "{Effect: Allow, Action: '*', Resource: '*', Condition: {Bool: {aws:MultiFactorAuthPresent: 'true'}}}",
    ]) {
      const text = `Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      PolicyDocument:\n        Statement:\n          - ${statement}\n`;
      assert.deepEqual(run(iamWildcardPolicyRule, text), [], statement);
    }
  });
});
