import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { samGlobalsRule } from '../../../src/core/rules/samGlobals';
import { run } from './exam/helpers';
import { yaml } from './schemaRulesHelper';

const sam = (...globals: string[]) =>
  yaml('Transform: AWS::Serverless-2016-10-31', 'Globals:', ...globals.map((line) => `  ${line}`), 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      InlineCode: x');
const found = (text: string) => run(samGlobalsRule, text).map((item) => `${item.severity} ${item.path?.join('/')}: ${item.message}`);

describe('E0001 SAM Globals sections and properties', () => {
  it('takes the properties SAM takes from Globals', () => {
    assert.deepEqual(found(sam('Function:', '  Runtime: python3.12', '  Timeout: 30', '  LoggingConfig: {LogFormat: JSON}', 'Api:', '  TracingEnabled: true', 'HttpApi:', '  FailOnWarnings: true')), []);
  });

  it('reports an unknown section and a misspelled property with a suggestion', () => {
    assert.deepEqual(found(sam('Functions:', '  Runtime: python3.12', 'Function:', '  Timeoutt: 30')), [
      "error Globals/Functions: Globals has no section 'Functions': the SAM transform fails on it; did you mean 'Function'?",
      "error Globals/Function/Timeoutt: Timeoutt is not a property SAM takes from Globals for Function; did you mean 'Timeout'?",
    ]);
  });

  it('reports what only a resource names as an error, and other properties SAM leaves out as a warning', () => {
    assert.deepEqual(
      found(sam('Function:', '  Policies: [AWSLambdaBasicExecutionRole]', '  PackageType: Image')).map((line) => line.split(':')[0]),
      ['error Globals/Function/Policies', 'warning Globals/Function/PackageType'],
    );
  });

  it('leaves Globals alone without the SAM transform, and sections whose list it does not have', () => {
    assert.deepEqual(found(yaml('Globals:', '  Functions:', '    Runtime: x', 'Resources: {}')), []);
    assert.deepEqual(found(sam('WebFunction:', '  Anything: 1')), []);
  });
});
