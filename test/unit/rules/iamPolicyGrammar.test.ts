import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iamPolicyGrammarRule } from '../../../src/core/rules/iamPolicyGrammar';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const messagesOfRule = (text: string) => messagesOf(iamPolicyGrammarRule, text);

const ROLE = yaml(
  'Resources:',
  '  Role:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      AssumeRolePolicyDocument:',
  '        Statement:',
  '          - Effect: Allow',
  '            Action: sts:AssumeRole',
  '          - Effect: Allow',
  '            Principal: { Service: ec2.amazonaws.com }',
  '            Action: sts:AssumeRole',
  '      Policies:',
  '        - PolicyName: read',
  '          PolicyDocument:',
  '            Statement:',
  '              - Effect: allow',
  '                Principal: "*"',
  '                Action: s3:GetObject',
  '                Resource: "*"',
  '              - !If [Audit, { Effect: Allow, Action: "cloudtrail:*", Resource: "*" }, !Ref AWS::NoValue]',
);

describe('E3510/E3512/E3530 policy statement grammar', () => {
  it('reports a trust statement without Principal, a lowercase Effect and a Principal in an identity policy', () => {
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, ROLE), [
      "E3530 Resources/Role/Properties/AssumeRolePolicyDocument/Statement/0 'Effect'",
      "E3510 Resources/Role/Properties/Policies/0/PolicyDocument/Statement/0/Effect 'allow'",
      "E3510 Resources/Role/Properties/Policies/0/PolicyDocument/Statement/0/Principal 'Principal'",
    ]);
  });

  it('reports a Version that is not a policy language version, written quoted or not', () => {
    const key = (version: string) => yaml('Resources:', '  Key:', '    Type: AWS::KMS::Key', '    Properties:', '      KeyPolicy:', `        Version: ${version}`, '        Statement:', '          - {Effect: Allow, Principal: {AWS: "*"}, Action: "kms:*", Resource: "*"}');
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, key('"2012-10-18"')), ["E3512 Resources/Key/Properties/KeyPolicy/Version '\"2012-10-18\"'"]);
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, key('2012-10-17')), []);
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, key("'2008-10-17'")), []);
  });

  it('fixes the letter case of Effect', () => {
    assert.deepEqual(fixedText(iamPolicyGrammarRule, ROLE), [`Change to 'Allow': ${ROLE.replace('Effect: allow', 'Effect: Allow')}`]);
  });

  it('warns on NotPrincipal with Allow in a resource policy, in JSON too', () => {
    const policy = (effect: string) =>
      `{"Resources": {"Policy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": "b", "PolicyDocument": {"Statement": [` +
      `{"Effect": "${effect}", "NotPrincipal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}]}}}}}`;
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('Allow'), 'json'), ["E3512 Resources/Policy/Properties/PolicyDocument/Statement/0/NotPrincipal '\"NotPrincipal\"'"]);
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('Deny'), 'json'), []);
    assert.deepEqual(iamPolicyGrammarRule.run(parseTemplate(policy('Allow'), 'json')).map((found) => found.severity), ['warning']);
  });

  it('leaves computed documents, statements and effects alone', () => {
    const text = yaml(
      'Resources:',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeyPolicy: !If [Custom, !Ref AWS::NoValue, { Statement: [{ Effect: Allow, Action: "kms:*", Resource: "*" }] }]',
      '  Policy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          Effect: !Ref Effect',
      '          Action: s3:ListBucket',
      '          Resource: "*"',
    );
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, text), []);
  });

  it('reports NotPrincipal in a trust policy and a key policy statement without Principal', () => {
    const text = yaml(
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Deny',
      '            NotPrincipal: { AWS: "arn:aws:iam::111111111111:root" }',
      '            Action: sts:AssumeRole',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeyPolicy:',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: "kms:*"',
      '            Resource: "*"',
    );
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, text), [
      "E3530 Resources/Role/Properties/AssumeRolePolicyDocument/Statement/0/NotPrincipal 'NotPrincipal'",
      "E3512 Resources/Key/Properties/KeyPolicy/Statement/0 'Effect'",
    ]);
  });
});

describe('E3510/E3530 statement IDs of IAM policies', () => {
  const sids = (trustSid: string, first: string, second: string) =>
    yaml(
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      `        Statement: [{Sid: ${trustSid}, Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]`,
      '      Policies:',
      '        - PolicyName: app',
      '          PolicyDocument:',
      '            Statement:',
      `              - {Sid: ${first}, Effect: Allow, Action: s3:GetObject, Resource: "*"}`,
      `              - {Sid: ${second}, Effect: Allow, Action: s3:ListBucket, Resource: "*"}`,
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeyPolicy:',
      '        Statement: [{Sid: Enable IAM User Permissions, Effect: Allow, Principal: {AWS: "*"}, Action: "kms:*", Resource: "*"}]',
    );

  it('reports a Sid of other characters than letters and digits, and a Sid two statements share, in IAM policies only', () => {
    assert.deepEqual(messagesOfRule(sids('Allow-Lambda', 'Read', 'Read')), [
      "Sid 'Allow-Lambda' is not one IAM takes: a Sid in an IAM policy holds only letters (A-Z, a-z) and digits",
      "Sid 'Read' is already the Sid of another statement of this policy: IAM requires each Sid to be unique within a policy",
    ]);
    assert.deepEqual(messagesOfRule(sids('AllowLambda', 'Read', 'List2')), []);
    assert.deepEqual(messagesOfRule(sids('""', '""', '""')), []);
  });
});

