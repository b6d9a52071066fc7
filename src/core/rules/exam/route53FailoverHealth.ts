import type { Finding, Fix } from '../../findings';
import { entryOf, isMap, isScalar, valueOf } from '../../model';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry, replaceScalar } from './edits';
import { routeRecords, type RecordDeclaration, ROUTE53_RECORD_TYPES } from './route53Records';
import { examFinding, literalBoolean, literalString } from './values';

/** CloudFront's hosted zone: alias records to a distribution cannot evaluate target health. */
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

/** CX3001: a primary failover record that Route 53 always considers healthy. */
export const route53FailoverHealthRule: Rule = {
  id: 'CX3001',
  description: 'Route 53 failover PRIMARY record without a health check',
  onlyWith: ROUTE53_RECORD_TYPES,
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const declared of routeRecords(template)) {
      const { record } = declared;
      if (literalString(valueOf(record, 'Failover')) !== 'PRIMARY' || valueOf(record, 'HealthCheckId')) continue;
      const alias = valueOf(record, 'AliasTarget');
      if (alias && !isMap(alias)) continue;
      const evaluate = valueOf(alias, 'EvaluateTargetHealth');
      if (alias && (literalBoolean(evaluate) === true || (evaluate && literalBoolean(evaluate) === undefined))) continue;
      findings.push(failoverFinding(template, declared, alias !== undefined && !isCloudFront(alias)));
    }
    return findings;
  },
};

function isCloudFront(alias: ReturnType<typeof valueOf>): boolean {
  const dnsName = literalString(valueOf(alias, 'DNSName')) ?? '';
  return literalString(valueOf(alias, 'HostedZoneId')) === CLOUDFRONT_ZONE || dnsName.toLowerCase().includes('cloudfront.net');
}

function failoverFinding(template: Template, declared: RecordDeclaration, canEvaluate: boolean): Finding {
  const failover = entryOf(declared.record, 'Failover');
  const message = canEvaluate
    ? `Failover PRIMARY alias record '${declared.label}' has neither a HealthCheckId nor EvaluateTargetHealth: true: ` +
      'Route 53 always treats it as healthy, so it never fails over to the SECONDARY'
    : `Failover PRIMARY record '${declared.label}' has no HealthCheckId: Route 53 always treats it as healthy, ` +
      'so it never fails over to the SECONDARY';
  return examFinding({
    ruleId: 'CX3001',
    severity: 'warning',
    message,
    span: failover ? failover.value.span : declared.anchor,
    path: [...declared.path, 'Failover'],
    explanation: {
      text:
        'Route 53 answers with the PRIMARY record while it is healthy and with the SECONDARY when it is not; health comes from ' +
        'the health check in HealthCheckId or, for an alias record, from EvaluateTargetHealth (the health of the load balancer ' +
        'or other target it points to). A primary with neither is never unhealthy. CloudFront alias targets cannot evaluate ' +
        'target health, so they need a health check. The exam\'s DR answer: health-checked PRIMARY, SECONDARY to the standby ' +
        'region or a static S3 site.',
      url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-types.html',
      topics: ['T26'],
    },
    fixes: canEvaluate ? evaluateHealthFix(template, declared) : undefined,
  });
}

function evaluateHealthFix(template: Template, declared: RecordDeclaration): Fix[] | undefined {
  const alias = valueOf(declared.record, 'AliasTarget');
  if (!isMap(alias)) return undefined;
  const current = valueOf(alias, 'EvaluateTargetHealth');
  const edit = isScalar(current)
    ? replaceScalar(template, current, true)
    : insertEntry(template, alias, 'EvaluateTargetHealth', true, 'DNSName');
  return edit ? [{ title: 'Evaluate the alias target health', edits: [edit], preferred: true }] : undefined;
}
