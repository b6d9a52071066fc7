import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixed, only } from '../exam/helpers';
import { check, findingPaths } from './helpers';

const option = (namespace: string, name: string, value: string) => `        - Namespace: ${namespace}\n          OptionName: ${name}\n          Value: '${value}'`;

const environment = (options: string[], extra = '') => `Parameters:
  Stack:
    Type: String
Resources:
  App:
    Type: AWS::ElasticBeanstalk::Application
  Environment:
    Type: AWS::ElasticBeanstalk::Environment
    Properties:
      ApplicationName: !Ref App
      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
${extra}      OptionSettings:
${options.join('\n')}
`;

const PROFILE = option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', 'web-profile');

describe('CX1310 platform given twice', () => {
  it('counts an Fn::Sub, an Fn::Join with text, a resource attribute and a parameter with non-empty AllowedValues as set', () => {
    const withArn = (arn: string, parameters = '') =>
      environment([PROFILE]).replace('Parameters:\n', `Parameters:\n${parameters}`).replace('      SolutionStackName: 64bit', `      PlatformArn: ${arn}\n      SolutionStackName: 64bit`);
    assert.equal(check('CX1310', withArn("!Sub 'arn:aws:elasticbeanstalk:${AWS::Region}::platform/Python 3.12 running on 64bit Amazon Linux 2023/4.5.2'")).length, 1);
    assert.equal(check('CX1310', withArn("!Join ['', ['arn:aws:elasticbeanstalk:', !Ref AWS::Region, '::platform/Node.js 20/6.1.0']]")).length, 1);
    assert.equal(check('CX1310', withArn('!Ref Arn', '  Arn:\n    Type: String\n    AllowedValues: [arn:aws:elasticbeanstalk:us-east-1::platform/Node.js 20/6.1.0]\n')).length, 1);
  });
  it('leaves an Fn::Sub of variables only, AWS::NoValue and an Fn::If that may leave PlatformArn out', () => {
    const withArn = (arn: string) => environment([PROFILE]).replace('      SolutionStackName: 64bit', `      PlatformArn: ${arn}\n      SolutionStackName: 64bit`);
    assert.deepEqual(check('CX1310', withArn("!Sub '${Arn}'")), []);
    assert.deepEqual(check('CX1310', withArn('!Ref AWS::NoValue')), []);
    assert.deepEqual(check('CX1310', withArn("!If [Custom, !Sub 'arn:aws:elasticbeanstalk:${AWS::Region}::platform/x/1.0', !Ref AWS::NoValue]")), []);
  });

  it('skips a parameter that may be passed empty', () => {
    const text = environment([PROFILE]).replace('      SolutionStackName: 64bit', '      PlatformArn: !Ref Stack\n      SolutionStackName: 64bit');
    assert.deepEqual(check('CX1310', text), []);
    assert.equal(check('CX1310', text.replace('!Ref Stack', 'arn:aws:elasticbeanstalk:us-east-1::platform/Node.js 20/6.1.0')).length, 1);
  });
});

describe('CX1312 and CX1313 option names and values', () => {
  it('suggests the namespace and leaves platform namespaces alone', () => {
    const found = check('CX1312', environment([PROFILE, option('aws:elasticbeanstalk:comand', 'DeploymentPolicy', 'Rolling'), option('aws:elasticbeanstalk:container:nodejs', 'NodeCommand', 'npm start')]));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /did you mean 'aws:elasticbeanstalk:command'/);
  });
  it('checks enumerations, ranges, booleans and percentages', () => {
    const values = [
      option('aws:elasticbeanstalk:command', 'IgnoreHealthCheck', 'True'),
      option('aws:autoscaling:asg', 'MinSize', '0'),
      option('aws:elasticbeanstalk:command', 'BatchSize', '150'),
      option('aws:autoscaling:trigger', 'MeasureName', 'CPUUtilization'),
    ];
    assert.deepEqual(findingPaths(check('CX1313', environment([PROFILE, ...values]))), [
      'Resources/Environment/Properties/OptionSettings/2/Value',
      'Resources/Environment/Properties/OptionSettings/3/Value',
    ]);
    const fixed = environment([PROFILE, option('aws:elasticbeanstalk:command', 'BatchSizeType', 'Fixed'), option('aws:elasticbeanstalk:command', 'BatchSize', '150')]);
    assert.deepEqual(check('CX1313', fixed), []);
  });
});

