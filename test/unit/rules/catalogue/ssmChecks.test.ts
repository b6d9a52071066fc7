/** CX2123 (a parameter value against its own AllowedPattern) and CX2921 (association rates) on the edges. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, paths } from './helpers';

const parameter = (value: string, pattern: string, extra = '') => `${extra}Resources:
  Setting:
    Type: AWS::SSM::Parameter
    Properties:
      Type: String
      Value: ${value}
      AllowedPattern: '${pattern}'
`;

const association = (expression: string) => `Resources:
  Apply:
    Type: AWS::SSM::Association
    Properties:
      Name: AWS-UpdateSSMAgent
      ScheduleExpression: ${expression}
`;

describe('CX2123 SSM parameter value against its AllowedPattern', () => {
  it('matches the whole value, as Parameter Store does', () => {
    assert.deepEqual(paths('CX2123', parameter("'10000'", '\\d{1,4}')), ['Resources/Setting/Properties/Value']);
    assert.deepEqual(paths('CX2123', parameter("'1000'", '\\d{1,4}')), []);
    assert.deepEqual(paths('CX2123', parameter('10000', '^[0-9]+$')), []);
  });

  it('judges every value a parameter may pass, and leaves unknown values, dynamic references and patterns it cannot read alone', () => {
    const allowed = (values: string) => `Parameters:\n  Port:\n    Type: String\n    AllowedValues: [${values}]\n`;
    assert.deepEqual(paths('CX2123', parameter('!Ref Port', '\\d{1,4}', allowed("'80', '443'"))), []);
    assert.deepEqual(paths('CX2123', parameter('!Ref Port', '\\d{1,4}', allowed("'80', '65535'"))), []);
    assert.deepEqual(paths('CX2123', parameter('!Ref Port', '\\d{1,4}', allowed("'65535', '99999'"))), ['Resources/Setting/Properties/Value']);
    assert.deepEqual(paths('CX2123', parameter('!Ref Port', '\\d{1,4}', 'Parameters:\n  Port:\n    Type: String\n')), []);
    assert.deepEqual(paths('CX2123', parameter("'{{resolve:ssm:/base/port}}'", '\\d{1,4}')), []);
    assert.deepEqual(paths('CX2123', parameter('abc', '\\p{javaLowerCase}+')), []);
    // Java's class intersection: [a-z&&[^e]] is a letter other than e, which JavaScript reads otherwise.
    assert.deepEqual(paths('CX2123', parameter('abc', '[a-z&&[^e]]+')), []);
    assert.deepEqual(paths('CX2123', parameter('ABC', '(?i)[a-z]+')), []);
    assert.deepEqual(paths('CX2123', parameter('ab1', '(?:[a-z])+')), ['Resources/Setting/Properties/Value']);
  });
});

describe('CX2123 with a Value from a parameter Default', () => {
  const withDefault = (fallback: string, extra = '') => `Parameters:\n  Endpoint:\n    Type: String\n    Default: ${fallback}\n${extra}`;
  it('warns when the Default breaks the pattern: stacks given another value may deploy', () => {
    const [found, ...rest] = check('CX2123', parameter('!Ref Endpoint', '^https://.+$', withDefault('http://api.example.com')));
    assert.deepEqual(rest, []);
    assert.equal(found.severity, 'warning');
    assert.match(found.message, /^The Default 'http:\/\/api\.example\.com' of parameter 'Endpoint', which Value of 'Setting' takes, does not match its AllowedPattern \^https:\/\/\.\+\$: a stack created with the Default fails/);
  });
  it('is silent on a Default that matches, and on a parameter with AllowedValues (judged one by one above)', () => {
    assert.deepEqual(check('CX2123', parameter('!Ref Endpoint', '^https://.+$', withDefault('https://api.example.com'))), []);
    assert.deepEqual(check('CX2123', parameter('!Ref Endpoint', '^https://.+$', withDefault('http://a.example.com', "    AllowedValues: ['http://a.example.com', 'https://b.example.com']\n"))), []);
  });
});

describe('CX2921 State Manager association rates', () => {
  it('takes 30 minutes up to 30 days, in any unit', () => {
    for (const ok of ['rate(30 minutes)', 'rate(1 hour)', 'rate(30 days)', 'cron(0 2 ? * SUN *)', 'rate(719 hours)']) assert.deepEqual(paths('CX2921', association(ok)), [], ok);
    for (const bad of ['rate(29 minutes)', 'rate(1 minute)', 'rate(31 days)', 'rate(744 hours)']) assert.deepEqual(paths('CX2921', association(bad)), ['Resources/Apply/Properties/ScheduleExpression'], bad);
  });
});
