/** Edge cases of the routing catalogue checks (T25–T28): computed values, conditions, JSON, quick fixes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aliasRecordWithValues } from '../../../../src/core/rules/catalogue/routing/aliasRecordValues';
import { secureListenerCertificate } from '../../../../src/core/rules/catalogue/routing/listenerCertificates';
import { route53CnameConflict } from '../../../../src/core/rules/catalogue/routing/cnameRecords';
import { edgeFunctionUnsupportedFeature, edgeFunctionVersion } from '../../../../src/core/rules/catalogue/routing/edgeFunctions';
import { route53AliasBucketAttribute, route53CloudFrontEvaluateHealth } from '../../../../src/core/rules/catalogue/routing/aliasTargets';
import { route53HealthCheckPrivateAddress } from '../../../../src/core/rules/catalogue/routing/healthChecks';
import { listenerFinalAction, listenerNameForArn, listenerWeightedWithoutStickiness } from '../../../../src/core/rules/catalogue/routing/listenerActions';
import { listenerRuleDuplicatePriority, listenerRuleTooManyValues, listenerRuleValuesField } from '../../../../src/core/rules/catalogue/routing/listenerRules';
import { route53RoutingWithoutHealth } from '../../../../src/core/rules/catalogue/routing/routingHealth';
import {
  route53DuplicateLatencyRegion,
  route53DuplicateSetIdentifier,
  route53LatencyRegionCode,
  route53MixedRoutingPolicies,
  route53RepeatedFailoverRole,
  route53TwoPoliciesOnOneRecord,
} from '../../../../src/core/rules/catalogue/routing/routingPolicies';
import { stackSetConcurrencyCapped, stackSetPreferencesBoth } from '../../../../src/core/rules/catalogue/routing/stackSets';
import { nestedStackTemplateUrl, stackSetIamCapabilities, stackSetTemplateUrl } from '../../../../src/core/rules/catalogue/routing/stackTemplates';
import { loadBalancingAttributeValue } from '../../../../src/core/rules/catalogue/routing/attributeValues';
import { albSingleSubnet } from '../../../../src/core/rules/catalogue/routing/albSubnets';
import { targetGroupTcpHealthCheck } from '../../../../src/core/rules/catalogue/routing/targetGroupHealthCheck';
import { customResourceWithoutResponse } from '../../../../src/core/rules/catalogue/routing/customResourceResponses';
import { applyEdits, fixed, only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';
import { check, findingPaths } from './helpers';

function record(id: string, lines: string, name = 'app.example.com', extra = ''): string {
  return `  ${id}:\n    Type: AWS::Route53::RecordSet\n${extra}    Properties:\n      HostedZoneId: Z111\n      Name: ${name}\n      Type: A\n      TTL: "60"\n      ResourceRecords: [192.0.2.10]\n${lines}`;
}

describe('Route 53 record groups', () => {
  it('groups records whose names are the same Ref, and reports the record of another policy', () => {
    const text = resources(
      record('Blue', '      SetIdentifier: blue\n      Weight: 50\n', '!Ref RecordName') + record('Green', '      SetIdentifier: green\n      Region: us-east-1\n', '!Ref RecordName'),
      '  RecordName:\n    Type: String\n',
    );
    assert.deepEqual(paths(route53MixedRoutingPolicies, text), ['Resources/Green/Properties/Region']);
  });

  it('does not compare records under different Conditions, in different zones, or with a computed policy', () => {
    const conditions = resources(
      record('Blue', '      SetIdentifier: blue\n      Weight: 50\n', undefined, '    Condition: IsBlue\n') +
        record('Green', '      SetIdentifier: green\n      Region: us-east-1\n', undefined, '    Condition: IsGreen\n'),
    );
    assert.deepEqual(paths(route53MixedRoutingPolicies, conditions), []);
    const zones = resources(record('Blue', '      SetIdentifier: blue\n      Weight: 50\n') + record('Green', '      SetIdentifier: green\n      Region: us-east-1\n').replace('Z111', 'Z222'));
    assert.deepEqual(paths(route53MixedRoutingPolicies, zones), []);
    const computed = resources(
      record('Blue', '      SetIdentifier: blue\n      Weight: !If [IsBlue, 50, !Ref AWS::NoValue]\n') + record('Green', '      SetIdentifier: green\n      Region: us-east-1\n'),
    );
    assert.deepEqual(paths(route53MixedRoutingPolicies, computed), []);
  });

  it('compares literal names without case or the final dot, and SetIdentifiers across a RecordSetGroup', () => {
    const text = resources(`  Group:
    Type: AWS::Route53::RecordSetGroup
    Properties:
      HostedZoneName: example.com.
      RecordSets:
        - { Name: app.example.com., Type: A, TTL: "60", SetIdentifier: one, Weight: 1, ResourceRecords: [192.0.2.1] }
        - { Name: APP.example.com, Type: A, TTL: "60", SetIdentifier: one, Weight: 1, ResourceRecords: [192.0.2.2] }
`);
    assert.deepEqual(paths(route53DuplicateSetIdentifier, text), ['Resources/Group/Properties/RecordSets/1/SetIdentifier']);
  });

  it('compares a latency Region given by the same Ref (one value in one stack), and skips different parameters', () => {
    const text = (second: string) =>
      resources(
        record('One', '      SetIdentifier: one\n      Region: !Ref PrimaryRegion\n') + record('Two', `      SetIdentifier: two\n      Region: !Ref ${second}\n`),
        '  PrimaryRegion:\n    Type: String\n  SecondaryRegion:\n    Type: String\n',
      );
    assert.deepEqual(paths(route53DuplicateLatencyRegion, text('PrimaryRegion')), ['Resources/Two/Properties/Region']);
    assert.deepEqual(paths(route53DuplicateLatencyRegion, text('SecondaryRegion')), []);
    assert.deepEqual(paths(route53DuplicateLatencyRegion, text("'AWS::Region'").replace('!Ref PrimaryRegion', "!Ref 'AWS::Region'")), ['Resources/Two/Properties/Region']);
  });
});

describe('CX2514 CNAME conflicts', () => {
  it('finds the apex through a HostedZone resource of the template, in JSON', () => {
    const text = JSON.stringify({
      Resources: {
        Zone: { Type: 'AWS::Route53::HostedZone', Properties: { Name: 'example.com' } },
        Root: { Type: 'AWS::Route53::RecordSet', Properties: { HostedZoneId: { Ref: 'Zone' }, Name: 'Example.com.', Type: 'CNAME', TTL: '60', ResourceRecords: ['lb.example.net'] } },
      },
    });
    const found = only(findings(route53CnameConflict, text));
    assert.equal(found.message, "CNAME record 'Root' is at the zone apex (example.com): DNS does not allow a CNAME there; use an alias A record");
  });

  it('reports a CNAME beside an A record of the same name, and not one beside another zone\'s record', () => {
    const cname = `  Www:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneId: Z111\n      Name: www.example.com\n      Type: CNAME\n      TTL: "60"\n      ResourceRecords: [lb.example.net]\n`;
    assert.deepEqual(paths(route53CnameConflict, resources(cname + record('WwwA', '', 'www.example.com'))), ['Resources/Www/Properties/Type']);
    assert.deepEqual(paths(route53CnameConflict, resources(cname + record('WwwA', '', 'www.example.com').replace('Z111', 'Z999'))), []);
  });
});

describe('CX2516 routing records without health checking', () => {
  const alias = (id: string, evaluate: string) =>
    `  ${id}:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneId: Z111\n      Name: app.example.com\n      Type: A\n      SetIdentifier: ${id}\n      Weight: 1\n      AliasTarget:\n        DNSName: lb-${id}.elb.amazonaws.com\n        HostedZoneId: Z35SXDOTRQ7X7K\n${evaluate}`;

  it('adds EvaluateTargetHealth to an alias record, and the fix removes the finding', () => {
    const text = resources(alias('Blue', '') + alias('Green', '        EvaluateTargetHealth: "true"\n'));
    const found = only(findings(route53RoutingWithoutHealth, text));
    assert.deepEqual(found.path, ['Resources', 'Blue', 'Properties', 'Weight']);
    assert.deepEqual(findings(route53RoutingWithoutHealth, fixed(text, found)), []);
  });

  it('skips Weight "0", a computed EvaluateTargetHealth and a record alone in its set', () => {
    const zero = resources(alias('Blue', '        EvaluateTargetHealth: true\n') + alias('Green', '').replace('Weight: 1', 'Weight: "0"'));
    assert.deepEqual(paths(route53RoutingWithoutHealth, zero), []);
    const computed = resources(alias('Blue', '        EvaluateTargetHealth: !Ref Evaluate\n') + alias('Green', '        EvaluateTargetHealth: true\n'), '  Evaluate:\n    Type: String\n');
    assert.deepEqual(paths(route53RoutingWithoutHealth, computed), []);
    assert.deepEqual(paths(route53RoutingWithoutHealth, resources(alias('Blue', ''))), []);
  });
});

describe('T26 alias targets and health checks', () => {
  it('reads a string "true" and a distribution referenced by GetAtt', () => {
    const text = resources(`  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig: { Enabled: true }
  Site:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneId: Z111
      Name: www.example.com
      Type: A
      AliasTarget:
        DNSName: !GetAtt Cdn.DomainName
        HostedZoneId: !Ref CdnZone
        EvaluateTargetHealth: "true"
`);
    const found = only(findings(route53CloudFrontEvaluateHealth, text));
    assert.equal(fixed(text, found).includes('EvaluateTargetHealth: false'), true);
  });

  it('flags only private addresses, and stays silent on unknown health check settings', () => {
    const check = (address: string, extra = '') =>
      resources(`  Check:\n    Type: AWS::Route53::HealthCheck\n    Properties:\n      HealthCheckConfig:\n        Type: TCP\n        Port: 443\n        IPAddress: ${address}\n${extra}`);
    assert.equal(paths(route53HealthCheckPrivateAddress, check('172.20.0.5')).length, 1);
    assert.equal(paths(route53HealthCheckPrivateAddress, check('172.32.0.5')).length, 0);
    assert.equal(paths(route53HealthCheckPrivateAddress, check('203.0.113.7')).length, 0);
    assert.equal(paths(route53HealthCheckPrivateAddress, check('10.0.0.5', '        HealthCheckSourceId: hcs-123\n')).length, 0);
  });

  it("reads the Default of the parameter the address names", () => {
    const check = (defaultValue: string) =>
      resources(
        '  Check:\n    Type: AWS::Route53::HealthCheck\n    Properties:\n      HealthCheckConfig:\n        Type: TCP\n        Port: 443\n        IPAddress: !Ref OriginIp\n',
        `  OriginIp:\n    Type: String\n    Default: ${defaultValue}\n`,
      );
    assert.match(findings(route53HealthCheckPrivateAddress, check('10.0.1.20'))[0].message, /probes 10\.0\.1\.20 \(the Default of parameter 'OriginIp'\)/);
    assert.equal(paths(route53HealthCheckPrivateAddress, check('203.0.113.7')).length, 0);
  });
});

describe('T27 listener rules and actions', () => {
  const rule = (id: string, listener: string, priority: string, conditions: string, extra = '') =>
    `  ${id}:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n${extra}    Properties:\n      ListenerArn: ${listener}\n      Priority: ${priority}\n      Conditions:\n${conditions}      Actions:\n        - Type: forward\n          TargetGroupArn: !Ref Tg\n`;
  const path = '        - Field: path-pattern\n          PathPatternConfig: { Values: [/a] }\n';

  it('compares priorities as numbers per listener, and skips rules with a Condition', () => {
    const same = resources(rule('A', '!Ref Listener', '10', path) + rule('B', '!Ref Listener', '"10"', path));
    assert.deepEqual(paths(listenerRuleDuplicatePriority, same), ['Resources/B/Properties/Priority']);
    assert.deepEqual(paths(listenerRuleDuplicatePriority, resources(rule('A', '!Ref Listener', '10', path) + rule('B', '!Ref Other', '10', path))), []);
    assert.deepEqual(paths(listenerRuleDuplicatePriority, resources(rule('A', '!Ref Listener', '10', path) + rule('B', '!Ref Listener', '10', path, '    Condition: IsProd\n'))), []);
  });

  it('accepts Values for a host header or path pattern, one or several, and refuses it for other fields', () => {
    const condition = (field: string, values: string) => resources(rule('A', '!Ref Listener', '1', `        - Field: ${field}\n          Values: ${values}\n`));
    assert.deepEqual(paths(listenerRuleValuesField, condition('host-header', '[a.example.com]')), []);
    assert.deepEqual(paths(listenerRuleValuesField, condition('path-pattern', '[/api/*, /api]')), []);
    assert.deepEqual(paths(listenerRuleValuesField, condition('http-header', '[beta]')), ['Resources/A/Properties/Conditions/0/Values']);
  });

  it('counts values over a rule, and skips values chosen by Fn::If', () => {
    const five = '        - Field: path-pattern\n          PathPatternConfig: { Values: [/a, /b, /c] }\n        - Field: host-header\n          HostHeaderConfig: { Values: [a.example.com, b.example.com, c.example.com] }\n';
    assert.deepEqual(paths(listenerRuleTooManyValues, resources(rule('A', '!Ref Listener', '1', five))), ['Resources/A/Properties/Conditions']);
    const computed = '        - Field: path-pattern\n          PathPatternConfig: { Values: [/a, /b, !If [IsProd, /c, /d], /e] }\n';
    assert.deepEqual(paths(listenerRuleTooManyValues, resources(rule('A', '!Ref Listener', '1', computed))), []);
  });

  it('orders actions by Order, allows authentication first, and skips a computed Order', () => {
    const actions = (list: string) =>
      resources(`  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Lb\n      Port: 443\n      DefaultActions:\n${list}`);
    const forward = (order: string) => `        - Type: forward\n          Order: ${order}\n          TargetGroupArn: !Ref Tg\n`;
    const auth = (order: string) => `        - Type: authenticate-cognito\n          Order: ${order}\n          AuthenticateCognitoConfig: { UserPoolArn: a, UserPoolClientId: b, UserPoolDomain: c }\n`;
    assert.deepEqual(paths(listenerFinalAction, actions(forward('2') + auth('1'))), []);
    assert.deepEqual(paths(listenerFinalAction, actions(forward('1') + auth('2'))), ['Resources/Listener/Properties/DefaultActions/0/Type']);
    assert.deepEqual(paths(listenerFinalAction, actions(forward('1') + auth('!Ref AuthOrder'))), []);
  });

  it('CX2717 reports arm64, ephemeral storage over 512 MB, runtime updates other than Auto and a customer-key package at the edge', () => {
    const edge = (properties: string) =>
      resources(`  Edge:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::111111111111:role/edge
      Code:
        ZipFile: exports.handler = async (e) => e.Records[0].cf.request;
${properties}  EdgeVersion:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !Ref Edge
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: site
          ViewerProtocolPolicy: https-only
          LambdaFunctionAssociations:
            - EventType: origin-request
              LambdaFunctionARN: !Ref EdgeVersion
`);
    const unsupported = '      Architectures: [arm64]\n      EphemeralStorage:\n        Size: 1024\n      RuntimeManagementConfig:\n        UpdateRuntimeOn: FunctionUpdate\n';
    assert.deepEqual(paths(edgeFunctionUnsupportedFeature, edge(unsupported)).sort(), [
      'Resources/Edge/Properties/Architectures',
      'Resources/Edge/Properties/EphemeralStorage',
      'Resources/Edge/Properties/RuntimeManagementConfig',
    ]);
    const supported = '      Architectures: [x86_64]\n      EphemeralStorage:\n        Size: 512\n      RuntimeManagementConfig:\n        UpdateRuntimeOn: Auto\n';
    assert.deepEqual(paths(edgeFunctionUnsupportedFeature, edge(supported)), []);
  });

  it('accepts numbered version ARNs and refuses $LATEST, aliases and Ref to an alias', () => {
    const distribution = (arn: string, extra = '') =>
      resources(`${extra}  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: site
          ViewerProtocolPolicy: https-only
          LambdaFunctionAssociations:
            - EventType: origin-request
              LambdaFunctionARN: ${arn}
`);
    assert.equal(paths(edgeFunctionVersion, distribution('arn:aws:lambda:us-east-1:111111111111:function:edge:3')).length, 0);
    assert.equal(paths(edgeFunctionVersion, distribution('arn:aws:lambda:us-east-1:111111111111:function:edge:$LATEST')).length, 1);
    assert.equal(paths(edgeFunctionVersion, distribution('arn:aws:lambda:us-east-1:111111111111:function:edge:live')).length, 1);
    const alias = '  Live:\n    Type: AWS::Lambda::Alias\n    Properties:\n      FunctionName: edge\n      FunctionVersion: "3"\n      Name: live\n';
    assert.equal(findings(edgeFunctionVersion, distribution('!Ref Live', alias))[0].message, "Distribution 'Cdn' associates an alias as a Lambda@Edge function: CloudFront accepts only a numbered version ARN");
  });
});

describe('T28 StackSets and nested stacks', () => {
  it('reads string numbers in operation preferences', () => {
    const stackSet = (preferences: string) =>
      resources(`  Set:\n    Type: AWS::CloudFormation::StackSet\n    Properties:\n      StackSetName: s\n      PermissionModel: SELF_MANAGED\n      OperationPreferences:\n${preferences}`);
    assert.deepEqual(paths(stackSetConcurrencyCapped, stackSet('        MaxConcurrentCount: "4"\n        FailureToleranceCount: "1"\n')), ['Resources/Set/Properties/OperationPreferences/MaxConcurrentCount']);
    assert.deepEqual(paths(stackSetConcurrencyCapped, stackSet('        MaxConcurrentCount: 4\n        FailureTolerancePercentage: 10\n')), []);
    assert.deepEqual(paths(stackSetPreferencesBoth, stackSet('        MaxConcurrentCount: 4\n        MaxConcurrentPercentage: !Ref AWS::NoValue\n')), []);
  });

  it('accepts local paths before packaging and S3 https URLs, refuses s3:// and http://', () => {
    const nested = (url: string) => resources(`  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${url}\n`);
    assert.equal(paths(nestedStackTemplateUrl, nested('./network.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('https://s3.amazonaws.com/bucket/network.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('https://bucket.s3.eu-west-1.amazonaws.com/network.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('https://bucket.s3.eusc-de-east-1.amazonaws.eu/network.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('https://bucket.s3.cn-north-1.amazonaws.com.cn/network.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('https://raw.githubusercontent.com/org/repo/main/network.yaml')).length, 1);
    assert.equal(paths(nestedStackTemplateUrl, nested('!Sub https://${Bucket}.s3.amazonaws.com/network.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('s3://bucket/network.yaml')).length, 1);
    assert.equal(paths(nestedStackTemplateUrl, nested('http://bucket.s3.amazonaws.com/network.yaml')).length, 1);
    // Older samples deploy nested stacks from http:// S3 URLs: a warning, where another host is an error.
    assert.deepEqual(check('CX2816', nested('http://bucket.s3.amazonaws.com/network.yaml')).map((found) => found.severity), ['warning']);
    assert.deepEqual(check('CX2816', nested('s3://bucket/network.yaml')).map((found) => found.severity), ['error']);
    // A build tool's placeholder in the host is filled in before the template is deployed.
    assert.equal(paths(nestedStackTemplateUrl, nested('https://s3.<REGION_TOKEN>.amazonaws.com/<BUCKET>/child.yaml')).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested('!Sub http://example.com/${Bucket}/network.yaml')).length, 1);
    assert.equal(paths(nestedStackTemplateUrl, nested("'https://{{resolve:ssm:/app/bucket}}.s3.amazonaws.com/network.yaml'")).length, 0);
    assert.equal(paths(nestedStackTemplateUrl, nested("!Sub 'https://{{resolve:ssm:/app/${Env}/bucket}}.s3.${AWS::Region}.${AWS::URLSuffix}/n.yaml'")).length, 0);
  });

  it('CX2824 holds a StackSet TemplateURL to S3 over https too', () => {
    const stackSet = (url: string) => resources(`  Set:\n    Type: AWS::CloudFormation::StackSet\n    Properties:\n      StackSetName: s\n      PermissionModel: SERVICE_MANAGED\n      TemplateURL: ${url}\n`);
    assert.deepEqual(paths(stackSetTemplateUrl, stackSet('https://raw.githubusercontent.com/org/repo/main/baseline.yaml')), ['Resources/Set/Properties/TemplateURL']);
    assert.deepEqual(paths(stackSetTemplateUrl, stackSet('https://bucket.s3.us-east-1.amazonaws.com/baseline.yaml')), []);
    assert.deepEqual(paths(stackSetTemplateUrl, stackSet('https://bucket.s3-website-us-east-1.amazonaws.com/baseline.yaml')), ['Resources/Set/Properties/TemplateURL']);
  });

  it('leaves StackSet capabilities given by a parameter alone', () => {
    const text = resources(
      '  Set:\n    Type: AWS::CloudFormation::StackSet\n    Properties:\n      StackSetName: s\n      PermissionModel: SELF_MANAGED\n      Capabilities: !Ref Capabilities\n      TemplateBody: "Resources: {R: {Type: AWS::IAM::Role}}"\n',
      '  Capabilities:\n    Type: CommaDelimitedList\n',
    );
    assert.deepEqual(paths(stackSetIamCapabilities, text), []);
  });
});

describe('CX2819 list parameters passed to a nested stack', () => {
  const parent = (value: string) =>
    [
      'Parameters:',
      '  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}',
      '  Name: {Type: String}',
      'Resources:',
      '  App:',
      '    Type: AWS::CloudFormation::Stack',
      '    Properties:',
      '      TemplateURL: https://bucket.s3.amazonaws.com/app.yaml',
      '      Parameters:',
      `        Subnets: ${value}`,
      '        Name: !Ref Name',
      '',
    ].join('\n');

  it('joins the list in YAML, block form included, and leaves strings and joined lists alone', () => {
    const [found] = check('CX2819', parent('!Ref Subnets'));
    assert.equal(fixed(parent('!Ref Subnets'), found).includes("Subnets: !Join [',', !Ref Subnets]"), true);
    for (const written of ['\n          Ref: Subnets', '{Ref: Subnets}', '{"Ref": "Subnets"}']) {
      const text = parent(written);
      assert.deepEqual(findingPaths(check('CX2819', fixed(text, check('CX2819', text)[0]))), []);
    }
    assert.deepEqual(findingPaths(check('CX2819', parent('!Join [",", !Ref Subnets]'))), []);
  });

  it('joins the list in JSON', () => {
    const text = JSON.stringify({
      Parameters: { Subnets: { Type: 'CommaDelimitedList' } },
      Resources: { App: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://b.s3.amazonaws.com/a.json', Parameters: { Subnets: { Ref: 'Subnets' } } } } },
    });
    const [found] = check('CX2819', text);
    assert.equal(fixed(text, found).includes('"Subnets": {"Fn::Join": [",", {"Ref": "Subnets"}]}') || fixed(text, found).includes('"Subnets":{"Fn::Join": [",", {"Ref": "Subnets"}]}'), true);
  });
});

describe('CX2618 alias records with values', () => {
  const alias = 'AliasTarget: { DNSName: d123.cloudfront.net, HostedZoneId: Z2FDTNDATAQYW2 }';

  it('reports TTL and ResourceRecords beside AliasTarget once, and removing them clears the finding', () => {
    const text = resources(`  Apex:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneName: example.com.\n      Name: example.com.\n      Type: A\n      TTL: 300\n      ResourceRecords: [192.0.2.1]\n      ${alias}\n`);
    assert.deepEqual(paths(aliasRecordWithValues, text), ['Resources/Apex/Properties/TTL']);
    const [both] = findings(aliasRecordWithValues, text);
    assert.equal(both.message, "Alias record 'Apex' also sets TTL and ResourceRecords: Route 53 takes either AliasTarget or TTL with ResourceRecords, and refuses both");
    assert.deepEqual(paths(aliasRecordWithValues, fixed(text, both)), []);
    assert.doesNotMatch(fixed(text, both), /TTL|ResourceRecords/);
  });

  it('removes both side by side in a flow map and in JSON with one edit', () => {
    const flow = resources(`  Apex:\n    Type: AWS::Route53::RecordSet\n    Properties: {HostedZoneName: example.com., Name: example.com., Type: A, TTL: '60', ResourceRecords: [192.0.2.1],\n      AliasTarget: {DNSName: lb.example.net, HostedZoneId: Z35SXDOTRQ7X7K}}\n`);
    const [inFlow] = findings(aliasRecordWithValues, flow);
    assert.equal(inFlow.fixes?.[0].edits.length, 1);
    assert.deepEqual(paths(aliasRecordWithValues, fixed(flow, inFlow)), []);
    const json = JSON.stringify({ Resources: { Apex: { Type: 'AWS::Route53::RecordSet', Properties: { HostedZoneName: 'example.com.', Name: 'example.com.', Type: 'A', AliasTarget: { DNSName: 'lb.example.net', HostedZoneId: 'Z35SXDOTRQ7X7K' }, TTL: '60', ResourceRecords: ['192.0.2.1'] } } } }, null, 2);
    const [inJson] = findings(aliasRecordWithValues, json);
    assert.deepEqual(paths(aliasRecordWithValues, fixed(json, inJson)), []);
    assert.doesNotThrow(() => JSON.parse(fixed(json, inJson)));
  });

  it('reads the records of a RecordSetGroup', () => {
    const text = resources(`  Records:\n    Type: AWS::Route53::RecordSetGroup\n    Properties:\n      HostedZoneName: example.com.\n      RecordSets:\n        - Name: www.example.com.\n          Type: A\n          TTL: '60'\n          ${alias}\n`);
    assert.deepEqual(paths(aliasRecordWithValues, text), ['Resources/Records/Properties/RecordSets/0/TTL']);
  });

  it('leaves Ref AWS::NoValue, a computed AliasTarget and plain records alone', () => {
    const record = (extra: string) => resources(`  Apex:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneName: example.com.\n      Name: example.com.\n      Type: A\n${extra}`);
    assert.deepEqual(paths(aliasRecordWithValues, record(`      TTL: !Ref AWS::NoValue\n      ${alias}\n`)), []);
    assert.deepEqual(paths(aliasRecordWithValues, record('      TTL: 60\n      AliasTarget: !If [UseAlias, { DNSName: d, HostedZoneId: Z }, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(aliasRecordWithValues, record('      TTL: 60\n      ResourceRecords: [192.0.2.1]\n')), []);
  });
});

describe('CX2721 secure listener certificates', () => {
  const listener = (protocol: string, extra = '', parameters = '') =>
    resources(`  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Lb\n      Port: 443\n      Protocol: ${protocol}\n${extra}      DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]\n`, parameters);

  it('reports an HTTPS or TLS listener with no certificate, an empty list or Ref AWS::NoValue', () => {
    assert.deepEqual(paths(secureListenerCertificate, listener('HTTPS')), ['Resources/Listener/Properties/Protocol']);
    assert.deepEqual(paths(secureListenerCertificate, listener('TLS', '      Certificates: []\n')), ['Resources/Listener/Properties/Protocol']);
    assert.deepEqual(paths(secureListenerCertificate, listener('HTTPS', '      Certificates: !Ref AWS::NoValue\n')), ['Resources/Listener/Properties/Protocol']);
    assert.equal(only(findings(secureListenerCertificate, listener('HTTPS'))).message, "Listener 'Listener' uses HTTPS without a certificate: Elastic Load Balancing refuses it; give one ACM certificate in Certificates");
  });

  it('reports more than one certificate on Certificates', () => {
    const two = listener('HTTPS', '      Certificates: [{ CertificateArn: !Ref A }, { CertificateArn: !Ref B }]\n');
    assert.deepEqual(paths(secureListenerCertificate, two), ['Resources/Listener/Properties/Certificates']);
  });

  it('accepts one certificate, plain protocols, and protocols that may be plain', () => {
    assert.deepEqual(paths(secureListenerCertificate, listener('HTTPS', '      Certificates: [{ CertificateArn: !Ref Cert }]\n')), []);
    assert.deepEqual(paths(secureListenerCertificate, listener('HTTPS', '      Certificates: !If [Prod, [{ CertificateArn: !Ref Cert }], !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(secureListenerCertificate, listener('HTTP')), []);
    assert.deepEqual(paths(secureListenerCertificate, listener('!If [Secure, HTTPS, HTTP]')), []);
    assert.deepEqual(paths(secureListenerCertificate, listener('!Ref Protocol', '', '  Protocol:\n    Type: String\n    AllowedValues: [HTTPS, TLS]\n')), ['Resources/Listener/Properties/Protocol']);
  });
});

describe('CX2722 load balancing attribute values', () => {
  const group = (value: string, parameters = '') =>
    `${parameters}Resources:\n  Tg:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      Port: 80\n      Protocol: HTTP\n      VpcId: vpc-12345678\n      TargetGroupAttributes:\n        - Key: slow_start.duration_seconds\n          Value: ${value}\n`;
  it('accepts the range and 0 (off), numbers written as numbers, and leaves computed values alone', () => {
    for (const value of ['"0"', '30', '"900"', '!Ref Slow', '!If [Warm, "60", "0"]']) assert.deepEqual(paths(loadBalancingAttributeValue, group(value)), [], value);
  });
  it('names every refused value a deployment can give', () => {
    const text = group('!Ref Slow', 'Parameters:\n  Slow: { Type: Number, AllowedValues: [0, 10, 1000] }\n');
    assert.deepEqual(paths(loadBalancingAttributeValue, text), ['Resources/Tg/Properties/TargetGroupAttributes/0/Value']);
    const found = only(findings(loadBalancingAttributeValue, text));
    assert.equal(found.message, "'Tg' sets slow_start.duration_seconds to 10 or 1000: Elastic Load Balancing accepts 30–900 seconds (or 0 to turn it off)");
  });
});

describe('CX2519 two failover records with the same role', () => {
  const failover = (first: string, second: string, secondName = 'app.example.com', extra = '', firstExtra = '') =>
    resources(record('Main', `      SetIdentifier: main\n      Failover: ${first}\n`, undefined, firstExtra) + record('Standby', `      SetIdentifier: standby\n      Failover: ${second}\n`, secondName, extra));

  it('reports the second PRIMARY (or SECONDARY) of one name and type, case-insensitively', () => {
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('PRIMARY', 'PRIMARY')), ['Resources/Standby/Properties/Failover']);
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('SECONDARY', 'secondary')), ['Resources/Standby/Properties/Failover']);
    assert.match(only(findings(route53RepeatedFailoverRole, failover('PRIMARY', 'PRIMARY'))).message, /make one of them SECONDARY$/);
  });

  it('leaves a proper pair, other names, records under another Condition and a computed role', () => {
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('PRIMARY', 'SECONDARY')), []);
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('PRIMARY', 'PRIMARY', 'api.example.com')), []);
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('PRIMARY', 'PRIMARY', undefined, '    Condition: InStandby\n', '    Condition: InMain\n')), []);
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('PRIMARY', '!Ref Role')), []);
    assert.deepEqual(paths(route53RepeatedFailoverRole, failover('PRIMARY', '!If [IsMain, PRIMARY, SECONDARY]')), []);
  });
});

describe('CX2723 TCP health check on an HTTP target group', () => {
  const group = (lines: string, parameters = '') => resources(`  Tg:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      VpcId: vpc-1\n      Port: 80\n${lines}`, parameters);

  it('reports HTTP and HTTPS target groups, in JSON too, and protocols given by parameters with AllowedValues', () => {
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: HTTP\n      HealthCheckProtocol: TCP\n')), ['Resources/Tg/Properties/HealthCheckProtocol']);
    const json = JSON.stringify({ Resources: { Tg: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Protocol: 'HTTPS', Port: 443, HealthCheckProtocol: 'TCP' } } } });
    assert.deepEqual(paths(targetGroupTcpHealthCheck, json), ['Resources/Tg/Properties/HealthCheckProtocol']);
    const parameters = '  Proto:\n    Type: String\n    AllowedValues: [HTTP, HTTPS]\n';
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: !Ref Proto\n      HealthCheckProtocol: TCP\n', parameters)), ['Resources/Tg/Properties/HealthCheckProtocol']);
  });

  it('leaves TCP target groups, an unknown protocol, and a health check a condition may leave out', () => {
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: TCP\n      HealthCheckProtocol: TCP\n')), []);
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: HTTP\n      HealthCheckProtocol: HTTP\n')), []);
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: !Ref Proto\n      HealthCheckProtocol: TCP\n', '  Proto:\n    Type: String\n')), []);
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: HTTP\n      HealthCheckProtocol: !If [Nlb, TCP, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths(targetGroupTcpHealthCheck, group('      Protocol: !Sub "HTTP${Suffix}"\n      HealthCheckProtocol: TCP\n')), []);
  });
});

describe('CX2724 a name where the listener needs an ARN', () => {
  const listener = (action: string, lb = '!Ref Lb') =>
    resources(`  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties: {Subnets: [subnet-1, subnet-2]}\n  Tg:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties: {VpcId: vpc-1, Port: 80, Protocol: HTTP}\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: ${lb}\n      Port: 80\n      Protocol: HTTP\n      DefaultActions: [${action}]\n`);

  it('reports GetAtt name attributes in both forms, in ForwardConfig and on LoadBalancerArn', () => {
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !GetAtt Tg.TargetGroupName}')), ['Resources/Listener/Properties/DefaultActions/0/TargetGroupArn']);
    assert.match(only(findings(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !GetAtt [Tg, TargetGroupFullName]}'))).message, /needs the ARN here, which is !Ref Tg$/);
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, ForwardConfig: {TargetGroups: [{TargetGroupArn: !GetAtt Tg.TargetGroupName, Weight: 1}]}}')), [
      'Resources/Listener/Properties/DefaultActions/0/ForwardConfig/TargetGroups/0/TargetGroupArn',
    ]);
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !Ref Tg}', '!GetAtt Lb.LoadBalancerName')), ['Resources/Listener/Properties/LoadBalancerArn']);
  });

  it('accepts Ref, the ARN attributes, parameters and an Fn::If of ARNs', () => {
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !Ref Tg}')), []);
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !GetAtt Tg.TargetGroupArn}', '!GetAtt Lb.LoadBalancerArn')), []);
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !Ref TgArn}')), []);
    assert.deepEqual(paths(listenerNameForArn, listener('{Type: forward, TargetGroupArn: !If [C, !Ref Tg, !Ref AWS::NoValue]}')), []);
  });
});

describe('CX2619 alias to a bucket attribute instead of the website endpoint', () => {
  const alias = (dnsName: string) =>
    resources(`  Site:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: www.example.com, WebsiteConfiguration: {IndexDocument: index.html}}\n  Record:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneName: example.com.\n      Name: www.example.com\n      Type: A\n      AliasTarget: {DNSName: ${dnsName}, HostedZoneId: Z3AQBSTGFYJSTF}\n`);

  it('reports WebsiteURL and the REST endpoints, in both GetAtt forms', () => {
    assert.deepEqual(paths(route53AliasBucketAttribute, alias('!GetAtt Site.WebsiteURL')), ['Resources/Record/Properties/AliasTarget/DNSName']);
    assert.match(only(findings(route53AliasBucketAttribute, alias('!GetAtt [Site, RegionalDomainName]'))).message, /regional REST endpoint/);
    assert.equal(paths(route53AliasBucketAttribute, alias('!GetAtt Site.DomainName')).length, 1);
  });

  it('accepts the website endpoint, other resources\' attributes and a parameter', () => {
    assert.deepEqual(paths(route53AliasBucketAttribute, alias('s3-website-us-east-1.amazonaws.com')), []);
    assert.deepEqual(paths(route53AliasBucketAttribute, alias('!Ref SiteEndpoint')), []);
    assert.deepEqual(paths(route53AliasBucketAttribute, alias('!GetAtt Site.Arn')), []);
    assert.deepEqual(paths(route53AliasBucketAttribute, alias('!Sub "s3-website-${AWS::Region}.amazonaws.com"')), []);
  });
});

describe('CX2520 and CX2521 one record, one policy, a real Region', () => {
  it('CX2520 reports Weight with Region, pointing at the property the other records of the name lack', () => {
    const alone = resources(record('Api', '      SetIdentifier: api\n      Region: us-east-1\n      Weight: 10\n'));
    assert.deepEqual(paths(route53TwoPoliciesOnOneRecord, alone), ['Resources/Api/Properties/Region']);
    const withLatency = resources(record('Api', '      SetIdentifier: api\n      Region: us-east-1\n      Weight: 10\n') + record('Eu', '      SetIdentifier: eu\n      Region: eu-west-1\n'));
    assert.deepEqual(paths(route53TwoPoliciesOnOneRecord, withLatency), ['Resources/Api/Properties/Weight']);
    assert.match(only(findings(route53TwoPoliciesOnOneRecord, alone)).message, /sets Weight \(weighted routing\) and Region \(latency routing\)/);
  });

  it('CX2520 skips a property a condition may leave out, MultiValueAnswer false and single-policy records', () => {
    assert.deepEqual(paths(route53TwoPoliciesOnOneRecord, resources(record('Api', '      SetIdentifier: api\n      Region: us-east-1\n      Weight: !If [C, 10, !Ref AWS::NoValue]\n'))), []);
    assert.deepEqual(paths(route53TwoPoliciesOnOneRecord, resources(record('Api', '      SetIdentifier: api\n      Weight: 10\n      MultiValueAnswer: false\n'))), []);
    assert.deepEqual(paths(route53TwoPoliciesOnOneRecord, resources(record('Api', '      SetIdentifier: api\n      Weight: 10\n'))), []);
  });

  it('CX2521 reports a Region that is not a Region code, through AllowedValues too, and leaves pseudo parameters alone', () => {
    assert.deepEqual(paths(route53LatencyRegionCode, resources(record('Api', '      SetIdentifier: api\n      Region: us-east\n'))), ['Resources/Api/Properties/Region']);
    const parameter = resources(record('Api', '      SetIdentifier: api\n      Region: !Ref Where\n'), '  Where:\n    Type: String\n    AllowedValues: [us-east-1, Virginia]\n');
    assert.match(only(findings(route53LatencyRegionCode, parameter)).message, /names Region 'Virginia'/);
    for (const region of ['us-east-1', 'us-gov-west-1', 'ap-southeast-2', '!Ref AWS::Region', '!Ref Where', '!Sub "${AWS::Region}"']) {
      assert.deepEqual(paths(route53LatencyRegionCode, resources(record('Api', `      SetIdentifier: api\n      Region: ${region}\n`), '  Where:\n    Type: String\n')), [], region);
    }
  });
});

describe('CX0719 Application Load Balancer in one subnet', () => {
  const balancer = (properties: string) => resources(`  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n${properties}`);
  it('reports one subnet on an application load balancer, not on a network one or a list parameter', () => {
    assert.deepEqual(paths(albSingleSubnet, balancer('      Subnets: [subnet-1]\n')), ['Resources/Lb/Properties/Subnets']);
    assert.deepEqual(paths(albSingleSubnet, balancer('      SubnetMappings: [{SubnetId: subnet-1}]\n')), ['Resources/Lb/Properties/SubnetMappings']);
    assert.deepEqual(paths(albSingleSubnet, balancer('      Type: network\n      Subnets: [subnet-1]\n')), []);
    assert.deepEqual(paths(albSingleSubnet, balancer('      Subnets: [subnet-1, subnet-2]\n')), []);
    assert.deepEqual(paths(albSingleSubnet, balancer('      Subnets: !Ref Subnets\n')), []);
    assert.deepEqual(paths(albSingleSubnet, balancer("      Subnets: [!If [Two, subnet-1, !Ref 'AWS::NoValue']]\n")), []);
  });

  it('reports subnets of this template all written in one Availability Zone, not ones in two or whose zone is unknown', () => {
    const subnet = (name: string, zone: string) => `  ${name}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-1\n      CidrBlock: 10.0.${name.length}.0/24\n      AvailabilityZone: ${zone}\n`;
    const lb = '  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [!Ref A, !Ref Bb]\n';
    const zero = "!Select [0, !GetAZs '']";
    assert.deepEqual(paths(albSingleSubnet, resources(subnet('A', zero) + subnet('Bb', zero) + lb)), ['Resources/Lb/Properties/Subnets']);
    assert.deepEqual(paths(albSingleSubnet, resources(subnet('A', 'us-east-1a') + subnet('Bb', 'us-east-1a') + lb)), ['Resources/Lb/Properties/Subnets']);
    assert.deepEqual(paths(albSingleSubnet, resources(subnet('A', zero) + subnet('Bb', "!Select [1, !GetAZs '']") + lb)), []);
    assert.deepEqual(paths(albSingleSubnet, resources(subnet('A', '!Ref ZoneA') + subnet('Bb', '!Ref ZoneA') + lb)), []);
  });
});


describe('CX2720 weighted forward without stickiness', () => {
  const rule = (weights: [number, number]) =>
    resources(`  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Priority: 1
      Conditions:
        - Field: path-pattern
          Values: ['/*']
      Actions:
        - Type: forward
          ForwardConfig:
            TargetGroups:
              - TargetGroupArn: !Ref Blue
                Weight: ${weights[0]}
              - TargetGroupArn: !Ref Green
                Weight: ${weights[1]}
`);
  it('reports a real split, not a rule resting at 100/0', () => {
    assert.deepEqual(paths(listenerWeightedWithoutStickiness, rule([90, 10])), ['Resources/Rule/Properties/Actions/0/ForwardConfig/TargetGroups']);
    assert.deepEqual(paths(listenerWeightedWithoutStickiness, rule([100, 0])), []);
  });
});

describe('CX2733 cache behaviors and origin Ids', () => {
  const distribution = (target: string, originId = 'web') =>
    resources(`  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{Id: ${originId}, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]
        DefaultCacheBehavior: {TargetOriginId: ${target}, ViewerProtocolPolicy: redirect-to-https}
        CacheBehaviors: [{PathPattern: /api/*, TargetOriginId: web, ViewerProtocolPolicy: https-only}]
`);
  it('reports a target no origin or origin group has, and leaves computed Ids alone', async () => {
    const { distributionUnknownOrigin } = await import('../../../../src/core/rules/catalogue/routing/distributionMethods');
    assert.deepEqual(paths(distributionUnknownOrigin, distribution('web')), []);
    assert.deepEqual(paths(distributionUnknownOrigin, distribution('Web')), ['Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior/TargetOriginId']);
    assert.deepEqual(paths(distributionUnknownOrigin, distribution('web', '!Ref OriginId')), []);
  });
});

describe('CX2734 standard logging into a bucket whose ACLs are disabled', () => {
  const logged = (bucket: string, ownership?: string) =>
    resources(`  Logs:
    Type: AWS::S3::Bucket
${ownership === undefined ? '' : `    Properties:\n      OwnershipControls:\n        Rules: [{ObjectOwnership: ${ownership}}]\n`}  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Logging: {Bucket: ${bucket}}
        Origins: [{Id: web, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]
        DefaultCacheBehavior: {TargetOriginId: web, ViewerProtocolPolicy: redirect-to-https}
`);
  const at = ['Resources/Cdn/Properties/DistributionConfig/Logging/Bucket'];
  it('finds the bucket behind GetAtt, Fn::Sub and Fn::Join domain names', async () => {
    const { distributionLogBucketAcls } = await import('../../../../src/core/rules/catalogue/routing/distributionLogging');
    for (const bucket of ['!GetAtt Logs.DomainName', '!GetAtt Logs.RegionalDomainName', "!Sub '${Logs}.s3.amazonaws.com'", "!Sub '${Logs.DomainName}'", "!Join ['', [!Ref Logs, .s3.amazonaws.com]]"]) {
      assert.deepEqual(paths(distributionLogBucketAcls, logged(bucket)), at, bucket);
    }
    assert.deepEqual(paths(distributionLogBucketAcls, logged('!GetAtt Logs.DomainName', 'BucketOwnerEnforced')), at);
  });
  it('is silent when ACLs may be enabled, or the domain names no bucket of the template', async () => {
    const { distributionLogBucketAcls } = await import('../../../../src/core/rules/catalogue/routing/distributionLogging');
    assert.deepEqual(paths(distributionLogBucketAcls, logged('!GetAtt Logs.DomainName', 'BucketOwnerPreferred')), []);
    assert.deepEqual(paths(distributionLogBucketAcls, logged('!GetAtt Logs.DomainName', 'ObjectWriter')), []);
    assert.deepEqual(paths(distributionLogBucketAcls, logged('!GetAtt Logs.DomainName', '!Ref Ownership')), []);
    assert.deepEqual(paths(distributionLogBucketAcls, logged('!GetAtt Logs.Arn')), []);
    assert.deepEqual(paths(distributionLogBucketAcls, logged("!Sub '${Logs}'")), []);
    assert.deepEqual(paths(distributionLogBucketAcls, logged('logs.s3.amazonaws.com')), []);
  });
});

describe('CX2822 custom resource whose inline code never answers', () => {
  const lambda = (code: string, token = '!GetAtt Fn.Arn', type = 'Custom::Lookup') =>
    resources(
      `  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs22.x\n      Handler: index.handler\n      Role: !Ref RoleArn\n      Code:\n        ZipFile: ${code}\n` +
        `  Lookup:\n    Type: ${type}\n    Properties:\n      ServiceToken: ${token}\n`,
      '  RoleArn:\n    Type: String\n',
    );

  it('reports the code once, for a Custom:: type or AWS::CloudFormation::CustomResource', () => {
    assert.deepEqual(paths(customResourceWithoutResponse, lambda("'exports.handler = async () => ({ ok: true })'")), ['Resources/Fn/Properties/Code/ZipFile']);
    assert.deepEqual(paths(customResourceWithoutResponse, lambda("'exports.handler = async () => 1'", '!GetAtt Fn.Arn', 'AWS::CloudFormation::CustomResource')), ['Resources/Fn/Properties/Code/ZipFile']);
  });

  it('leaves code that answers through cfn-response, the ResponseURL or crhelper, code kept elsewhere, and functions no custom resource uses', () => {
    assert.deepEqual(paths(customResourceWithoutResponse, lambda("\"const response = require('cfn-response'); exports.handler = (e, c) => response.send(e, c, response.SUCCESS)\"")), []);
    assert.deepEqual(paths(customResourceWithoutResponse, lambda("!Sub 'exports.handler = async (e) => fetch(e.ResponseURL, { method: \"PUT\" }) // ${AWS::Region}'")), []);
    assert.deepEqual(paths(customResourceWithoutResponse, lambda("!Ref CodeText")), []);
    assert.deepEqual(paths(customResourceWithoutResponse, lambda("'exports.handler = async () => 1'", '!Ref TopicArn')), []);
  });

  it('reads the InlineCode of a SAM function', () => {
    const sam = `Transform: AWS::Serverless-2016-10-31\n${resources(
      '  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: index.handler\n      InlineCode: |\n        def handler(event, context):\n            return None\n  Lookup:\n    Type: Custom::Lookup\n    Properties:\n      ServiceToken: !GetAtt Fn.Arn\n',
    )}`;
    assert.deepEqual(paths(customResourceWithoutResponse, sam), ['Resources/Fn/Properties/InlineCode']);
  });
});

describe('CX2738 CloudFront cache behaviors that let viewers use plain HTTP', () => {
  const distribution = (defaults: string, other: string) => `Resources:
  Site:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{Id: web, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]
        DefaultCacheBehavior: {TargetOriginId: web, ViewerProtocolPolicy: ${defaults}, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6}
        CacheBehaviors:
          - {PathPattern: /api/*, TargetOriginId: web, ViewerProtocolPolicy: ${other}, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad}
`;
  it('reports allow-all in the default and the other behaviors, and fixes it to redirect-to-https', () => {
    const text = distribution('allow-all', 'ALLOW-ALL');
    const found = check('CX2738', text);
    assert.deepEqual(findingPaths(found), [
      'Resources/Site/Properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy',
      'Resources/Site/Properties/DistributionConfig/CacheBehaviors/0/ViewerProtocolPolicy',
    ]);
    assert.equal(found[0].severity, 'warning');
    assert.deepEqual(check('CX2738', applyEdits(text, found[0].fixes![0].edits)).length, 1);
  });
  it('leaves redirect-to-https, https-only and a policy given by parameter alone', () => {
    assert.deepEqual(check('CX2738', distribution('redirect-to-https', 'https-only')), []);
    assert.deepEqual(check('CX2738', distribution('!Ref Policy', 'https-only')), []);
  });
});
