import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hardCodedSecretRule } from '../../../../src/core/rules/exam/hardCodedSecret';
import { parameterNoEchoRule } from '../../../../src/core/rules/exam/parameterNoEcho';
import { rdsMultiAzRule } from '../../../../src/core/rules/exam/rdsMultiAz';
import { rdsUpdateReplacePolicyRule } from '../../../../src/core/rules/exam/rdsUpdateReplacePolicy';
import { ssmSecureStringRule } from '../../../../src/core/rules/exam/ssmSecureString';
import { fixed, only, run, spanText } from './helpers';

const database = `Resources:
  Database:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: mysql
      DBInstanceClass: db.t3.micro
      AllocatedStorage: '20'
`;

describe('CX4001 RDS without UpdateReplacePolicy', () => {
  it('says exactly what the defaults are, and adds UpdateReplacePolicy: Snapshot after Type', () => {
    const found = only(run(rdsUpdateReplacePolicyRule, database));
    assert.equal(
      found.message,
      "'Database' has no UpdateReplacePolicy: UpdateReplacePolicy defaults to Delete, so an update that replaces the database loses its data. " +
        '(Only the default DeletionPolicy of DB clusters and of DB instances outside a cluster is already Snapshot.)',
    );
    assert.equal(spanText(database, found), 'Database');
    assert.deepEqual(found.explanation?.topics, ['T20', 'T28']);
    assert.equal(
      fixed(database, found),
      database.replace('    Type: AWS::RDS::DBInstance\n', '    Type: AWS::RDS::DBInstance\n    UpdateReplacePolicy: Snapshot\n'),
    );
  });

  it('reports a DB cluster in JSON and inserts after Type', () => {
    const text = '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": {"Engine": "aurora-mysql"}\n    }\n  }\n}';
    const found = only(run(rdsUpdateReplacePolicyRule, text));
    assert.equal(fixed(text, found), text.replace('"Type": "AWS::RDS::DBCluster",', '"Type": "AWS::RDS::DBCluster",\n      "UpdateReplacePolicy": "Snapshot",'));
  });

  it('stays silent with any UpdateReplacePolicy, for Aurora cluster members and for read replicas', () => {
    const member = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n      Engine: aurora-mysql\n';
    const replica = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      SourceDBInstanceIdentifier: !Ref Primary\n';
    const retained = database.replace('    DeletionPolicy: Snapshot\n', '    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Retain\n');
    for (const text of [member, replica, retained]) assert.deepEqual(run(rdsUpdateReplacePolicyRule, text), []);
  });
});

describe('CX4002 DB instance without Multi-AZ', () => {
  it('notes a missing MultiAZ and inserts it', () => {
    const found = only(run(rdsMultiAzRule, database));
    assert.equal(found.severity, 'info');
    assert.equal(
      found.message,
      "DB instance 'Database' is not Multi-AZ: if its Availability Zone or host fails, the database is unavailable until it is recovered, with no standby to fail over to",
    );
    assert.equal(fixed(database, found), database.replace('      Engine: mysql\n', '      MultiAZ: true\n      Engine: mysql\n'));
  });

  it('turns MultiAZ false into true, and stays silent for true, computed values and cluster members', () => {
    const single = database.replace('      Engine: mysql\n', '      Engine: mysql\n      MultiAZ: false\n');
    const found = only(run(rdsMultiAzRule, single));
    assert.equal(spanText(single, found), 'false');
    assert.equal(fixed(single, found), single.replace('MultiAZ: false', 'MultiAZ: true'));
    assert.deepEqual(run(rdsMultiAzRule, single.replace('MultiAZ: false', 'MultiAZ: true')), []);
    assert.deepEqual(run(rdsMultiAzRule, single.replace('MultiAZ: false', 'MultiAZ: !If [Prod, true, false]')), []);
    assert.deepEqual(run(rdsMultiAzRule, database.replace('Engine: mysql', 'Engine: aurora-postgresql')), []);
  });
});

