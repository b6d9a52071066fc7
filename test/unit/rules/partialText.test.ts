/** Fn::Sub and Fn::Join text with values known only at deploy time: what the fixed parts alone make impossible. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';
import { patternAlphabet } from '../../../src/core/patterns/alphabet';
import { yaml } from './schemaRulesHelper';

/** `ruleId path: message` of the E3031 and E3033 findings of one resource with these properties. */
function findings(type: string, properties: string[], format: TemplateFormat = 'yaml'): string[] {
  const text = yaml(
    'Parameters:',
    '  Env:',
    '    Type: String',
    'Resources:',
    '  Thing:',
    `    Type: ${type}`,
    '    Properties:',
    ...properties.map((line) => `      ${line}`),
  );
  return analyze(parseTemplate(text, format))
    .findings.filter((found) => found.ruleId === 'E3031' || found.ruleId === 'E3033')
    .map((found) => `${found.ruleId} ${found.path?.slice(3).join('/')}: ${found.message}`);
}

describe('text with values known only at deploy time', () => {
  it('refuses a fixed character the pattern never allows, whatever the parameters hold', () => {
    assert.deepEqual(findings('AWS::S3::Bucket', ["BucketName: !Sub 'My_App-${Env}'"]), [
      "E3031 BucketName: 'My_App-${Env}' is not a valid BucketName: it must match ^([a-z0-9][a-z0-9.-]*[a-z0-9])?$, and its fixed text has 'M', which the pattern does not allow, whatever ${Env} may hold",
    ]);
    assert.deepEqual(findings('AWS::ECR::ReplicationConfiguration', [
      'ReplicationConfiguration:',
      '  Rules:',
      '    - Destinations:',
      '        - Region: us-west-2',
      "          RegistryId: !Sub '${AWS::AccountId}.dkr.ecr.${Env}.amazonaws.com'",
    ]), [
      "E3031 ReplicationConfiguration/Rules/0/Destinations/0/RegistryId: '${AWS::AccountId}.dkr.ecr.${Env}.amazonaws.com' is not a valid RegistryId: it must match ^[0-9]{12}$, and its fixed text has '.', which the pattern does not allow, whatever ${AWS::AccountId} and ${Env} hold",
    ]);
  });

  it('reads Fn::Join the same way, each value of a function a hole', () => {
    assert.deepEqual(findings('AWS::IAM::Role', ['AssumeRolePolicyDocument: {}', "RoleName: !Join [' ', [!Ref Env, role]]"]), [
      "E3031 RoleName: '${Env} role' is not a valid RoleName: it must match ^[\\w+=,.@-]+$, and its fixed text has ' ', which the pattern does not allow, whatever ${Env} may hold",
    ]);
  });

  it('refuses a value that starts otherwise than every value the pattern takes', () => {
    assert.deepEqual(findings('AWS::Lambda::Function', ['Handler: index.handler', 'Runtime: python3.12', "Role: !Sub 'role/${Env}'", 'Code: {ZipFile: x}']), [
      "E3031 Role: 'role/${Env}' is not a valid Role: it must match ^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$, and it starts with 'role' where the pattern asks for 'arn:', whatever ${Env} may hold",
    ]);
  });

  it('counts the fixed text against maxLength', () => {
    const long = 'x'.repeat(80);
    assert.deepEqual(findings('AWS::SQS::Queue', [`QueueName: !Sub '\${Env}-${long}'`]), [
      `E3033 QueueName: QueueName must be at most 80 characters long; the fixed text of '\${Env}-${long}' alone has 81`,
    ]);
  });

  it('leaves alone text whose holes can still make a valid value', () => {
    assert.deepEqual(findings('AWS::S3::Bucket', ["BucketName: !Sub '${Env}-assets-${AWS::AccountId}'"]), []);
    assert.deepEqual(findings('AWS::SQS::Queue', ["QueueName: !Sub '${Env}.orders'"]), []);
    assert.deepEqual(findings('AWS::Lambda::Function', ['Handler: index.handler', 'Runtime: python3.12', "Role: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Env}'", 'Code: {ZipFile: x}']), []);
    // `${!Literal}` writes `${Literal}` itself: not read.
    assert.deepEqual(findings('AWS::S3::Bucket', ["BucketName: !Sub 'a-${!Literal}-${Env}'"]), []);
  });
});

