/** Values a dynamic reference reads from a secret of the template, judged by the registry constraints. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate } from '../../../src/core/template';
import { yaml } from './schemaRulesHelper';

/** `id path: message` of the E3031 findings of a cluster whose user name comes from `reference`, beside secret `Credentials`. */
function userNameFindings(secret: string[], reference: string): string[] {
  const text = yaml(
    'Resources:',
    '  Credentials:',
    '    Type: AWS::SecretsManager::Secret',
    '    Properties:',
    ...secret.map((line) => `      ${line}`),
    '  Cluster:',
    '    Type: AWS::RDS::DBCluster',
    '    Properties:',
    '      Engine: aurora-postgresql',
    `      MasterUsername: ${reference}`,
    '      ManageMasterUserPassword: true',
  );
  return analyze(parseTemplate(text, 'yaml'))
    .findings.filter((found) => found.ruleId === 'E3031')
    .map((found) => `${found.path?.slice(3).join('/')}: ${found.message}`);
}

const generated = (user: string) => ['Name: app/db', 'GenerateSecretString:', `  SecretStringTemplate: '{"username": "${user}"}'`, '  GenerateStringKey: password'];
const BY_ID = "!Sub '{{resolve:secretsmanager:${Credentials}:SecretString:username}}'";

describe('values read from a secret of the template', () => {
  it('judges the user name a secret is created with, reached by logical id or by its Name', () => {
    const said = "MasterUsername: 'web-admin' is not a valid MasterUsername: it must match ^[a-zA-Z]{1}[a-zA-Z0-9_]*$ (the value comes from the 'username' key secret 'Credentials' is created with)";
    assert.deepEqual(userNameFindings(generated('web-admin'), BY_ID), [said]);
    assert.deepEqual(userNameFindings(generated('web-admin'), "'{{resolve:secretsmanager:app/db:SecretString:username::}}'"), [said]);
    assert.deepEqual(userNameFindings(['SecretString: \'{"username": "web-admin", "password": "x"}\''], BY_ID), [said]);
    assert.deepEqual(userNameFindings(generated('web-admin'), "!Sub '{{resolve:secretsmanager:${Credentials}::username}}'"), [said]);
    assert.deepEqual(userNameFindings(generated('webadmin'), BY_ID), []);
  });
  it('leaves the generated key, other secrets and computed templates unknown', () => {
    assert.deepEqual(userNameFindings(generated('web-admin'), BY_ID.replace('username', 'password')), []);
    assert.deepEqual(userNameFindings(generated('web-admin'), "'{{resolve:secretsmanager:other/db:SecretString:username}}'"), []);
    assert.deepEqual(userNameFindings(['GenerateSecretString:', "  SecretStringTemplate: !Sub '{\"username\": \"${AWS::StackName}\"}'", '  GenerateStringKey: password'], BY_ID), []);
  });
});
