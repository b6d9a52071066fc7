import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedValuesRule } from '../../../src/core/rules/allowedValues';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Resources:',
  '  Primary:',
  '    Type: AWS::Route53::RecordSet',
  '    Properties: {Name: a., Type: A, Failover: primary}',
  '  Secondary:',
  '    Type: AWS::Route53::RecordSet',
  '    Properties: {Name: a., Type: A, Failover: SECONDARY}',
  '  Third:',
  '    Type: AWS::Route53::RecordSet',
  '    Properties: {Name: a., Type: A, Failover: !Ref Role}',
);

describe('E3030 allowed values', () => {
  it('reports values the schema does not list, on the value', () => {
    assert.deepEqual(findingsOf(allowedValuesRule, TEMPLATE), ["E3030 Resources/Primary/Properties/Failover 'primary'"]);
    assert.deepEqual(messagesOf(allowedValuesRule, TEMPLATE), ["Failover must be one of PRIMARY, SECONDARY, not 'primary' (did you mean 'PRIMARY'?)"]);
  });

  it('fixes the case', () => {
    assert.deepEqual(fixedText(allowedValuesRule, TEMPLATE), [`Change to 'PRIMARY': ${TEMPLATE.replace('Failover: primary', 'Failover: PRIMARY')}`]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"R": {"Type": "AWS::Route53::RecordSet", "Properties": {"Name": "a.", "Type": "A", "Failover": "BOTH"}}}}';
    assert.deepEqual(findingsOf(allowedValuesRule, text, 'json'), ["E3030 Resources/R/Properties/Failover '\"BOTH\"'"]);
  });
});
