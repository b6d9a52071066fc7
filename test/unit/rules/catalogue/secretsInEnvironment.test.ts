/** CX2126: a Secrets Manager value resolved into environment variables. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secretInEnvironment } from '../../../../src/core/rules/catalogue/data/secretsInEnvironment';
import { findings, paths, resources } from './checkObjects';

describe('CX2126 secrets resolved into environment variables', () => {
  it('reports a function variable and an ECS container variable, each saying what to do instead', () => {
    const text = resources(
      '  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          TOKEN: "{{resolve:secretsmanager:api:SecretString:token}}"\n' +
        '  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx\n          Environment:\n            - Name: DB_PASSWORD\n              Value: !Sub "{{resolve:secretsmanager:${DbSecret}:SecretString:password}}"\n',
    );
    assert.deepEqual(paths(secretInEnvironment, text).length, 2);
    const messages = findings(secretInEnvironment, text).map((hit) => hit.message);
    assert.match(messages[0], /'Fn' resolves a Secrets Manager secret .* Parameters and Secrets extension/);
    assert.match(messages[1], /'Task' .* under Secrets with ValueFrom instead/);
  });

  it('leaves a secret ARN in a variable, ECS Secrets and other resources alone', () => {
    const text = resources(
      '  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          SECRET_ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:api\n' +
        '  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx\n          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:db\n' +
        '  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: "{{resolve:secretsmanager:db:SecretString:password}}"\n',
    );
    assert.deepEqual(paths(secretInEnvironment, text), []);
  });
});