describe('CX4003 SSM SecureString parameter', () => {
  it('reports the type and explains the dynamic reference', () => {
    const text = 'Resources:\n  Secret:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: SecureString\n      Value: hunter2\n';
    const found = only(run(ssmSecureStringRule, text));
    assert.equal(
      found.message,
      "'Secret' asks for a SecureString parameter, which CloudFormation cannot create: AWS::SSM::Parameter supports only String and StringList",
    );
    assert.equal(spanText(text, found), 'SecureString');
    assert.equal(found.severity, 'error');
    assert.equal(found.explanation?.text.includes('{{resolve:ssm-secure:/myapp/db-password:1}}'), true);
    assert.deepEqual(run(ssmSecureStringRule, text.replace('SecureString', 'String')), []);
  });
});

describe('CX4004 secret-like parameter without NoEcho', () => {
  it('reports DBPassword and adds NoEcho after Type (YAML and JSON)', () => {
    const text = 'Parameters:\n  DBPassword:\n    Type: String\n    MinLength: 8\nResources: {}\n';
    const found = only(run(parameterNoEchoRule, text));
    assert.equal(
      found.message,
      "Parameter 'DBPassword' looks like a secret but has no NoEcho: true: its value appears in plain text wherever the stack parameters are shown (console, describe-stacks)",
    );
    assert.equal(spanText(text, found), 'DBPassword');
    assert.equal(fixed(text, found), text.replace('    Type: String\n', '    Type: String\n    NoEcho: true\n'));
    const json = '{"Parameters": {"ApiToken": {"Type": "String"}}, "Resources": {}}';
    assert.equal(fixed(json, only(run(parameterNoEchoRule, json))), json.replace('"Type": "String"', '"Type": "String", "NoEcho": true'));
  });

  it('reports a secret written as the Default, NoEcho or not, but not a dynamic reference or an empty one', () => {
    const text = 'Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: ChangeMe123!\nResources: {}\n';
    const found = only(run(parameterNoEchoRule, text));
    assert.equal(
      found.message,
      "Parameter 'DbPassword' has the secret as its Default: it is written in the template, in source control and in every copy, whatever NoEcho hides; pass it at deploy time or use a dynamic reference",
    );
    assert.equal(spanText(text, found), 'ChangeMe123!');
    for (const value of ["''", "'{{resolve:ssm-secure:/db/password}}'", 'DbPassword']) {
      assert.deepEqual(run(parameterNoEchoRule, text.replace('ChangeMe123!', value)), [], value);
    }
    assert.equal(run(parameterNoEchoRule, text.replace('    NoEcho: true\n', '')).length, 2);
  });

  it('turns NoEcho: false into true', () => {
    const text = 'Parameters:\n  MyPassword:\n    Type: String\n    NoEcho: False\nResources: {}\n';
    assert.equal(fixed(text, only(run(parameterNoEchoRule, text))), text.replace('NoEcho: False', 'NoEcho: true'));
  });

  it('stays silent for NoEcho, names about a secret, choices, and non-String types', () => {
    for (const parameters of [
      'DBPassword: {Type: String, NoEcho: true}',
      'DBPassword: {Type: String, NoEcho: "true"}',
      'DBSecretArn: {Type: String}',
      'KeyName: {Type: String}',
      'ApiKeyDescription: {Type: String}',
      'RequirePassword: {Type: String, AllowedValues: ["true", "false"]}',
      'DBPassword: {Type: "AWS::SSM::Parameter::Value<String>"}',
      'AdminCredentials: {Type: String, Description: "ARN of the Secrets Manager secret holding the admin password"}',
      'DomainJoinSecrets: {Type: String, Description: "Arn for the Secret Manager Secret containing the password"}',
      'JoinSecrets: {Type: String, Description: "Name of secret to join domain"}',
      'DomainAdminSecret: {Type: String, AllowedPattern: "^arn:aws[a-z-]*:secretsmanager:.*"}',
      'ApiToken: {Type: String, Default: "arn:aws:secretsmanager:us-east-1:123456789012:secret:token"}',
      'SecretsManagerSecretNameForAurora: {Type: String}',
      'db_password_arn_v2: {Type: String}',
      'ChunkMaxTokens: {Type: String, Default: "300"}',
      'max_tokens: {Type: Number, Default: 512}',
      'IamPasswordPolicyParamRequireSymbols: {Type: String, Default: "true"}',
      'IamPasswordPolicyParamPasswordReusePrevention: {Type: String, Default: "24"}',
      'McpApiKeySecretJsonKey: {Type: String, Default: api_key, Description: The JSON field of the secret that holds the key}',
      'MinimumPasswordLength: {Type: Number, Default: 14}',
      'MaxAgeAccessKeyRotated: {Type: String, Default: "90"}',
      'BucketNameToken: {Type: String, Default: a1b2c3}',
      // Amplify's Cognito app client settings: a switch and durations, not secrets.
      'userpoolClientGenerateSecret: {Type: String, Default: "false"}',
      'userpoolClientRefreshTokenValidity: {Type: String, Default: "30"}',
      'EnableTokenRevocation: {Type: String, Default: "true"}',
      // The value of a tag on a secret, not the secret.
      'pSecretTagValue: {Type: String, Default: LambdaSlackIntegration}',
      'SecretTagKey: {Type: String, Default: AppName}',
      // A description that says the parameter names the secret.
      'DockerHubTokenKey: {Type: String, Default: "account/main/dockerhub:token", Description: The name and key of the Secrets Manager secret}',
      // A rotation period, and the path of the parameter that holds the secret.
      'SecretsManagerMaxRotationFrequency: {Type: String, Default: "2160"}',
      'DeepSecuritySmartCheckSecretSSM: {Type: String, Default: /pipeline/example/dssc/secret}',
      'WebhookSecret: {Type: String, Default: /pipeline/example/webhook/secret}',
    ]) {
      assert.deepEqual(run(parameterNoEchoRule, `Parameters:\n  ${parameters}\nResources: {}\n`), [], parameters);
    }
  });
});

