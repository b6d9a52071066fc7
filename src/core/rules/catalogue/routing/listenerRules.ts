/** T27: ALB listener rules as Elastic Load Balancing accepts them (priorities, condition fields and values). */
import { entryOf, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { referencedId } from '../support/context';
import { intrinsicName, isNoValue, literalNumber, literalString } from '../support/values';

const RULES_PAGE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html';
const CONDITIONS_PAGE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html';
const RULE_TYPE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const CONFIG_OF_FIELD: Record<string, string> = {
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'http-header': 'HttpHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'query-string': 'QueryStringConfig',
  'source-ip': 'SourceIpConfig',
};
const ONCE_PER_RULE = ['host-header', 'http-request-method', 'path-pattern', 'source-ip'];

interface ConditionAt {
  rule: ResourceDeclaration;
  condition: MapNode;
  index: number;
  field: string | undefined;
}

function conditionsOf(rule: ResourceDeclaration): ConditionAt[] | undefined {
  const list = valueOf(rule.properties, 'Conditions');
  if (!isSeq(list)) return undefined;
  const found: ConditionAt[] = [];
  list.items.forEach((condition, index) => {
    if (intrinsicName(condition) !== undefined || condition.kind !== 'map') return;
    found.push({ rule, condition, index, field: literalString(valueOf(condition, 'Field'))?.toLowerCase() });
  });
  return found.length === list.items.length ? found : undefined;
}

function conditionPath(at: ConditionAt, ...rest: string[]): (string | number)[] {
  return ['Resources', at.rule.logicalId, 'Properties', 'Conditions', at.index, ...rest];
}

function present(node: TemplateNode | undefined): boolean {
  return node !== undefined && !isNoValue(node);
}

/** CX2710: priorities order the rules of a listener, so they are unique per listener. */
export const listenerRuleDuplicatePriority: CatalogueCheck = {
  id: 'CX2710',
  title: 'Two listener rules of one listener share a Priority',
  topics: ['T27'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenerrule.html',
  rejection: {
    quote: "A listener can't have multiple rules with the same priority.",
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenerrule.html',
  },
  explanation: {
    what:
      'A listener evaluates its rules from the lowest Priority up and acts on the first match, so each priority belongs to one ' +
      'rule; the second rule with a taken priority fails to create (PriorityInUse).',
    exam:
      'A/B tests and canaries on an ALB are rules with distinct priorities: the more specific rule (query string, header, ' +
      'cookie) gets the lower number so it is evaluated before the catch-all.',
    trap: 'moving a rule to a priority another rule holds also fails in one update: free the number first, then reuse it.',
  },
  resourceTypes: [RULE_TYPE],
  run(context) {
    const hits: CheckHit[] = [];
    const seen = new Map<string, ResourceDeclaration>();
    for (const rule of context.resources(RULE_TYPE)) {
      const listener = valueOf(rule.properties, 'ListenerArn');
      const listenerKey = referencedId(listener) ?? literalString(listener);
      const priority = literalNumber(valueOf(rule.properties, 'Priority'));
      if (listenerKey === undefined || priority === undefined || valueOf(rule.body, 'Condition') !== undefined) continue;
      const key = `${listenerKey}\u0000${priority}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, rule);
        continue;
      }
      hits.push({
        message: `Listener rule '${rule.logicalId}' has Priority ${priority}, like '${first.logicalId}' on the same listener: priorities must be unique per listener`,
        span: entryOf(rule.properties, 'Priority')!.value.span,
        path: ['Resources', rule.logicalId, 'Properties', 'Priority'],
      });
    }
    return hits;
  },
};

/** CX2711: Values is the short form for host-header and path-pattern only. */
export const listenerRuleValuesField: CatalogueCheck = {
  id: 'CX2711',
  title: 'Listener rule condition uses Values where it needs its *Config',
  topics: ['T27'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RuleCondition.html',
  rejection: {
    quote:
      'Specify only when Field is host-header or path-pattern. … If Field is host-header and you are not using HostHeaderConfig, ' +
      'you can specify a single host name (for example, my.example.com) in Values.',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RuleCondition.html',
  },
  explanation: {
    what:
      'A rule condition\'s Values list is the old short form for one host name or one path pattern. Query strings, HTTP ' +
      'headers, methods and source IPs have to be given in their own block (QueryStringConfig, HttpHeaderConfig…), or ' +
      'Elastic Load Balancing rejects the rule; several hosts or paths belong in HostHeaderConfig or PathPatternConfig.',
    exam:
      'A/B testing by request content is an ALB rule with a query-string or http-header condition (QueryStringConfig with ' +
      'Key/Value pairs, HttpHeaderConfig with HttpHeaderName and Values) forwarding to the variant target group.',
    scenario: 'route requests with ?version=beta to the new version while everyone else stays on the current one',
    trap: 'Route 53 cannot route on query strings, headers or cookies: that is the ALB listener rule or CloudFront function\'s job.',
  },
  resourceTypes: [RULE_TYPE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE_TYPE)) {
      for (const at of conditionsOf(rule) ?? []) {
        const values = entryOf(at.condition, 'Values');
        if (!values || !present(values.value) || at.field === undefined || !(at.field in CONFIG_OF_FIELD)) continue;
        const config = CONFIG_OF_FIELD[at.field];
        // Several host names or path patterns in Values: the reference describes one, but templates deployed
        // for years list several, so that is not reported.
        if (at.field === 'host-header' || at.field === 'path-pattern') continue;
        const message = `Condition ${at.index + 1} of '${rule.logicalId}' gives Values for a ${at.field} condition: use ${config} instead`;
        hits.push({ message, span: values.key.span, path: conditionPath(at, 'Values') });
      }
    }
    return hits;
  },
};

/** CX2712: host-header, http-request-method, path-pattern and source-ip appear at most once per rule. */
export const listenerRuleRepeatedCondition: CatalogueCheck = {
  id: 'CX2712',
  title: 'Listener rule repeats a condition type that may appear once',
  topics: ['T27'],
  severity: 'error',
  url: CONDITIONS_PAGE,
  rejection: {
    quote: 'Each rule can optionally include up to one of each of the following conditions: host-header, http-request-method, path-pattern, and source-ip.',
    url: CONDITIONS_PAGE,
  },
  explanation: {
    what:
      'The conditions of a rule must all match (AND), and a rule may hold one host-header, one http-request-method, one ' +
      'path-pattern and one source-ip condition; alternatives of the same type go in that one condition\'s list (OR).',
    exam:
      'routing by content: several values in one condition mean "any of these"; several conditions mean "all of these". ' +
      'Only http-header and query-string conditions may repeat (e.g. two different headers).',
  },
  resourceTypes: [RULE_TYPE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE_TYPE)) {
      const conditions = conditionsOf(rule) ?? [];
      conditions.forEach((at, position) => {
        if (at.field === undefined || !ONCE_PER_RULE.includes(at.field)) return;
        if (!conditions.slice(0, position).some((earlier) => earlier.field === at.field)) return;
        const field = entryOf(at.condition, 'Field')!;
        hits.push({
          message: `Listener rule '${rule.logicalId}' has a second ${at.field} condition: put all its values in one condition`,
          span: field.value.span,
          path: conditionPath(at, 'Field'),
        });
      });
    }
    return hits;
  },
};

/** How many values a condition matches against, or undefined when the template computes them. */
function valueCount(at: ConditionAt): number | undefined {
  let count = 0;
  const lists = [valueOf(at.condition, 'Values')];
  for (const config of Object.values(CONFIG_OF_FIELD)) lists.push(valueOf(valueOf(at.condition, config), 'Values'));
  for (const list of lists) {
    if (list === undefined || isNoValue(list)) continue;
    if (!isSeq(list) || list.items.some((item) => intrinsicName(item) === 'Fn::If')) return undefined;
    count += list.items.length;
  }
  return count;
}

/** CX2713: three values per condition, five per rule. */
export const listenerRuleTooManyValues: CatalogueCheck = {
  id: 'CX2713',
  title: 'Listener rule with more match values than a condition or rule allows',
  topics: ['T27'],
  severity: 'error',
  url: RULES_PAGE,
  rejection: { quote: 'You can specify up to three match evaluations per condition and up to five match evaluations per rule.', url: RULES_PAGE },
  explanation: {
    what:
      'Each value a condition compares (a host, a path, a header value, a query-string pair, a CIDR) is a match evaluation: at ' +
      'most three per condition and five per rule. A rule over the limit is rejected.',
    exam: 'when a rule needs more alternatives, split it into several rules with their own priorities, or route on a shared path or header instead.',
  },
  resourceTypes: [RULE_TYPE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE_TYPE)) {
      const conditions = conditionsOf(rule);
      if (!conditions) continue;
      const counts = conditions.map(valueCount);
      counts.forEach((count, position) => {
        if (count === undefined || count <= 3) return;
        hits.push({
          message: `Condition ${conditions[position].index + 1} of listener rule '${rule.logicalId}' compares ${count} values: at most three per condition`,
          span: conditions[position].condition.span,
          path: conditionPath(conditions[position]),
        });
      });
      if (counts.some((count) => count === undefined)) continue;
      const total = (counts as number[]).reduce((sum, count) => sum + count, 0);
      if (total <= 5 || counts.some((count) => count! > 3)) continue;
      hits.push({
        message: `Listener rule '${rule.logicalId}' compares ${total} values in all its conditions: at most five per rule`,
        span: entryOf(rule.properties, 'Conditions')!.key.span,
        path: ['Resources', rule.logicalId, 'Properties', 'Conditions'],
      });
    }
    return hits;
  },
};

export const LISTENER_RULE_CHECKS: readonly CatalogueCheck[] = [
  listenerRuleDuplicatePriority,
  listenerRuleValuesField,
  listenerRuleRepeatedCondition,
  listenerRuleTooManyValues,
];
