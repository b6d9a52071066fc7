import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, completionsAt, parseTemplate, type Completion, type TemplateFormat } from '../../../src/core';
import { snippetCompletions } from '../../../src/core/snippets/completion';
import { expandSnippet } from './snippetSyntax';

/** The document after accepting `item` and pressing Tab through its tab stops. */
function accept(text: string, item: Completion): string {
  const edits = [{ span: item.replace!, newText: expandSnippet(item.insertText) }, ...(item.additionalEdits ?? [])];
  edits.sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

/** The snippet completions (no other provider's) with the cursor at `|` in `source`. */
function complete(source: string, format: TemplateFormat): { text: string; items: Completion[] } {
  const offset = source.indexOf('|');
  const text = source.replace('|', '');
  return { text, items: completionsAt(parseTemplate(text, format), offset, [snippetCompletions]) };
}

function acceptedCleanly(text: string, format: TemplateFormat, item: Completion): string {
  const result = accept(text, item);
  const template = parseTemplate(result, format);
  assert.deepEqual(template.parseFindings, []);
  assert.deepEqual(analyze(template).findings.filter((finding) => finding.severity === 'error'), [], result);
  return result;
}

const YAML_TEMPLATE = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Parameters:',
  '    Stage:',
  '        Type: String',
  'Resources:',
  '    Queue:',
  '        Type: AWS::SQS::Queue',
  '    cfn-asg-sch|',
  '',
].join('\n');

describe('snippet completions in YAML', () => {
  it('offers every snippet at resource level, indented like the template, with its parameters added', () => {
    const { text, items } = complete(YAML_TEMPLATE, 'yaml');
    const scheduled = items.find((item) => item.label === 'cfn-asg-scheduled');
    assert.ok(scheduled);
    assert.equal(scheduled.keepIndentation, true);
    assert.deepEqual(scheduled.insertText.split('\n').slice(0, 3), ['ScaleOutEvening:', '        Type: AWS::AutoScaling::ScheduledAction', '        Properties:']);
    const result = acceptedCleanly(text, 'yaml', scheduled);
    assert.match(result, /^ {4}Stage:\n {8}Type: String\n {4}AutoScalingGroupName:\n {8}Type: String\n/m);
    assert.match(result, /^ {4}ScaleOutEvening:\n/m);
  });

  it('adds a Parameters section and the SAM transform when the template has neither', () => {
    const source = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  cfn|\n";
    const { text, items } = complete(source, 'yaml');
    for (const prefix of ['cfn-sam-canary', 'cfn-asg-rolling']) {
      const result = acceptedCleanly(text, 'yaml', items.find((item) => item.label === prefix)!);
      assert.match(result, prefix === 'cfn-sam-canary' ? /^Transform: AWS::Serverless-2016-10-31\nResources:/m : /^Parameters:\n {2}VpcId:\n/m);
    }
  });

  it('offers nothing before a word is typed, inside a resource, outside Resources, or in a file that is not a template', () => {
    const indenting = complete("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n  |\n", 'yaml');
    const inside = complete("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    cfn|\n", 'yaml');
    const outside = complete("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\nOutputs:\n  cfn|\n", 'yaml');
    const manifest = complete('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  cfn|\n', 'yaml');
    assert.deepEqual([indenting.items, inside.items, outside.items, manifest.items], [[], [], [], []]);
  });
});

describe('snippet completions in JSON', () => {
  it('inserts between resources with the commas JSON needs, and parameters into a new section', () => {
    const source = [
      '{',
      '  "AWSTemplateFormatVersion": "2010-09-09",',
      '  "Resources": {',
      '    "Queue": { "Type": "AWS::SQS::Queue" }',
      '    "cfn-route53|"',
      '  }',
      '}',
    ].join('\n');
    const { text, items } = complete(source, 'json');
    const failover = items.find((item) => item.label === 'cfn-route53-failover');
    assert.ok(failover);
    assert.equal(failover.filterText, '"cfn-route53-failover');
    const result = acceptedCleanly(text, 'json', failover);
    assert.doesNotThrow(() => JSON.parse(result));
    assert.match(result, /"Queue": \{ "Type": "AWS::SQS::Queue" \},\n {4}"OopsSiteBucket": \{\n {6}"Type"/);
  });

  it('adds a trailing comma when a resource follows', () => {
    const source = '{\n  "Resources": {\n    cfn-dyn|\n    "Queue": { "Type": "AWS::SQS::Queue" }\n  }\n}';
    const { text, items } = complete(source, 'json');
    const result = acceptedCleanly(text, 'json', items.find((item) => item.label === 'cfn-dynamodb-gsi-lsi')!);
    assert.equal(Object.keys(JSON.parse(result).Resources).join(), 'OrdersTable,Queue');
  });
});
