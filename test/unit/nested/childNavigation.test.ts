// Go to definition into a nested stack's local template: which name under the cursor leads there, and where in the child.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childDeclarationSpan, childTargetAt, parseTemplate } from '../../../src/core';

const PARENT_JSON = `{
  "Resources": {
    "Network": {
      "Type": "AWS::CloudFormation::Stack",
      "Properties": {"TemplateURL": "stacks/network.json", "Parameters": {"VpcCidr": "10.0.0.0/16"}}
    },
    "Remote": {
      "Type": "AWS::CloudFormation::Stack",
      "Properties": {"TemplateURL": "https://bucket.s3.amazonaws.com/remote.yaml"}
    }
  },
  "Outputs": {
    "Vpc": {"Value": {"Fn::GetAtt": ["Network", "Outputs.VpcId"]}},
    "Text": {"Value": {"Fn::Sub": "vpc \${Network.Outputs.VpcId} and \${Remote.Outputs.Other}"}}
  }
}`;

const json = parseTemplate(PARENT_JSON, 'json');
const offsetOf = (needle: string, shift = 1) => PARENT_JSON.indexOf(needle) + shift;

describe('go to definition into a nested stack template', () => {
  it('leads from the local location, a passed parameter and an output to the child', () => {
    assert.deepEqual(childTargetAt(json, offsetOf('stacks/network.json')), { location: 'stacks/network.json', kind: 'template' });
    assert.deepEqual(childTargetAt(json, offsetOf('"VpcCidr"')), { location: 'stacks/network.json', kind: 'parameter', name: 'VpcCidr' });
    assert.deepEqual(childTargetAt(json, offsetOf('"Outputs.VpcId"', 3)), { location: 'stacks/network.json', kind: 'output', name: 'VpcId' });
    assert.deepEqual(childTargetAt(json, offsetOf('${Network.Outputs.VpcId}', 12)), { location: 'stacks/network.json', kind: 'output', name: 'VpcId' });
  });

  it('leads nowhere from a remote template, the resource part of GetAtt, or a template without nested stacks', () => {
    assert.equal(childTargetAt(json, offsetOf('https://bucket')), undefined);
    assert.equal(childTargetAt(json, offsetOf('${Remote.Outputs.Other}', 12)), undefined);
    assert.equal(childTargetAt(json, offsetOf('["Network"', 3)), undefined);
    assert.equal(childTargetAt(parseTemplate('Resources:\n  Q: {Type: AWS::SQS::Queue}\n', 'yaml'), 5), undefined);
  });

  it("finds the output's or parameter's key in the child, and nothing for the file itself", () => {
    const child = parseTemplate('Parameters:\n  VpcCidr: {Type: String}\nResources: {}\nOutputs:\n  VpcId: {Value: a}\n', 'yaml');
    const text = (span: { start: number; end: number } | undefined) => span && child.text.slice(span.start, span.end);
    assert.equal(text(childDeclarationSpan(child, { location: 'x', kind: 'output', name: 'VpcId' })), 'VpcId');
    assert.equal(text(childDeclarationSpan(child, { location: 'x', kind: 'parameter', name: 'VpcCidr' })), 'VpcCidr');
    assert.equal(childDeclarationSpan(child, { location: 'x', kind: 'output', name: 'Missing' }), undefined);
    assert.equal(childDeclarationSpan(child, { location: 'x', kind: 'template' }), undefined);
  });
});
