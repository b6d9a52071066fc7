import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleFunctionsRule } from '../../../src/core/rules/ruleFunctions';
import { parseTemplate } from '../../../src/core/template';

const paths = (text: string) => ruleFunctionsRule.run(parseTemplate(text, 'yaml')).map((found) => found.path?.join('/'));
const template = (condition: string, assert: string) => `Parameters:
  Env: {Type: String}
  Url: {Type: String}
Rules:
  ProdNeedsUrl:
    RuleCondition: ${condition}
    Assertions:
      - Assert: ${assert}
        AssertDescription: production needs a URL
Resources:
  T:
    Type: AWS::SNS::Topic
`;

describe('E1701 functions in rules', () => {
  it('takes the rule functions and Ref', () => {
    assert.deepEqual(paths(template('!Equals [!Ref Env, prod]', "!Not [!Equals [!Ref Url, '']]")), []);
    assert.deepEqual(paths(template('!Or [!Equals [!Ref Env, prod], !Contains [[a, b], !Ref Env]]', "!EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], !RefAll 'AWS::EC2::VPC::Id']")), []);
  });

  it('reports Fn::Sub, Fn::Select or a Condition, each at its key', () => {
    assert.deepEqual(paths(template('!Condition IsProd', "!Not [!Equals [!Sub '${Url}', '']]")), [
      'Rules/ProdNeedsUrl/RuleCondition/Condition',
      'Rules/ProdNeedsUrl/Assertions/0/Assert/Fn::Not/0/Fn::Equals/0/Fn::Sub',
    ]);
    const [found] = ruleFunctionsRule.run(parseTemplate(template('!Equals [!Select [0, [a]], a]', "!Equals [!Ref Url, '']"), 'yaml'));
    assert.equal(found.message, 'Fn::Select is not a rule function: rule conditions and assertions take only Fn::And, Fn::Or, Fn::Not, Fn::Equals, Fn::Contains, Fn::EachMemberEquals, Fn::EachMemberIn, Fn::RefAll, Fn::ValueOf, Fn::ValueOfAll, Fn::If and Ref');
  });
});
