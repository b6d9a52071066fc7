/** T31: a CloudWatch dashboard body written out in the template that is not JSON. */
import { entryOf, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const DASHBOARD = 'AWS::CloudWatch::Dashboard';
const PUT_DASHBOARD_API = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html';

/** A body whose JSON can be judged: literal text, or Fn::Sub text whose variables are filled in every way that may read as JSON. */
function bodyVariants(node: TemplateNode | undefined): string[] | undefined {
  if (isString(node)) return [node.value];
  if (intrinsicName(node) !== 'Fn::Sub') return undefined;
  const argument = valueOf(node, 'Fn::Sub');
  const text = isString(argument) ? argument : isSeq(argument) && isString(argument.items[0]) ? argument.items[0] : undefined;
  return text ? substitutions(text.value) : undefined;
}

/** Above this many variables outside JSON strings, the body is not judged (2^n ways to fill them). */
const MAX_BARE_VARIABLES = 8;

/**
 * The Fn::Sub text with its variables filled in: inside a JSON string any text will do; outside one a
 * variable may stand for a value (`"period": ${Period}`) or for a fragment or nothing (`"ALL" ${Extra}]`),
 * so each is tried as `0` and as empty. `${!Literal}` is written out as `${Literal}`.
 */
function substitutions(text: string): string[] | undefined {
  const parts = subParts(text);
  const bare = parts.filter((part) => part.kind === 'bare').length;
  if (bare > MAX_BARE_VARIABLES) return undefined;
  const variants: string[] = [];
  for (let mask = 0; mask < 2 ** bare; mask++) {
    let index = 0;
    variants.push(parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'quoted' ? '0' : mask & (1 << index++) ? '' : '0')).join(''));
  }
  return variants;
}

type SubPart = { kind: 'text'; text: string } | { kind: 'quoted' | 'bare' };

/** The text cut at its `${…}` variables, each marked as inside or outside a JSON string. */
function subParts(text: string): SubPart[] {
  const parts: SubPart[] = [];
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && inString) i++;
    else if (char === '"') inString = !inString;
    else if (char === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) break;
      const name = text.slice(i + 2, close);
      parts.push({ kind: 'text', text: text.slice(start, i) });
      parts.push(name.startsWith('!') ? { kind: 'text', text: `\${${name.slice(1)}}` } : { kind: inString ? 'quoted' : 'bare' });
      start = close + 1;
      i = close;
    }
  }
  parts.push({ kind: 'text', text: text.slice(start) });
  return parts;
}

/** Why JSON.parse refused the text, in one line. */
function parseError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** CX3121: PutDashboard takes the body as JSON. */
export const dashboardBodyNotJson: CatalogueCheck = {
  id: 'CX3121',
  title: 'CloudWatch dashboard body written in the template that is not valid JSON',
  topics: ['T31'],
  severity: 'error',
  url: PUT_DASHBOARD_API,
  rejection: {
    quote:
      'The detailed information about the dashboard in JSON format, including the widgets to include and their location on the ' +
      'dashboard. … If this result includes error messages, the input was not valid and the operation failed.',
    url: PUT_DASHBOARD_API,
  },
  explanation: {
    what:
      'DashboardBody is one string holding the dashboard as JSON: a widgets list, each widget with its type, position and ' +
      'properties. CloudWatch parses it when the stack creates or updates the dashboard and refuses a body that is not JSON, ' +
      'so the resource fails.',
    exam:
      'dashboards give the operational overview (one per application; dashboards are global and one can show several Regions); ' +
      'alarms, not dashboards, notify and act. ' +
      'Build the body with Fn::Sub so it can name the stack\'s resources and Region.',
    trap: 'a missing brace or a trailing comma in a long YAML block string shows up only at deploy time.',
  },
  resourceTypes: [DASHBOARD],
  run(context) {
    const hits: CheckHit[] = [];
    for (const dashboard of context.resources(DASHBOARD)) {
      const entry = entryOf(dashboard.properties, 'DashboardBody');
      const variants = bodyVariants(entry?.value);
      const errors = variants?.map(parseError);
      if (!entry || !errors || errors.some((error) => error === undefined)) continue;
      const error = errors[0];
      hits.push({
        message: `The DashboardBody of '${dashboard.logicalId}' is not valid JSON (${error}): CloudWatch refuses the dashboard`,
        span: entry.value.span,
        path: ['Resources', dashboard.logicalId, 'Properties', 'DashboardBody'],
      });
    }
    return hits;
  },
};