describe('CX4004 switches, key names and placeholders named like secrets (public templates)', () => {
  it('leaves a True/False flag or a name that opens with a verb (CreateSecret, UseExistingPassword, pRotateToken)', () => {
    for (const parameters of [
      "CreateSecret: {Type: String, Default: 'True', Description: Set to False to use an existing secret}",
      'UseExistingPassword: {Type: String}',
      'pRotateToken: {Type: String}',
      'create_api_key: {Type: String}',
      'ApiKey: {Type: String, Default: "no"}',
    ]) {
      assert.deepEqual(run(parameterNoEchoRule, `Parameters:\n  ${parameters}\nResources: {}\n`), [], parameters);
    }
    // A name that only starts with the letters of a verb is still a secret.
    assert.equal(run(parameterNoEchoRule, 'Parameters:\n  UserPassword: {Type: String}\nResources: {}\n').length, 1);
  });

  it('leaves the name of a JSON key in a secret by its use as a key there, but not a secret key, nor a token used elsewhere', () => {
    // A lowercase Default alone says nothing: a passphrase may be one word.
    const keyName = 'Parameters:\n  JwtSecretKey:\n    Type: String\n    Default: correcthorsebatterystaple\nResources: {}\n';
    assert.deepEqual(run(parameterNoEchoRule, keyName).map((found) => found.path?.join('/')), ['Parameters/JwtSecretKey', 'Parameters/JwtSecretKey/Default']);
    // A "${X}": in a user-data script (curl -u "${Token}":x) is no JSON key of a secret.
    const basicAuth = `Parameters:
  GithubToken: {Type: String}
Resources:
  Host:
    Type: AWS::EC2::Instance
    Properties:
      UserData: {'Fn::Base64': !Sub 'curl -u "\${GithubToken}":x-oauth-basic https://api.github.com/user'}
`;
    assert.deepEqual(run(parameterNoEchoRule, basicAuth).map((found) => found.path?.join('/')), ['Parameters/GithubToken']);
    const used = `Parameters:
  pSecretKey: {Type: String}
  pWebHookUrl: {Type: String, NoEcho: true}
Resources:
  S:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: !Sub '{"\${pSecretKey}":"\${pWebHookUrl}"}'
`;
    assert.deepEqual(run(parameterNoEchoRule, used), []);
    const secretKey = 'Parameters:\n  SecretKey:\n    Type: String\n    Default: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nResources: {}\n';
    assert.deepEqual(run(parameterNoEchoRule, secretKey).map((found) => found.path?.join('/')), ['Parameters/SecretKey', 'Parameters/SecretKey/Default']);
    assert.equal(run(parameterNoEchoRule, 'Parameters:\n  SecretKey: {Type: String}\nResources: {}\n').length, 1);
    // An API key is the secret itself, whatever its Default looks like.
    assert.equal(run(parameterNoEchoRule, 'Parameters:\n  ApiKey: {Type: String, NoEcho: true, Default: abcdefghijkl}\nResources: {}\n').length, 1);
  });

  it('leaves a Default that is a placeholder another tool fills in (${env:…})', () => {
    const text = "Parameters:\n  PrivateKeyConfigLiteral:\n    Type: String\n    Default: '${env:CORALOGIX_PRIVATE_KEY}'\nResources: {}\n";
    assert.deepEqual(run(parameterNoEchoRule, text), []);
    assert.equal(run(parameterNoEchoRule, text.replace("'${env:CORALOGIX_PRIVATE_KEY}'", 'abc-123-XYZ')).length, 2);
  });
});

