/** T21 catalogue checks (secrets) on dynamic references, transforms, roles and key policies. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueRule } from '../../../../src/core/rules/catalogue/engine';
import { secretsCrossAccountDefaultKey } from '../../../../src/core/rules/catalogue/data/secretsCrossAccountDefaultKey';
import { secretsPublicPolicyBlocked } from '../../../../src/core/rules/catalogue/data/secretsPublicPolicyBlocked';
import { replicaKeyOfOwnRegion } from '../../../../src/core/rules/catalogue/data/replicaKeys';
import { secretsHostedRotationTransform } from '../../../../src/core/rules/catalogue/data/secretsHostedRotationTransform';
import { secretsReferenceMalformed } from '../../../../src/core/rules/catalogue/data/secretsReferenceMalformed';
import { secretsRoleWithoutDecrypt } from '../../../../src/core/rules/catalogue/data/secretsRoleWithoutDecrypt';
import { secretsRotationWithoutFunction } from '../../../../src/core/rules/catalogue/data/secretsRotationWithoutFunction';
import { secretTargetTypeMismatch } from '../../../../src/core/rules/catalogue/data/secretsTargetType';
import { ssmPlainSecretParameter } from '../../../../src/core/rules/catalogue/data/ssmPlainSecretParameter';
import { ssmSecureUnsupported } from '../../../../src/core/rules/catalogue/data/ssmSecureUnsupported';
import { run } from '../exam/helpers';

const paths = (check: Parameters<typeof catalogueRule>[0], text: string) => run(catalogueRule(check), text).map((found) => found.path?.join('/'));

describe('CX2110 ssm-secure where it is not supported', () => {
  it('accepts the documented properties, in plain strings and inside Fn::Sub', () => {
    const text = `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: "{{resolve:ssm-secure:/db/password:2}}"
  User:
    Type: AWS::IAM::User
    Properties:
      LoginProfile:
        Password: !Sub "{{resolve:ssm-secure:/users/\${AWS::StackName}}}"
`;
    assert.deepEqual(paths(ssmSecureUnsupported, text), []);
  });

  it('reports a Lambda environment variable named like a password: a key of a map is no property', () => {
    const text = (name: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      Code: {ZipFile: x}
      Environment:
        Variables:
          ${name}: '{{resolve:ssm-secure:/lab/db/password:1}}'
`;
    for (const name of ['DB_PASSWORD', 'API_KEY']) {
      assert.deepEqual(paths(ssmSecureUnsupported, text(name)), [`Resources/Fn/Properties/Environment/Variables/${name}`], name);
    }
  });

  it('reports user data, custom resources and other properties of a supported type', () => {
    const text = `Resources:
  Server:
    Type: AWS::EC2::Instance
    Properties:
      UserData:
        Fn::Base64: !Sub "echo {{resolve:ssm-secure:/app/token}} > /etc/token"
  Seed:
    Type: Custom::Seed
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:111111111111:function:seed
      Password: "{{resolve:ssm-secure:/seed/password}}"
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: "{{resolve:ssm-secure:/db/user}}"
`;
    assert.deepEqual(paths(ssmSecureUnsupported, text), [
      'Resources/Server/Properties/UserData/Fn::Base64/Fn::Sub',
      'Resources/Seed/Properties/Password',
      'Resources/Db/Properties/MasterUsername',
    ]);
  });

  it('leaves password fields of other resources alone (the list may have grown)', () => {
    const text = 'Resources:\n  Broker:\n    Type: AWS::AmazonMQ::Broker\n    Properties:\n      Users:\n        - Username: admin\n          Password: "{{resolve:ssm-secure:/mq/password}}"\n';
    assert.deepEqual(paths(ssmSecureUnsupported, text), []);
  });
});

describe('CX2111 hosted rotation without the transform', () => {
  const schedule = (transform: string) => `AWSTemplateFormatVersion: "2010-09-09"
${transform}Resources:
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Secret
      HostedRotationLambda:
        RotationType: MySQLSingleUser
`;
  it('accepts the transform alone or in a list beside SAM, any dated version', () => {
    assert.deepEqual(paths(secretsHostedRotationTransform, schedule('')), ['Resources/Rotation/Properties/HostedRotationLambda']);
    assert.deepEqual(paths(secretsHostedRotationTransform, schedule('Transform: AWS::SecretsManager-2020-07-23\n')), []);
    assert.deepEqual(paths(secretsHostedRotationTransform, schedule('Transform: [AWS::Serverless-2016-10-31, AWS::SecretsManager-2024-09-16]\n')), []);
    assert.deepEqual(paths(secretsHostedRotationTransform, schedule('Transform: AWS::Serverless-2016-10-31\n')), ['Resources/Rotation/Properties/HostedRotationLambda']);
  });
});

describe('CX2113 malformed secretsmanager references', () => {
  it('reads ARNs with their colons and skips references built with placeholders', () => {
    const text = `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: "{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf:SecretString:username}}"
      MasterUserPassword: !Sub "{{resolve:secretsmanager:\${Secret}:password}}"
      DBName: "{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf:password}}"
`;
    assert.deepEqual(paths(secretsReferenceMalformed, text), ['Resources/Db/Properties/DBName']);
  });
});

describe('CX2114 rotation schedule without a function', () => {
  it('only for secrets of the template (RDS-managed secrets rotate without one)', () => {
    const text = `Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Secret
      RotationRules:
        AutomaticallyAfterDays: 30
  Managed:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !GetAtt Db.MasterUserSecret.SecretArn
      RotationRules:
        AutomaticallyAfterDays: 30
`;
    assert.deepEqual(paths(secretsRotationWithoutFunction, text), ['Resources/Rotation']);
  });
});

describe('CX2115 role without kms:Decrypt', () => {
  const template = (extra: string, keyPolicy = '') => `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      Description: secrets${keyPolicy}
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      KmsKeyId: !GetAtt Key.Arn
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: secretsmanager:GetSecretValue
                Resource: !Ref Secret
${extra}`;
  it('reports the role, unless a policy or the key policy grants the key, or a managed policy may', () => {
    assert.deepEqual(paths(secretsRoleWithoutDecrypt, template('')), ['Resources/Role']);
    assert.deepEqual(paths(secretsRoleWithoutDecrypt, template('              - Effect: Allow\n                Action: kms:Decrypt\n                Resource: !GetAtt Key.Arn\n')), []);
    assert.deepEqual(paths(secretsRoleWithoutDecrypt, template('      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n')), []);
    const keyPolicy = '\n      KeyPolicy:\n        Statement:\n          - {Effect: Allow, Principal: {AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"}, Action: "kms:*", Resource: "*"}\n          - {Effect: Allow, Principal: {AWS: !GetAtt Role.Arn}, Action: kms:Decrypt, Resource: "*"}';
    assert.deepEqual(paths(secretsRoleWithoutDecrypt, template('', keyPolicy)), []);
  });

  it('accepts a key policy that lets everyone decrypt through Secrets Manager, not one that names only the account', () => {
    const root = '\n      KeyPolicy:\n        Statement:\n          - {Effect: Allow, Principal: {AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"}, Action: "kms:*", Resource: "*"}';
    assert.deepEqual(paths(secretsRoleWithoutDecrypt, template('', root)), ['Resources/Role']);
    const viaService =
      '\n          - {Effect: Allow, Principal: {AWS: "*"}, Action: kms:Decrypt, Resource: "*", Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId, "kms:ViaService": !Sub "secretsmanager.${AWS::Region}.amazonaws.com"}}}';
    assert.deepEqual(paths(secretsRoleWithoutDecrypt, template('', root + viaService)), []);
  });
});

describe('CX2116 secret in a String parameter', () => {
  it('reads the leaf of the parameter name, or the logical id without one', () => {
    const text = `Resources:
  DbPassword:
    Type: AWS::SSM::Parameter
    Properties:
      Type: String
      Value: "{{resolve:secretsmanager:db:SecretString:password}}"
  TokenParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /app/settings/token-ttl
      Type: String
      Value: "300"
  Url:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /app/api-key
      Type: StringList
      Value: a,b
  TokenEndpoint:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /app/oauth/token-endpoint
      Type: String
      Value: https://auth.example.com/oauth2/token
  RotationDays:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /app/secret-rotation-days
      Type: String
      Value: "30"
`;
    assert.deepEqual(paths(ssmPlainSecretParameter, text), ['Resources/DbPassword/Properties/Type']);
  });

  it('reads a name built with Fn::Sub by its plain last segment, and a logical id without its Parameter suffix', () => {
    const text = `Parameters:
  Env: { Type: String }
Resources:
  Db:
    Type: AWS::SSM::Parameter
    Properties: { Name: !Sub '/lab/\${Env}/db/password', Type: String, Value: x }
  Settings:
    Type: AWS::SSM::Parameter
    Properties: { Name: !Sub '/lab/\${Env}/db/host', Type: String, Value: x }
  ApiTokenParameter:
    Type: AWS::SSM::Parameter
    Properties: { Type: String, Value: x }
  Computed:
    Type: AWS::SSM::Parameter
    Properties: { Name: !Sub '/lab/\${Env}', Type: String, Value: x }
`;
    assert.deepEqual(paths(ssmPlainSecretParameter, text), ['Resources/Db/Properties/Type', 'Resources/ApiTokenParameter/Properties/Type']);
  });

  it('leaves a switch alone: an on/off word, or text made only of parameters with AllowedValues', () => {
    const text = `Parameters:
  EncryptSecrets: { Type: String, AllowedValues: [Enabled, Disabled] }
  Env: { Type: String }
Resources:
  EncryptSecretsParameter:
    Type: AWS::SSM::Parameter
    Properties: { Type: String, Value: !Sub '{ "Value": "\${EncryptSecrets}" }' }
  RotateSecrets:
    Type: AWS::SSM::Parameter
    Properties: { Type: String, Value: 'true' }
  EnvSecret:
    Type: AWS::SSM::Parameter
    Properties: { Type: String, Value: !Sub '\${Env}-\${EncryptSecrets}' }
`;
    assert.deepEqual(paths(ssmPlainSecretParameter, text), ['Resources/EnvSecret/Properties/Type']);
  });
});

describe('CX2119 cross-account secret on the AWS managed key', () => {
  it('needs a principal of another account: a 12-digit id or a parameter, not this account', () => {
    const text = (principal: string) => `Parameters:
  Other:
    Type: String
Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
  Policy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: !Ref Secret
      ResourcePolicy:
        Statement:
          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: secretsmanager:GetSecretValue
            Resource: "*"
`;
    assert.deepEqual(paths(secretsCrossAccountDefaultKey, text('"arn:aws:iam::222222222222:root"')), ['Resources/Secret']);
    assert.deepEqual(paths(secretsCrossAccountDefaultKey, text('!Sub "arn:${AWS::Partition}:iam::${Other}:root"')), ['Resources/Secret']);
    assert.deepEqual(paths(secretsCrossAccountDefaultKey, text('!Sub "arn:aws:iam::${AWS::AccountId}:role/app"')), []);
    assert.deepEqual(paths(secretsCrossAccountDefaultKey, text('!GetAtt AppRole.Arn')), []);
  });
});

describe('dynamic references inside Fn::Sub', () => {
  it('finds a reference whose name holds a placeholder', () => {
    const text = 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          TOKEN: !Sub "{{resolve:ssm-secure:/${AWS::StackName}/token:1}}"\n';
    assert.deepEqual(paths(ssmSecureUnsupported, text), ['Resources/Fn/Properties/Environment/Variables/TOKEN/Fn::Sub']);
  });
});

describe('CX2121 attachment TargetType against the type of its target', () => {
  const attachment = (target: string, targetId: string) => `Resources:
  Target:
    Type: ${target}
    Properties: {}
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString: {SecretStringTemplate: '{"username":"admin"}', GenerateStringKey: password}
  Attachment:
    Type: AWS::SecretsManager::SecretTargetAttachment
    Properties:
      SecretId: !Ref Secret
      TargetId: ${targetId}
      TargetType: AWS::Redshift::Cluster
`;
  it('reports a target of another database type', () => {
    assert.deepEqual(paths(secretTargetTypeMismatch, attachment('AWS::RDS::DBCluster', '!Ref Target')), ['Resources/Attachment/Properties/TargetType']);
  });
  it('suggests the target\'s type only when an attachment takes it, and else to name the database itself', () => {
    const messages = (target: string) => run(catalogueRule(secretTargetTypeMismatch), attachment(target, '!Ref Target')).map((found) => found.message);
    assert.match(messages('AWS::RDS::DBCluster')[0], /use TargetType AWS::RDS::DBCluster$/);
    assert.match(messages('AWS::RDS::DBSubnetGroup')[0], /not a database an attachment describes: name the DB instance or cluster itself$/);
  });
  it('leaves a target alone that a nested stack, an application or a custom resource passes on', () => {
    for (const type of ['AWS::CloudFormation::Stack', 'AWS::Serverless::Application', 'Custom::ClusterLookup']) {
      assert.deepEqual(paths(secretTargetTypeMismatch, attachment(type, '!GetAtt Target.Outputs.ClusterName')), [], type);
    }
  });
});

describe('CX2124 public secret policies while BlockPublicPolicy is true', () => {
  const policy = (statement: string, block = 'true') => `Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
  Policy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: !Ref Secret
      BlockPublicPolicy: ${block}
      ResourcePolicy:
        Version: "2012-10-17"
        Statement:
          - ${statement}
`;
  const allowAll = "{Effect: Allow, Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*'";
  it('reports an Allow for everyone with no condition, or only negated ones', () => {
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll}}`)), ['Resources/Policy']);
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll}, Condition: {StringNotEquals: {'aws:PrincipalAccount': '111122223333'}}}`)), ['Resources/Policy']);
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll.replace("'*'", "{AWS: '*'}")}}`)), ['Resources/Policy']);
  });
  it('leaves a condition that names whom, a Deny, a named account and BlockPublicPolicy false alone', () => {
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll}, Condition: {StringEquals: {'aws:PrincipalOrgID': o-abc123}}}`)), []);
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll.replace('Allow', 'Deny')}}`)), []);
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll.replace("'*', Action", "{AWS: '111122223333'}, Action")}}`)), []);
    assert.deepEqual(paths(secretsPublicPolicyBlocked, policy(`${allowAll}}`, 'false')), []);
  });
});

describe('CX2225 replicas encrypted with a key of the stack Region', () => {
  const secret = (key: string, region = '!Ref DrRegion') => `Parameters:
  DrRegion:
    Type: String
  DrKeyArn:
    Type: String
Resources:
  Key:
    Type: AWS::KMS::Key
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      ReplicaRegions:
        - Region: ${region}
          KmsKeyId: ${key}
`;
  const table = (regions: string[]) => `Resources:
  Key:
    Type: AWS::KMS::Key
  Table:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      Replicas:
${regions.map((region) => `        - Region: ${region}\n          SSESpecification: {KMSMasterKeyId: !GetAtt Key.Arn}\n`).join('')}`;
  const check = catalogueRule(replicaKeyOfOwnRegion);
  const at = (text: string) => run(check, text).map((found) => found.path?.join('/'));
  it("reports a secret replica given this stack's key or an ARN of the stack Region", () => {
    assert.deepEqual(at(secret('!GetAtt Key.Arn')), ['Resources/Secret/Properties/ReplicaRegions/0/KmsKeyId']);
    assert.deepEqual(at(secret("!Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/abc'")), ['Resources/Secret/Properties/ReplicaRegions/0/KmsKeyId']);
    assert.deepEqual(at(secret('!Ref Key', 'eu-west-1')), ['Resources/Secret/Properties/ReplicaRegions/0/KmsKeyId']);
  });
  it("leaves keys of the replica's Region, and a global table whose own Region is not named among its replicas", () => {
    assert.deepEqual(at(secret('!Ref DrKeyArn')), []);
    assert.deepEqual(at(secret("!Sub 'arn:aws:kms:${DrRegion}:${AWS::AccountId}:key/abc'")), []);
    assert.deepEqual(at(table(['!Ref AWS::Region', 'eu-west-1'])), ['Resources/Table/Properties/Replicas/1/SSESpecification/KMSMasterKeyId']);
    assert.deepEqual(at(table(['us-east-1', 'eu-west-1'])), []);
  });
});
