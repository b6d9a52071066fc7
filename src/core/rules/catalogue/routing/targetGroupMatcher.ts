/** T07/T27: the success codes of a target group's health check, as Elastic Load Balancing takes them per load balancer. */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysOneOf, possibleValues } from '../support/values';
import { LOAD_BALANCER_NAMES, targetGroupKind, type LoadBalancerKind } from './targetGroupKinds';

const MATCHER_API = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Matcher.html';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

/** The HTTP codes each kind accepts, as the Matcher reference gives them. */
const HTTP_CODES: Readonly<Record<LoadBalancerKind, { min: number; max: number }>> = {
  application: { min: 200, max: 499 },
  network: { min: 200, max: 599 },
  gateway: { min: 200, max: 399 },
};
const GRPC_CODES = { min: 0, max: 99 };

/** "200", "200,202" or "200-299": codes and ranges separated by commas. */
const CODE_LIST = /^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/;

/** CX2731: Matcher codes that are not a code list, or codes outside what the target group's load balancer takes. */
export const targetGroupMatcherCodes: CatalogueCheck = {
  id: 'CX2731',
  title: 'Target group health check success codes outside what its load balancer accepts',
  topics: ['T27', 'T07'],
  severity: 'error',
  url: MATCHER_API,
  rejection: {
    quote:
      'For Application Load Balancers, you can specify values between 200 and 499 … For Network Load Balancers, you can specify values between ' +
      '200 and 599 … For Gateway Load Balancers, this must be "200–399". (GrpcCode: You can specify values between 0 and 99.)',
    url: MATCHER_API,
  },
  explanation: {
    what:
      'Matcher lists the response codes that count as healthy: single codes and ranges separated by commas ("200,202", "200-299"). ' +
      'An Application Load Balancer takes HTTP codes from 200 to 499, a Network Load Balancer 200 to 599, a Gateway Load Balancer ' +
      '200 to 399, and gRPC codes run from 0 to 99. Elastic Load Balancing refuses other codes or another syntax, and the stack fails.',
    exam:
      'a health check that accepts only real success (200, or 200-299) lets the load balancer and an Auto Scaling group using ELB health ' +
      'checks replace targets whose application fails; widening the codes to hide errors keeps broken targets in service.',
    scenario: 'the application returns errors but the targets stay healthy and keep receiving traffic',
    trap: 'wildcards such as 2xx are not accepted: write the range 200-299.',
  },
  resourceTypes: [TARGET_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(TARGET_GROUP)) {
      const kind = targetGroupKind(context, group);
      const grpc = alwaysOneOf(context, valueOf(group.properties, 'ProtocolVersion'), ['GRPC']);
      const http = grpc || !kind ? undefined : HTTP_CODES[kind];
      judge(context, group, 'HttpCode', http, kind && `the codes ${LOAD_BALANCER_NAMES[kind]} target group accepts`, hits);
      judge(context, group, 'GrpcCode', GRPC_CODES, 'the gRPC codes a health check accepts', hits);
    }
    return hits;
  },
};

function judge(context: CheckContext, group: ResourceDeclaration, key: 'HttpCode' | 'GrpcCode', range: { min: number; max: number } | undefined, whose: string | undefined, hits: CheckHit[]): void {
  const node = valueOf(valueOf(group.properties, 'Matcher'), key);
  for (const value of writtenCodes(context, node)) {
    const problem = codeProblem(value, range, whose);
    if (!problem || !node) continue;
    hits.push({ message: `Target group '${group.logicalId}' has Matcher ${key} '${value}': ${problem}`, span: node.span, path: ['Resources', group.logicalId, 'Properties', 'Matcher', key] });
    return;
  }
}

/** The texts a deployment can give (none when one is computed). */
function writtenCodes(context: CheckContext, node: TemplateNode | undefined): string[] {
  const values = possibleValues(context, node) ?? [];
  return values.every((value) => typeof value === 'string' || typeof value === 'number') ? values.map(String) : [];
}

/** What is wrong with the code list, where the syntax is wrong always and the range when the kind is known. */
function codeProblem(value: string, range: { min: number; max: number } | undefined, whose: string | undefined): string | undefined {
  if (!CODE_LIST.test(value)) return 'write codes and ranges separated by commas, such as 200,202 or 200-299 (no wildcards)';
  if (!range) return undefined;
  const outside = (value.match(/\d+/g) ?? []).map(Number).find((code) => code < range.min || code > range.max);
  return outside === undefined ? undefined : `${outside} is outside ${range.min}–${range.max}, ${whose}`;
}
