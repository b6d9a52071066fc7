/** CX2731 (Matcher codes per load balancer) and CX2722's stickiness types, both judged by the target group's kind. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBalancingAttributeValue } from '../../../../src/core/rules/catalogue/routing/attributeValues';
import { targetGroupMatcherCodes } from '../../../../src/core/rules/catalogue/routing/targetGroupMatcher';
import { only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';

const group = (lines: string, parameters = '') =>
  resources(`  Tg:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      VpcId: vpc-1\n      Port: 80\n${lines}`, parameters);
const HTTP_CODE = ['Resources/Tg/Properties/Matcher/HttpCode'];

describe('CX2731 target group Matcher codes', () => {
  it('reports codes outside the range of the load balancer the protocol names', () => {
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: HTTP\n      Matcher: {HttpCode: "200-600"}\n')), HTTP_CODE);
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: TCP\n      Matcher: {HttpCode: "200,600"}\n')), HTTP_CODE);
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: GENEVE\n      Matcher: {HttpCode: "200-499"}\n')), HTTP_CODE);
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      TargetType: lambda\n      Matcher: {HttpCode: "500"}\n')), HTTP_CODE);
    const found = only(findings(targetGroupMatcherCodes, group('      Protocol: HTTPS\n      Matcher: {HttpCode: "200-302,503"}\n')));
    assert.equal(found.message, "Target group 'Tg' has Matcher HttpCode '200-302,503': 503 is outside 200–499, the codes an Application Load Balancer target group accepts");
  });

  it('reports a code list written another way whatever the protocol, and gRPC codes above 99', () => {
    assert.equal(only(findings(targetGroupMatcherCodes, group('      Matcher: {HttpCode: 2xx}\n'))).message, "Target group 'Tg' has Matcher HttpCode '2xx': write codes and ranges separated by commas, such as 200,202 or 200-299 (no wildcards)");
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: HTTP\n      Matcher: {HttpCode: "200;302"}\n')), HTTP_CODE);
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: HTTP\n      ProtocolVersion: GRPC\n      Matcher: {GrpcCode: "0-120"}\n')), ['Resources/Tg/Properties/Matcher/GrpcCode']);
  });

  it('accepts the documented forms, NLB codes up to 599, parameters whose allowed values fit, and leaves unknown kinds and computed codes alone', () => {
    for (const lines of [
      '      Protocol: HTTP\n      Matcher: {HttpCode: "200,202,300-399,499"}\n',
      '      Protocol: HTTP\n      Matcher: {HttpCode: 200}\n',
      '      Protocol: TLS\n      Matcher: {HttpCode: "200-599"}\n',
      '      Protocol: GENEVE\n      Matcher: {HttpCode: "200-399"}\n',
      '      Protocol: HTTP\n      ProtocolVersion: GRPC\n      Matcher: {GrpcCode: "0-99"}\n',
      '      Protocol: !Ref Proto\n      Matcher: {HttpCode: "200-599"}\n',
      '      Protocol: HTTP\n      Matcher: {HttpCode: !Ref Codes}\n',
      '      Protocol: HTTP\n      Matcher: {HttpCode: !Sub "${Codes}"}\n',
    ]) {
      assert.deepEqual(paths(targetGroupMatcherCodes, group(lines, '  Proto: {Type: String}\n  Codes: {Type: String}\n')), [], lines);
    }
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: HTTP\n      Matcher: {HttpCode: !Ref Codes}\n', '  Codes: {Type: String, AllowedValues: ["200", "200-299"]}\n')), []);
    assert.deepEqual(paths(targetGroupMatcherCodes, group('      Protocol: HTTP\n      Matcher: {HttpCode: !Ref Codes}\n', '  Codes: {Type: String, AllowedValues: ["200", "200-599"]}\n')), HTTP_CODE);
  });
});

describe('CX2722 stickiness.type by load balancer kind', () => {
  const sticky = (protocol: string, type: string) =>
    group(`      Protocol: ${protocol}\n      TargetGroupAttributes:\n        - {Key: stickiness.enabled, Value: "true"}\n        - {Key: stickiness.type, Value: ${type}}\n`, '  Proto: {Type: String}\n');
  const TYPE = ['Resources/Tg/Properties/TargetGroupAttributes/1/Value'];

  it('reports a type of another kind of load balancer, naming the kind', () => {
    assert.deepEqual(paths(loadBalancingAttributeValue, sticky('HTTP', 'source_ip')), TYPE);
    assert.equal(only(findings(loadBalancingAttributeValue, sticky('TCP', 'lb_cookie'))).message, "'Tg' sets stickiness.type to lb_cookie: on a Network Load Balancer target group it takes source_ip");
    assert.deepEqual(paths(loadBalancingAttributeValue, sticky('GENEVE', 'source_ip')), TYPE);
  });

  it('accepts each kind its own types, and any known type when the protocol is not known; a typo is reported either way', () => {
    for (const [protocol, type] of [['HTTP', 'lb_cookie'], ['HTTPS', 'app_cookie'], ['TCP_UDP', 'source_ip'], ['GENEVE', 'source_ip_dest_ip_proto'], ['!Ref Proto', 'source_ip']]) {
      assert.deepEqual(paths(loadBalancingAttributeValue, sticky(protocol, type)), [], `${protocol} ${type}`);
    }
    assert.deepEqual(paths(loadBalancingAttributeValue, sticky('!Ref Proto', 'cookie')), TYPE);
  });
});

describe('CX2732 a health check timeout not shorter than its interval', () => {
  it('reports a target group and a Classic Load Balancer that wait as long as they check, and passes shorter timeouts', async () => {
    const { healthCheckTimeoutInterval } = await import('../../../../src/core/rules/catalogue/routing/targetGroupHealthCheck');
    assert.equal(
      only(findings(healthCheckTimeoutInterval, group('      Protocol: HTTP\n      HealthCheckIntervalSeconds: 10\n      HealthCheckTimeoutSeconds: 10\n'))).message,
      "'Tg' waits 10 seconds for a health check answer (HealthCheckTimeoutSeconds) but checks every 10 seconds (HealthCheckIntervalSeconds): the timeout must be shorter than the interval",
    );
    assert.deepEqual(paths(healthCheckTimeoutInterval, group('      HealthCheckIntervalSeconds: 10\n      HealthCheckTimeoutSeconds: 5\n')), []);
    // One of the two left to its default (which depends on the protocol and target type): not judged.
    assert.deepEqual(paths(healthCheckTimeoutInterval, group('      HealthCheckIntervalSeconds: 5\n')), []);
    const classic = (timeout: number) =>
      resources(`  Elb:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      Listeners: [{LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP}]\n      HealthCheck: {Target: "HTTP:80/", Interval: "30", Timeout: "${timeout}", HealthyThreshold: "2", UnhealthyThreshold: "3"}\n`);
    assert.deepEqual(paths(healthCheckTimeoutInterval, classic(30)), ['Resources/Elb/Properties/HealthCheck/Timeout']);
    assert.deepEqual(paths(healthCheckTimeoutInterval, classic(5)), []);
  });
  it('lets a Network Load Balancer target group wait as long as its interval, not longer', async () => {
    const { healthCheckTimeoutInterval } = await import('../../../../src/core/rules/catalogue/routing/targetGroupHealthCheck');
    assert.deepEqual(paths(healthCheckTimeoutInterval, group('      Protocol: TCP\n      HealthCheckIntervalSeconds: 10\n      HealthCheckTimeoutSeconds: 10\n')), []);
    assert.equal(paths(healthCheckTimeoutInterval, group('      Protocol: TCP\n      HealthCheckIntervalSeconds: 10\n      HealthCheckTimeoutSeconds: 20\n')).length, 1);
  });
});