describe('E3510/E3512 actions and condition operators', () => {
  const policy = (action: string, operator: string) =>
    yaml(
      'Resources:',
      '  Policy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Version: "2012-10-17"',
      '        Statement:',
      `          - {Effect: Allow, Action: [s3:PutObject, ${action}], Resource: "*", Condition: {'${operator}': {'aws:SourceVpc': vpc-12345678}}}`,
    );

  it('reports an action without its service and a condition key that is no operator', () => {
    assert.deepEqual(messagesOfRule(policy('s3GetObject', 'StringLikes')), [
      "Action 's3GetObject' names no service: an action is written service:action (such as s3:GetObject), or * for every action",
      "'StringLikes' is not a condition operator (StringEquals, StringLike, ArnLike, Bool, NumericLessThan…, with IfExists or ForAnyValue:/ForAllValues: where needed)",
    ]);
  });

  it('accepts every operator with IfExists (Null without), the set prefixes, * and service:action', () => {
    for (const operator of ['StringEquals', 'StringNotEqualsIgnoreCase', 'DateGreaterThanEquals', 'NumericLessThanIfExists', 'ForAnyValue:StringLike', 'ForAllValues:ArnNotLikeIfExists', 'Null', 'Bool', 'IpAddress', 'BinaryEquals']) {
      assert.deepEqual(messagesOfRule(policy('"*"', operator)), [], operator);
    }
    assert.deepEqual(messagesOfRule(policy('s3:GetObject', 'NullIfExists')).length, 1);
  });
});

describe('E3510 service control policies', () => {
  const policy = (type: string) =>
    yaml(
      'Resources:',
      '  DenyLeave:',
      '    Type: AWS::Organizations::Policy',
      '    Properties:',
      '      Name: deny-leave',
      `      Type: ${type}`,
      '      Content:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Effect: Deny',
      "            Principal: '*'",
      '            Action: organizations:LeaveOrganization',
      "            Resource: '*'",
    );
  it('refuses a Principal in an SCP, and leaves resource control policies (which take one) alone', () => {
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('SERVICE_CONTROL_POLICY')), ["E3510 Resources/DenyLeave/Properties/Content/Statement/0/Principal 'Principal'"]);
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('RESOURCE_CONTROL_POLICY')), []);
  });

  it('refuses a service principal without its domain, and the fix writes service.amazonaws.com', () => {
    const trust = (service: string) => ROLE.replace('Principal: { Service: ec2.amazonaws.com }', `Principal: { Service: ${service} }`);
    assert.deepEqual(messagesOfRule(trust('[ec2, lambda.amazonaws.com, states.us-east-1.amazonaws.com, !Sub "ecs-tasks.${AWS::URLSuffix}"]')).filter((line) => line.includes('service principal')), [
      `'ec2' is not a service principal: a service is named by its domain, service-name.amazonaws.com (ec2.amazonaws.com), and the policy is refused (IAM and S3 answer "Invalid principal in policy")`,
    ]);
    assert.deepEqual(fixedText(iamPolicyGrammarRule, trust('Lambda')).filter((line) => line.startsWith("Change to 'lambda")), [`Change to 'lambda.amazonaws.com': ${trust('lambda.amazonaws.com')}`]);
  });
});

describe('E3510/E3512 a statement gives one of Action and NotAction, Resource and NotResource, Principal and NotPrincipal', () => {
  const policy = (...statement: string[]) =>
    yaml('Resources:', '  Policy:', '    Type: AWS::IAM::ManagedPolicy', '    Properties:', '      PolicyDocument:', '        Version: "2012-10-17"', '        Statement:', '          - Effect: Allow', ...statement.map((line) => `            ${line}`));
  it('reports the second of a pair, in identity and resource policies', () => {
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('Action: s3:GetObject', 'NotAction: s3:DeleteObject', 'Resource: "*"', 'NotResource: arn:aws:s3:::b/*')), [
      "E3510 Resources/Policy/Properties/PolicyDocument/Statement/0/NotAction 'NotAction'",
      "E3510 Resources/Policy/Properties/PolicyDocument/Statement/0/NotResource 'NotResource'",
    ]);
    assert.match(messagesOfRule(policy('Action: s3:GetObject', 'NotAction: s3:DeleteObject', 'Resource: "*"'))[0], /takes Action or NotAction, not both/);
    const bucketPolicy = yaml('Resources:', '  P:', '    Type: AWS::S3::BucketPolicy', '    Properties:', '      Bucket: b', '      PolicyDocument:', '        Statement:',
      '          - {Effect: Deny, Principal: "*", NotPrincipal: {AWS: arn:aws:iam::123456789012:root}, Action: "s3:*", Resource: "arn:aws:s3:::b/*"}');
    assert.deepEqual(messagesOfRule(bucketPolicy).filter((message) => /not both/.test(message)).length, 1);
  });
  it('leaves a statement with one of each alone', () => {
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('NotAction: iam:*', 'Resource: "*"')), []);
    assert.deepEqual(findingsOf(iamPolicyGrammarRule, policy('Action: s3:GetObject', 'NotResource: arn:aws:s3:::b/secret/*')), []);
  });
});
