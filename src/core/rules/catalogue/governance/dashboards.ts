/** T31: a CloudWatch dashboard body written out in the template that is not JSON. */
import { entryOf, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const DASHBOARD = 'AWS::CloudWatch::Dashboard';
const PUT_DASHBOARD_API = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html';

/**
 * The body as CloudWatch receives it, when the template fixes it: a literal, or an Fn::Sub text with
 * no `${…}` to substitute (a substitution may complete the JSON, so such text is not read).
 */
function fixedBody(node: TemplateNode | undefined): string | undefined {
  if (isString(node)) return node.value;
  if (intrinsicName(node) !== 'Fn::Sub') return undefined;
  const text = valueOf(node, 'Fn::Sub');
  return isString(text) && !text.value.includes('${') ? text.value : undefined;
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
      const body = fixedBody(entry?.value);
      const error = body === undefined ? undefined : parseError(body);
      if (!entry || error === undefined) continue;
      hits.push({
        message: `The DashboardBody of '${dashboard.logicalId}' is not valid JSON (${error}): CloudWatch refuses the dashboard`,
        span: entry.value.span,
        path: ['Resources', dashboard.logicalId, 'Properties', 'DashboardBody'],
      });
    }
    return hits;
  },
};
