import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { noteAt } from '../../../src/core/knowledge';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';

const FIXTURES = join(import.meta.dirname, '../../fixtures/knowledge');

function loaded(name: string, format: TemplateFormat) {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const template = parseTemplate(text, format);
  /** The id of the note for the cursor inside the `nth` occurrence of `needle`. */
  const idAt = (needle: string, nth = 1): string | undefined => {
    let offset = -1;
    for (let i = 0; i < nth; i++) offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${needle} is in ${name}`);
    return noteAt(template, offset + 1)?.id;
  };
  return idAt;
}

describe('note look-up by template position, YAML', () => {
  const idAt = loaded('asg.yaml', 'yaml');

  it('finds the resource note on the logical ID and on the type', () => {
    assert.equal(idAt('WebGroup:'), 'asg');
    assert.equal(idAt('AWS::AutoScaling::AutoScalingGroup'), 'asg');
    assert.equal(idAt('Type: AWS::AutoScaling'), 'asg');
  });

  it('finds attribute notes, nested keys included', () => {
    assert.equal(idAt('CreationPolicy'), 'asg-creation-policy');
    assert.equal(idAt('ResourceSignal'), 'asg-creation-policy-signal');
    assert.equal(idAt('UpdatePolicy'), 'asg-update-policy');
    assert.equal(idAt('AutoScalingRollingUpdate'), 'asg-rolling-update');
    assert.equal(idAt('MinInstancesInService'), 'asg-rolling-min-in-service');
  });

  it('finds a value note on list items and property values, the property note on the key', () => {
    assert.equal(idAt('AZRebalance'), 'asg-process-azrebalance');
    assert.equal(idAt('AlarmNotification'), 'asg-rolling-suspend-processes');
    assert.equal(idAt('HealthCheckType'), 'asg-health-check-type');
    assert.equal(idAt('EC2'), 'asg-health-check-type-ec2');
    assert.equal(idAt('CodeDeployDefault.HalfAtATime'), 'codedeploy-half-at-a-time');
    assert.equal(idAt('DEPLOYMENT_STOP_ON_ALARM'), 'codedeploy-stop-on-alarm');
    assert.equal(idAt('Events'), 'codedeploy-rollback-events');
  });

  it("prefers the resource type's own note over the one for any resource", () => {
    assert.equal(idAt('DeletionPolicy'), 'rds-instance-deletion-policy');
    assert.equal(idAt('Snapshot'), 'rds-instance-deletion-policy');
  });

  it('finds template-level, intrinsic and dynamic-reference notes', () => {
    assert.equal(idAt('Transform'), 'sam-transform');
    assert.equal(idAt('Serverless-2016'), 'sam-transform');
    assert.equal(idAt('NoEcho'), 'parameter-no-echo');
    assert.equal(idAt('!ImportValue'), 'fn-import-value');
    assert.equal(idAt('resolve:secretsmanager'), 'dynamic-reference-secretsmanager');
  });

  it('finds nothing where no note applies', () => {
    assert.equal(idAt('MinSize'), undefined);
    assert.equal(idAt('Queue:'), undefined);
  });

  it("gives an intrinsic function's arguments the note of the property they compute", () => {
    assert.equal(idAt('SubnetIds'), 'asg-vpc-zone-identifier');
  });
});

describe('note look-up by template position, JSON', () => {
  const idAt = loaded('failover.json', 'json');

  it('finds resource, property and value notes', () => {
    assert.equal(idAt('"Primary"'), 'route53-record-set');
    assert.equal(idAt('"Failover"'), 'route53-failover');
    assert.equal(idAt('"PRIMARY"'), 'route53-failover-primary');
    assert.equal(idAt('"EvaluateTargetHealth"'), 'route53-evaluate-target-health');
  });

  it('looks through lists of objects', () => {
    assert.equal(idAt('"query-string"'), 'alb-condition-query-string');
    assert.equal(idAt('"Conditions"'), undefined);
  });

  it('explains the SecureString trap where the user writes it', () => {
    assert.equal(idAt('"SecureString"'), 'ssm-parameter-secure-string');
    assert.equal(idAt('"Type": "SecureString"'), 'ssm-parameter-type');
  });

  it('finds intrinsic and output notes', () => {
    assert.equal(idAt('"Fn::ImportValue"'), 'fn-import-value');
    assert.equal(idAt('"Export"'), 'output-export');
  });
});

describe('note look-up outside templates', () => {
  it('finds nothing in a file that is not a template', () => {
    const text = 'Resources:\n  - name: UpdatePolicy\n';
    assert.equal(noteAt(parseTemplate(text, 'yaml'), text.indexOf('UpdatePolicy')), undefined);
  });
});

describe('the traps of exam-topics.md, where the user writes them', () => {
  const trapAt = (text: string, needle: string): string | undefined =>
    noteAt(parseTemplate(text, 'yaml'), text.indexOf(needle) + 1)?.trap;
  const resource = (type: string, properties: string): string =>
    `Resources:\n  R:\n    Type: ${type}\n    Properties:\n${properties}`;

  it('T05: blue/green on a bare tagged fleet', () => {
    const text = resource('AWS::CodeDeploy::DeploymentGroup', '      DeploymentStyle:\n        DeploymentType: BLUE_GREEN\n');
    assert.match(trapAt(text, 'BLUE_GREEN') ?? '', /no load balancer and no Auto Scaling group, cannot be deployed blue\/green/);
  });

  it('T13: the default Elastic Beanstalk scaling metric is NetworkOut', () => {
    const text = resource(
      'AWS::ElasticBeanstalk::Environment',
      '      OptionSettings:\n        - Namespace: aws:autoscaling:trigger\n          OptionName: MeasureName\n          Value: CPUUtilization\n',
    );
    assert.match(trapAt(text, 'aws:autoscaling:trigger') ?? '', /scales on `NetworkOut`.*`NetworkIn` is wrong/);
    assert.match(trapAt(text, 'MeasureName') ?? '', /default is `NetworkOut`, not `NetworkIn`/);
  });

  it('T21: CloudFormation cannot create a SecureString parameter', () => {
    const text = resource('AWS::SSM::Parameter', '      Type: SecureString\n      Value: x\n');
    assert.match(trapAt(text, 'SecureString') ?? '', /SecureString parameter in a template is wrong/);
  });

  it('T27: Route 53 cannot route on request content', () => {
    const text = resource('AWS::Route53::RecordSet', '      Name: www.example.com\n');
    assert.match(trapAt(text, 'AWS::Route53::RecordSet') ?? '', /cannot route on URL paths, query strings, cookies, headers or browser type/);
  });
});
