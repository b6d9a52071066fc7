import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { studySheet } from '../../../src/core/study';
import { parseTemplate } from '../../../src/core/template';
import { TEST_NOTES } from './notes';

const fixture = (name: string) => parseTemplate(readFileSync(join(import.meta.dirname, '../../fixtures/study', name), 'utf8'), 'yaml');

describe('study sheet', () => {
  it('lists resources with their types, the notes that apply, traps gathered first, and the topics covered', () => {
    assert.equal(
      studySheet(fixture('asg.yaml'), 'asg.yaml', TEST_NOTES),
      `# Study sheet: asg.yaml

3 resources · YAML · made by CloudFormation Exam Coach

## Traps in this template

- **WebGroup**: Health checks are EC2 only unless \`HealthCheckType\` is \`ELB\`.

## Resources

### WebGroup (\`AWS::AutoScaling::AutoScalingGroup\`)

#### The resource: self-healing fleet

Keeps between \`MinSize\` and \`MaxSize\` instances.

**Exam angle.** Pick it when the question says *self-healing*.

> **Trap.** Health checks are EC2 only unless \`HealthCheckType\` is \`ELB\`.

Topics: T07 Auto Scaling group (Auto Scaling) · [AWS documentation](https://docs.aws.amazon.com/autoscaling/asg.html)

#### \`UpdatePolicy.AutoScalingRollingUpdate.MinInstancesInService\`: instances kept in service

Instances that stay in service during the update.

**Exam angle.** The site must keep serving: a value above zero.

Topics: T09 Group updates, signals (Auto Scaling) · [AWS documentation](https://docs.aws.amazon.com/updatepolicy.html)

### Evening (\`AWS::AutoScaling::ScheduledAction\`)

_No exam notes for this resource yet._

### Queue (\`AWS::SQS::Queue\`)

_No exam notes for this resource yet._

## Topics covered

- T07 Auto Scaling group (Auto Scaling; D3)
- T08 Scheduled actions (Auto Scaling; D3)
- T09 Group updates, signals (Auto Scaling; D3, D2)
`,
    );
  });

  it('has a section for template-level settings such as the SAM transform', () => {
    const sheet = studySheet(fixture('sam.yaml'), 'sam.yaml', TEST_NOTES);
    const section = sheet.slice(sheet.indexOf('## Template-level settings'), sheet.indexOf('## Topics covered'));
    assert.equal(
      section,
      '## Template-level settings\n\n#### `Transform`: SAM\n\nExpands `AWS::Serverless` resources.\n\n**Exam angle.** Gradual Lambda deployments.\n\n' +
        'Topics: T18 SAM (Serverless) · [AWS documentation](https://docs.aws.amazon.com/sam.html)\n\n',
    );
  });

  it('lists only the traps that apply as written, each once with every place it applies to', () => {
    const group = (name: string, updatePolicy: boolean) => [
      `  ${name}:`,
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      ...(updatePolicy ? ['    UpdatePolicy:', '      AutoScalingRollingUpdate:', '        MaxBatchSize: 1'] : []),
      '    Properties:',
      '      MinSize: "1"',
      '      MaxSize: "2"',
    ];
    const text = ['Resources:', ...group('Rolling', true), ...group('Plain', false), ...group('AlsoPlain', false), ''].join('\n');
    const sheet = studySheet(parseTemplate(text, 'yaml'), 'groups.yaml');
    const traps = sheet.slice(sheet.indexOf('## Traps in this template'), sheet.indexOf('## Resources')).split('\n').filter((line) => line.startsWith('- '));
    const withoutPolicy = traps.filter((line) => line.includes('Without an `UpdatePolicy`'));
    assert.equal(withoutPolicy.length, 1);
    assert.match(withoutPolicy[0], /^- \*\*Plain\*\*, \*\*AlsoPlain\*\*: Without an `UpdatePolicy`/);
    assert.equal(new Set(traps).size, traps.length);
  });

  it('says so when a template has no resources and covers no topic', () => {
    const template = parseTemplate('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}', 'json');
    assert.equal(
      studySheet(template, 'empty.json', TEST_NOTES),
      '# Study sheet: empty.json\n\n0 resources · JSON · made by CloudFormation Exam Coach\n\n## Resources\n\n_This template declares no resources._\n\n' +
        '## Topics covered\n\n_None yet: add an exam snippet (type `cfn-` under `Resources`)._\n',
    );
  });
});

describe('study sheet traps that depend on a value', () => {
  it('lists the SecureString trap only for a parameter of that type, and no undeletable-bucket trap for a retained bucket', () => {
    const plain = studySheet(parseTemplate('Resources:\n  Param:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: String\n      Value: x\n  Data:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n', 'yaml'), 'p.yaml');
    const traps = plain.slice(plain.indexOf('## Traps in this template'), plain.indexOf('## Resources'));
    assert.doesNotMatch(traps, /SecureString/);
    assert.doesNotMatch(traps, /A bucket with objects cannot be deleted/);
    const secure = studySheet(parseTemplate('Resources:\n  Param:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: SecureString\n      Value: x\n', 'yaml'), 'p.yaml');
    assert.match(secure, /## Traps in this template\n\n- \*\*Param\*\*: CloudFormation cannot create a `SecureString` parameter/);
  });
});