describe('CX4004 a parameter CodeBuild reads as the name of a secret', () => {
  it('leaves alone a secret-like parameter passed as a SECRETS_MANAGER or PARAMETER_STORE variable, and still reports one passed as PLAINTEXT', () => {
    const text = (type: string) =>
      `Parameters:\n  DockerHubToken:\n    Type: String\nResources:\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Environment:\n        EnvironmentVariables:\n          - {Name: TOKEN, Type: ${type}, Value: !Ref DockerHubToken}\n`;
    assert.deepEqual(run(parameterNoEchoRule, text('SECRETS_MANAGER')), []);
    assert.deepEqual(run(parameterNoEchoRule, text('PARAMETER_STORE')), []);
    assert.equal(run(parameterNoEchoRule, text('PLAINTEXT')).length, 1);
  });

  it('leaves alone a secret-like parameter that only feeds an AWS Config rule input (names of keys, periods)', () => {
    const text = `Parameters:\n  EcsSecretKeys:\n    Type: String\n    Default: AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA\nResources:\n  Rule:\n    Type: AWS::Config::ConfigRule\n    Properties:\n      InputParameters:\n        secretKeys: !Ref EcsSecretKeys\n      Source: {Owner: AWS, SourceIdentifier: ECS_NO_ENVIRONMENT_SECRETS}\n`;
    assert.deepEqual(run(parameterNoEchoRule, text), []);
    // Conformance packs pass the input through Fn::If; the description says the parameter holds key names.
    const conditional = text.replace('secretKeys: !Ref EcsSecretKeys', "secretKeys: !If [HasKeys, !Ref EcsSecretKeys, !Ref 'AWS::NoValue']");
    assert.deepEqual(run(parameterNoEchoRule, conditional), []);
    const described = 'Parameters:\n  SecretKeys:\n    Type: String\n    Description: Comma-separated list of key names to search for\n    Default: AWS_SECRET_ACCESS_KEY\nResources: {}\n';
    assert.deepEqual(run(parameterNoEchoRule, described), []);
  });

  it('leaves alone a KMS key alias given as the Default of a secret-like parameter', () => {
    const text = 'Parameters:\n  SecretKmsKey:\n    Type: String\n    Default: aws/secretsmanager\nResources: {}\n';
    assert.deepEqual(run(parameterNoEchoRule, text), []);
  });
});

