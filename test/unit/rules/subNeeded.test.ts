import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subNeededRule } from '../../../src/core/rules/subNeeded';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';

const YAML = [
  'Parameters:',
  '  Env: {Type: String}',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: "app-${Env}-data"',
  '      Tags:',
  '        - Key: region',
  '          Value: plain-${AWS::Region}',
  '        - Key: script',
  '          Value: |',
  '            echo ${Env}',
  '        - Key: substituted',
  '          Value: !Sub "ok-${Env}"',
  '        - Key: joined',
  "          Value: !Join ['', ['x-${Bucket.Arn}', y]]",
  '        - Key: shell',
  '          Value: bash-${HOME} and ${!Env}',
  '  Set:',
  '    Type: AWS::CloudFormation::StackSet',
  '    Properties:',
  '      StackSetName: set',
  '      PermissionModel: SELF_MANAGED',
  '      TemplateBody: |',
  '        Resources:',
  '          Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: !Sub "t-${Env}"}}',
  'Outputs:',
  '  Name:',
  '    Value: "${Bucket}"',
  '',
].join('\n');

function lint(text: string, format: TemplateFormat) {
  const template = parseTemplate(text, format);
  return { template, findings: subNeededRule.run(template) };
}

function applyFirstFix(text: string, finding: ReturnType<typeof lint>['findings'][number]): string {
  const [edit] = finding.fixes![0].edits;
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

describe('W1029 ${Name} outside Fn::Sub', () => {
  it('reports a declared parameter, resource or pseudo parameter in any string no Fn::Sub reads, once per string', () => {
    const findings = lint(YAML, 'yaml').findings.sort((a, b) => a.span.start - b.span.start);
    assert.deepEqual(
      findings.map((found) => [found.path?.join('/'), found.severity, found.message]),
      [
        ['Resources/Bucket/Properties/BucketName', 'warning', "'${Env}' is written outside Fn::Sub: CloudFormation keeps it as literal text; wrap the string in Fn::Sub to substitute it"],
        ['Resources/Bucket/Properties/Tags/0/Value', 'warning', "'${AWS::Region}' is written outside Fn::Sub: CloudFormation keeps it as literal text; wrap the string in Fn::Sub to substitute it"],
        ['Resources/Bucket/Properties/Tags/1/Value', 'warning', "'${Env}' is written outside Fn::Sub: CloudFormation keeps it as literal text; wrap the string in Fn::Sub to substitute it"],
        ['Resources/Bucket/Properties/Tags/3/Value/Fn::Join/1/0', 'warning', "'${Bucket.Arn}' is written outside Fn::Sub: CloudFormation keeps it as literal text; wrap the string in Fn::Sub to substitute it"],
        ['Outputs/Name/Value', 'warning', "'${Bucket}' is written outside Fn::Sub: CloudFormation keeps it as literal text; wrap the string in Fn::Sub to substitute it"],
      ],
    );
  });

  it('wraps the string in Fn::Sub, in YAML (also a block scalar) and in JSON, and the finding is gone', () => {
    for (const found of lint(YAML, 'yaml').findings) {
      const fixed = applyFirstFix(YAML, found);
      const after = lint(fixed, 'yaml');
      assert.deepEqual(after.template.parseFindings, []);
      assert.deepEqual(after.findings.filter((other) => other.path?.join('/') === found.path?.join('/')), []);
    }
    const json = JSON.stringify({ Parameters: { Env: { Type: 'String' } }, Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'a-${Env}' } } } }, null, 2);
    const [found] = lint(json, 'json').findings;
    const fixed = applyFirstFix(json, found);
    assert.match(fixed, /"BucketName": \{ "Fn::Sub": "a-\$\{Env\}" \}/);
    assert.deepEqual(lint(fixed, 'json').findings, []);
  });

  it('stays silent under a macro, which may substitute the text itself', () => {
    assert.deepEqual(lint(`Transform: MyMacro\n${YAML}`, 'yaml').findings, []);
  });
});
