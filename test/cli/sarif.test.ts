import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { lintText } from '../../src/cli/lint';
import { formatSarif } from '../../src/cli/report/sarif';
import { useGeneratedSchema } from '../unit/schema/schemaHelper';

// Findings that share an id come from different rules: E1010 (resource and attribute), E1011 (the
// mapping name and Fn::FindInMap's shape), E1022 from the function-shape rule only.
const TEMPLATE = [
  'Mappings:',
  '  Sizes: {us-east-1: {Small: t3.micro}}',
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      QueueName: !Join [only-one-argument]',
  'Outputs:',
  '  A: {Value: !GetAtt Nowhere.Arn}',
  '  B: {Value: !GetAtt Queue.Ar}',
  '  C: {Value: !FindInMap [Colours, us-east-1, Small]}',
  '  D: {Value: !FindInMap [Sizes, us-east-1]}',
  '',
].join('\n');

interface Descriptor {
  id: string;
  shortDescription: { text: string };
}

describe('SARIF rule descriptors', () => {
  before(() => useGeneratedSchema());

  it('list each finding id once, with the description of what that id checks', () => {
    const result = lintText(TEMPLATE, 'shared-ids.yaml');
    assert.deepEqual(
      result.findings.map((found) => found.ruleId).sort(),
      ['E1010', 'E1010', 'E1011', 'E1011', 'E1022'],
    );
    const log = JSON.parse(formatSarif([result], '0.0.0'));
    const descriptors: Descriptor[] = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      descriptors.map((rule) => [rule.id, rule.shortDescription.text]),
      [
        ['E1010', "Fn::GetAtt must name a resource of the template and an attribute of its type; Fn::GetAtt takes 'Resource.Attribute' or [Resource, Attribute]"],
        ['E1011', 'Fn::FindInMap must name a declared mapping and keys; Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey]'],
        ['E1022', 'Fn::Join takes [delimiter, [values]]'],
      ],
    );
    const results: { ruleId: string; ruleIndex: number }[] = log.runs[0].results;
    assert.deepEqual(
      results.map((found) => descriptors[found.ruleIndex].id),
      results.map((found) => found.ruleId),
    );
  });

  it('describes the ids a rule gives some of its findings besides its own', () => {
    const text = ['Resources:', '  Queue:', '    Type: AWS::SQS::Queue', '    Condition: Missing', ''].join('\n');
    const log = JSON.parse(formatSarif([lintText(text, 'condition.yaml')], '0.0.0'));
    const descriptors: Descriptor[] = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      descriptors.map((rule) => [rule.id, rule.shortDescription.text]),
      [['E3015', "A resource's Condition must be declared"]],
    );
  });

  it('describes an id two rules give their findings by both', () => {
    const text = ['Parameters:', '  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}', 'Resources:', '  Eni:', '    Type: AWS::EC2::NetworkInterface', '    Properties: {SubnetId: !Ref Subnets}', ''].join('\n');
    const result = lintText(text, 'list.yaml');
    assert.deepEqual(result.findings.map((found) => found.ruleId), ['E1020']);
    const descriptors: Descriptor[] = JSON.parse(formatSarif([result], '0.0.0')).runs[0].tool.driver.rules;
    assert.deepEqual(
      descriptors.map((rule) => [rule.id, rule.shortDescription.text]),
      [['E1020', 'Ref must name a parameter, a resource or a pseudo parameter; Ref takes a name; A Ref to a list parameter where the property takes one value, or to a single-value parameter where it takes a list']],
    );
  });
});