/** `path: message` of the E3030 findings of one resource with these properties, and whether any offers a fix. */
function allowedValueFindings(type: string, properties: string[]): { said: string[]; fixes: number } {
  const text = yaml('Parameters:', '  Env:', '    Type: String', 'Resources:', '  Thing:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`));
  const found = analyze(parseTemplate(text, 'yaml')).findings.filter((finding) => finding.ruleId === 'E3030');
  return { said: found.map((finding) => `${finding.path?.slice(3).join('/')}: ${finding.message}`), fixes: found.filter((finding) => finding.fixes).length };
}

describe('text with holes where the schema lists the allowed values', () => {
  const table = ['KeySchema: [{AttributeName: id, KeyType: HASH}]', 'AttributeDefinitions: [{AttributeName: id, AttributeType: S}]'];

  it('refuses text that can be none of them, without a value to suggest', () => {
    assert.deepEqual(allowedValueFindings('AWS::DynamoDB::Table', [...table, "BillingMode: !Sub 'ON_DEMAND_${Env}'"]), {
      said: ["BillingMode: BillingMode must be one of PROVISIONED, PAY_PER_REQUEST, and 'ON_DEMAND_${Env}' can be none of them, whatever ${Env} may hold"],
      fixes: 0,
    });
    assert.deepEqual(allowedValueFindings('AWS::DynamoDB::Table', [...table, "BillingMode: !Join ['', [PAY, !Ref Env, REQUESTS]]"]).said, [
      "BillingMode: BillingMode must be one of PROVISIONED, PAY_PER_REQUEST, and 'PAY${Env}REQUESTS' can be none of them, whatever ${Env} may hold",
    ]);
  });

  it('leaves alone text that one of them fits, parts in order and holes maybe empty', () => {
    for (const value of ["!Sub '${Env}_REQUEST'", "!Sub 'PAY_${Env}_REQUEST'", "!Sub 'PROVISIONED${Env}'", "!Sub '${Env}'", "!Join ['_', [PAY, PER, !Ref Env]]"]) {
      assert.deepEqual(allowedValueFindings('AWS::DynamoDB::Table', [...table, `BillingMode: ${value}`]).said, [], value);
    }
    // The fixed parts must not overlap: PAY_PER_REQUEST does not start with 'PAY_PER_' and end with '_PER_REQUEST'.
    assert.equal(allowedValueFindings('AWS::DynamoDB::Table', [...table, "BillingMode: !Sub 'PAY_PER_${Env}_PER_REQUEST'"]).said.length, 1);
  });

  it('compares in any letter case where the schema does', () => {
    const broker = ['BrokerName: b', 'DeploymentMode: SINGLE_INSTANCE', 'EngineVersion: "5.18"', 'HostInstanceType: mq.t3.micro', 'PubliclyAccessible: false', 'Users: [{Username: u, Password: p}]'];
    assert.deepEqual(allowedValueFindings('AWS::AmazonMQ::Broker', [...broker, "EngineType: !Sub 'Active${Env}'"]).said, []);
    assert.equal(allowedValueFindings('AWS::AmazonMQ::Broker', [...broker, "EngineType: !Sub 'Kafka${Env}'"]).said.length, 1);
  });
});

describe('the characters of a pattern', () => {
  it('are known for anchored patterns of positive classes, lookarounds left out', () => {
    const bucket = patternAlphabet('^([a-z0-9][a-z0-9.-]*[a-z0-9])?$')!;
    assert.deepEqual(['a', '9', '.', '-', 'A', '_', ' '].map(bucket), [true, true, true, true, false, false, false]);
    const repository = patternAlphabet('^(?=.{2,256}$)([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)$')!;
    assert.deepEqual(['a', '_', 'W'].map(repository), [true, true, false]);
    assert.deepEqual(['a', 'B'].map(patternAlphabet('^a$|^[A-C]+$')!), [true, true]);
  });

  it('are unknown where any character may appear', () => {
    assert.equal(patternAlphabet('^arn:.*$'), undefined);
    assert.equal(patternAlphabet('[a-z]+'), undefined);
    assert.equal(patternAlphabet('^[^/]+$'), undefined);
    assert.equal(patternAlphabet('^a$|b'), undefined);
  });
});