describe('CX1313 log streaming and managed platform updates', () => {
  it('knows the retention periods of streamed logs and the managed update levels', () => {
    const values = [
      option('aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs', 'true'),
      option('aws:elasticbeanstalk:cloudwatch:logs', 'RetentionInDays', '45'),
      option('aws:elasticbeanstalk:managedactions:platformupdate', 'UpdateLevel', 'major'),
      option('aws:elasticbeanstalk:managedactions:platformupdate', 'InstanceRefreshEnabled', 'true'),
    ];
    assert.deepEqual(findingPaths(check('CX1313', environment([PROFILE, ...values]))), [
      'Resources/Environment/Properties/OptionSettings/2/Value',
      'Resources/Environment/Properties/OptionSettings/3/Value',
    ]);
    const good = environment([PROFILE, option('aws:elasticbeanstalk:cloudwatch:logs', 'RetentionInDays', '30'), option('aws:elasticbeanstalk:managedactions:platformupdate', 'UpdateLevel', 'minor')]);
    assert.deepEqual(check('CX1313', good), []);
    assert.deepEqual(check('CX1312', good), []);
  });
});

describe('CX1313 the worker daemon', () => {
  it('knows the ranges of the aws:elasticbeanstalk:sqsd options, and CX1312 its option names', () => {
    const sqsd = (name: string, value: string) => option('aws:elasticbeanstalk:sqsd', name, value);
    const worker = environment([PROFILE, sqsd('VisibilityTimeout', '50000'), sqsd('MaxRetries', '0'), sqsd('HttpConnections', '10'), sqsd('RetentionPeriod', '345600')]);
    assert.deepEqual(findingPaths(check('CX1313', worker)), ['Resources/Environment/Properties/OptionSettings/1/Value', 'Resources/Environment/Properties/OptionSettings/2/Value']);
    assert.deepEqual(findingPaths(check('CX1312', environment([PROFILE, sqsd('VisibilityTimout', '300')]))), ['Resources/Environment/Properties/OptionSettings/1/OptionName']);
    assert.deepEqual(check('CX1313', environment([PROFILE, sqsd('VisibilityTimeout', '43200'), sqsd('InactivityTimeout', '1800'), sqsd('WorkerQueueURL', 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs')])), []);
  });
});

describe('settings from a configuration template', () => {
  const withTemplate = (templateName: string) => `Resources:
  App:
    Type: AWS::ElasticBeanstalk::Application
  Saved:
    Type: AWS::ElasticBeanstalk::ConfigurationTemplate
    Properties:
      ApplicationName: !Ref App
      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
      OptionSettings:
${option('aws:elasticbeanstalk:command', 'DeploymentPolicy', 'Rolling')}
${option('aws:autoscaling:trigger', 'UpperThreshold', '70')}
  Environment:
    Type: AWS::ElasticBeanstalk::Environment
    Properties:
      ApplicationName: !Ref App
      TemplateName: ${templateName}
      OptionSettings:
${PROFILE}
`;
  it('reports at the saved configuration when the environment uses it', () => {
    assert.deepEqual(findingPaths(check('CX1410', withTemplate('!Ref Saved'))), ['Resources/Saved/Properties/OptionSettings/0/Value']);
    assert.deepEqual(findingPaths(check('CX1314', withTemplate('!Ref Saved'))), ['Resources/Saved/Properties/OptionSettings/1/Value']);
  });
  it('does not guess when the saved configuration is outside the template', () => {
    assert.deepEqual(check('CX1314', withTemplate('shared-saved-config')), []);
    assert.deepEqual(check('CX1315', withTemplate('shared-saved-config')), []);
  });
});

describe('CX1410 and CX1411 deployment policies', () => {
  it('counts a fixed batch against MaxSize (default 4)', () => {
    const rolling = [PROFILE, option('aws:elasticbeanstalk:command', 'DeploymentPolicy', 'Rolling'), option('aws:elasticbeanstalk:command', 'BatchSizeType', 'Fixed')];
    assert.equal(check('CX1410', environment([...rolling, option('aws:elasticbeanstalk:command', 'BatchSize', '4')])).length, 1);
    assert.deepEqual(check('CX1410', environment([...rolling, option('aws:elasticbeanstalk:command', 'BatchSize', '1')])), []);
  });
  it('leaves single-instance environments to CX7001', () => {
    const split = [PROFILE, option('aws:elasticbeanstalk:command', 'DeploymentPolicy', 'TrafficSplitting'), option('aws:elasticbeanstalk:environment', 'LoadBalancerType', 'network')];
    assert.equal(check('CX1411', environment(split)).length, 1);
    assert.deepEqual(check('CX1411', environment([...split, option('aws:elasticbeanstalk:environment', 'EnvironmentType', 'SingleInstance')])), []);
  });
});

describe('CX1316 tier name and type', () => {
  const tiered = (tier: string) => environment([PROFILE], `      Tier: ${tier}\n`).replace('Parameters:\n', 'Parameters:\n  Kind:\n    Type: String\n    AllowedValues: [Worker]\n  FreeKind:\n    Type: String\n');

  it('fixes the type of a literal tier', () => {
    const text = tiered('{ Name: Worker, Type: Standard }');
    const found = only(check('CX1316', text));
    assert.equal(found.severity, 'error');
    assert.deepEqual(check('CX1316', fixed(text, found)), []);
    assert.deepEqual(findingPaths(check('CX1316', tiered("{ Name: WebServer, Type: 'SQS/HTTP' }"))), ['Resources/Environment/Properties/Tier/Type']);
  });

  it('reads parameters with allowed values, and leaves free parameters, matching conditions and unknown names alone', () => {
    assert.equal(check('CX1316', tiered('{ Name: !Ref Kind, Type: Standard }')).length, 1);
    for (const tier of ['{ Name: !Ref FreeKind, Type: Standard }', "{ Name: !If [IsWorker, Worker, WebServer], Type: !If [IsWorker, 'SQS/HTTP', Standard] }", '{ Name: Worker, Type: !Ref AWS::NoValue }', '{ Name: Web, Type: Standard }', '{ Name: Worker }']) {
      assert.deepEqual(check('CX1316', tiered(tier)), [], tier);
    }
  });
});

describe('CX1317 basic health reporting', () => {
  const ENHANCED = option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced');
  it('reports an environment without SystemType enhanced, as written or from its saved configuration in the template', () => {
    assert.deepEqual(findingPaths(check('CX1317', environment([PROFILE]))), ['Resources/Environment/Properties/OptionSettings']);
    assert.match(check('CX1317', environment([PROFILE, option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'basic')]))[0].message, /\(SystemType basic\)/);
    assert.deepEqual(check('CX1317', environment([PROFILE, ENHANCED])), []);
  });
  it('does not guess when the setting may come from outside the template or from a parameter', () => {
    const saved = environment([PROFILE]).replace('      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20\n', '      TemplateName: shared-saved-config\n');
    assert.deepEqual(check('CX1317', saved), []);
    const fromParameter = environment([PROFILE, `        - Namespace: aws:elasticbeanstalk:healthreporting:system\n          OptionName: SystemType\n          Value: !Ref Stack`]);
    assert.deepEqual(check('CX1317', fromParameter), []);
  });
});