describe('CX4005 hard-coded secrets', () => {
  it('reports literal passwords, nested too', () => {
    const text = 'Resources:\n  Broker:\n    Type: AWS::AmazonMQ::Broker\n    Properties:\n      Users:\n        - Username: admin\n          Password: correct-horse\n';
    const found = only(run(hardCodedSecretRule, text));
    assert.equal(found.message, "'Password' of 'Broker' is written in the template as plain text: anyone who can read the template or the stack sees it");
    assert.equal(spanText(text, found), 'correct-horse');
    assert.deepEqual(found.path, ['Resources', 'Broker', 'Properties', 'Users', 0, 'Password']);
    assert.equal(found.explanation?.text.includes('{{resolve:secretsmanager:'), true);
  });

  it('reports weak values that are still secrets, unlike words that say there is no value yet', () => {
    for (const value of ['changeme', 'password', 'emptyPassword1']) {
      const text = `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: ${value}\n`;
      assert.deepEqual(run(hardCodedSecretRule, text).map((found) => found.path?.join('/')), ['Resources/Db/Properties/MasterUserPassword'], value);
    }
  });

  it("reads a function's environment variable names, and leaves placeholders and made-up example keys", () => {
    const fn = (name: string, value: string) =>
      `Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          ${name}: ${value}\n          STAGE: prod\n`;
    assert.deepEqual(run(hardCodedSecretRule, fn('STRIPE_SECRET_KEY', 'sk_live_51Habc')).map((found) => found.path?.join('/')), [
      'Resources/Fn/Properties/Environment/Variables/STRIPE_SECRET_KEY',
    ]);
    assert.deepEqual(run(hardCodedSecretRule, fn('API_KEY', "'<Fixer API key>'")), []);
    assert.deepEqual(run(hardCodedSecretRule, fn('AWS_SECRET_ACCESS_KEY', 'DUMMYEXAMPLEKEY')), []);
    assert.deepEqual(run(hardCodedSecretRule, fn('SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db')), []);
  });

  it("reads a StackSet parameter's ParameterKey and a nested stack's parameter names, not other resources' Parameters", () => {
    const stackSet = 'Resources:\n  Set:\n    Type: AWS::CloudFormation::StackSet\n    Properties:\n      Parameters:\n        - ParameterKey: DbMasterPassword\n          ParameterValue: Summer2026!\n        - ParameterKey: DbPasswordLength\n          ParameterValue: "16"\n';
    assert.deepEqual(run(hardCodedSecretRule, stackSet).map((found) => found.path?.join('/')), ['Resources/Set/Properties/Parameters/0/ParameterValue']);
    const nested = 'Resources:\n  Data:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      Parameters:\n        DBPassword: Summer2026!\n        DBUser: admin\n';
    assert.deepEqual(run(hardCodedSecretRule, nested).map((found) => found.path?.join('/')), ['Resources/Data/Properties/Parameters/DBPassword']);
    // A DB parameter group's Parameters are engine settings (password_encryption), not secrets.
    const group = 'Resources:\n  Group:\n    Type: AWS::RDS::DBParameterGroup\n    Properties:\n      Family: postgres16\n      Description: x\n      Parameters:\n        password_encryption: scram-sha-256\n';
    assert.deepEqual(run(hardCodedSecretRule, group), []);
  });

  it('reports a secret Beanstalk environment property and ECS container variable written as text', () => {
    const beanstalk = `Resources:
  Env:
    Type: AWS::ElasticBeanstalk::Environment
    Properties:
      ApplicationName: app
      OptionSettings:
        - {Namespace: aws:autoscaling:launchconfiguration, OptionName: IamInstanceProfile, Value: web-profile}
        - {Namespace: aws:elasticbeanstalk:application:environment, OptionName: DB_PASSWORD, Value: Sup3rS3cret!}
`;
    const found = only(run(hardCodedSecretRule, beanstalk));
    assert.deepEqual(found.path, ['Resources', 'Env', 'Properties', 'OptionSettings', 1, 'Value']);
    assert.equal(found.message, "'DB_PASSWORD' of 'Env' is written in the template as plain text: anyone who can read the template or the stack sees it");
    assert.equal(spanText(beanstalk, found), 'Sup3rS3cret!');
    const ecs = '{"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Environment": [{"Name": "API_TOKEN", "Value": "abc123"}]}]}}}}';
    assert.deepEqual(only(run(hardCodedSecretRule, ecs)).path, ['Resources', 'Task', 'Properties', 'ContainerDefinitions', 0, 'Environment', 0, 'Value']);
  });

  it('leaves named settings whose value is a reference, an ARN, a name or typed (CodeBuild)', () => {
    const setting = (name: string, value: string, extra = '') =>
      `Resources:\n  Env:\n    Type: AWS::ElasticBeanstalk::Environment\n    Properties:\n      ApplicationName: app\n      OptionSettings:\n        - {Namespace: aws:elasticbeanstalk:application:environment, OptionName: ${name}, Value: ${value}${extra}}\n`;
    for (const [name, value, extra] of [
      ['DB_PASSWORD', "'{{resolve:secretsmanager:MyDb:SecretString:password}}'", ''],
      ['DB_PASSWORD', '!Ref DbPassword', ''],
      ['DB_PASSWORD', "!If [Prod, !Ref AWS::NoValue, '{{resolve:ssm-secure:/db/pw:1}}']", ''],
      ['DB_PASSWORD', '!Sub "${Prefix}-pw"', ''],
      ['DB_SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db', ''],
      ['DB_SECRET', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db', ''],
      ['DB_PASSWORD_PARAMETER', '/prod/db/password', ''],
      ['DB_PASSWORD', '/prod/db/password', ', Type: PARAMETER_STORE'],
      ['DB_HOST', 'db.example.com', ''],
    ]) {
      assert.deepEqual(run(hardCodedSecretRule, setting(name, value, extra)), [], `${name}: ${value}`);
    }
  });

  it('stays silent for dynamic references, Refs, Subs, booleans, empty strings and words that say there is no value yet', () => {
    for (const value of [
      "'{{resolve:secretsmanager:MyDb:SecretString:password}}'",
      "'{\"user\": \"admin\", \"password\": \"{{resolve:ssm-secure:/db/pw:1}}\"}'",
      '!Ref DBPassword',
      '!Sub "${Prefix}-pw"',
      'true',
      "''",
      "'{}'",
      "'{\"roles\": {}, \"workflows\": []}'",
      'empty',
      'PLACEHOLDER',
      "'N/A'",
    ]) {
      const text = `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: ${value}\n`;
      assert.deepEqual(run(hardCodedSecretRule, text), [], value);
    }
  });
});

describe('CX4004 parameters that name where a secret is', () => {
  it('leaves parameters an IAM policy uses as its Resource, URIs by pattern, and sentinel Defaults', () => {
    const text = `Parameters:
  RDSSecret: {Type: String}
  DBPasswordSSMKey: {Type: String}
  PullSecret: {Type: String, AllowedPattern: '^s3:\\/\\/.*$'}
  MasterPassword: {Type: String, NoEcho: true, Default: Auto, Description: if left at default a password will be generated}
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - {Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: !Ref RDSSecret}
          - {Effect: Allow, Action: ssm:GetParameter, Resource: !Sub 'arn:aws:ssm:us-east-1:123456789012:parameter/\${DBPasswordSSMKey}'}
`;
    assert.deepEqual(run(parameterNoEchoRule, text), []);
    const secret = 'Parameters:\n  DBPassword: {Type: String, NoEcho: true, Default: hunter22}\nResources: {}\n';
    assert.equal(only(run(parameterNoEchoRule, secret)).path?.join('/'), 'Parameters/DBPassword/Default');
  });
});

describe('CX4004 a NoEcho parameter shown in an output', () => {
  const template = (value: string) => `Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  AppName:
    Type: String
Resources:
  Topic:
    Type: AWS::SNS::Topic
Outputs:
  Shown:
    Value: ${value}
`;
  it('reports an output whose value reads the parameter through Ref, Fn::Sub or Fn::Join', () => {
    for (const value of ['!Ref DbPassword', "!Sub 'postgres://admin:${DbPassword}@db'", "!Join [':', [admin, !Ref DbPassword]]"]) {
      const found = run(parameterNoEchoRule, template(value));
      assert.deepEqual(found.map((one) => [one.path?.join('/'), one.severity]), [['Outputs/Shown/Value', 'warning']], value);
      assert.match(found[0].message, /^Output 'Shown' shows NoEcho parameter 'DbPassword': CloudFormation does not mask outputs/);
    }
  });
  it('leaves outputs of other parameters alone', () => {
    assert.deepEqual(run(parameterNoEchoRule, template('!Ref AppName')), []);
    assert.deepEqual(run(parameterNoEchoRule, template("!Sub '${AppName}-${Topic}'")), []);
  });
});
