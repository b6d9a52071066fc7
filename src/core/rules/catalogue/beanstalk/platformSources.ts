/** T13 checks on how an environment or configuration template names its platform. */
import { entryOf, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import { intrinsicName, isNoValue, possibleValues } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { CONFIGURATION_TEMPLATE, ENVIRONMENT } from './settings';

/**
 * A value that is surely set, whatever its text: a non-empty literal, a resource of this template, an Fn::Sub or
 * Fn::Join with literal text of its own, a parameter or mapping whose every possible value is non-empty, or an Fn::If
 * whose both branches are. A parameter without AllowedValues may be passed as "", and AWS::NoValue leaves the property out.
 */
function surelySet(context: CheckContext, node: TemplateNode | undefined, depth = 0): boolean {
  if (node === undefined || depth > 8 || isNoValue(node)) return false;
  if (isString(node)) return node.value.trim() !== '';
  if (context.referenced(node) !== undefined) return true;
  const name = intrinsicName(node);
  if (name === 'Fn::If') {
    const args = valueOf(node, 'Fn::If');
    return isSeq(args) && args.items.length === 3 && surelySet(context, args.items[1], depth + 1) && surelySet(context, args.items[2], depth + 1);
  }
  if (name === 'Fn::Sub') return subHasText(valueOf(node, 'Fn::Sub'));
  if (name === 'Fn::Join') return joinHasText(valueOf(node, 'Fn::Join'));
  const values = possibleValues(context, node);
  return values !== undefined && values.length > 0 && values.every((value) => value !== null && String(value).trim() !== '');
}

/** An Fn::Join of a written list with a non-empty literal item: never empty. */
function joinHasText(argument: TemplateNode | undefined): boolean {
  const items = isSeq(argument) && argument.items.length === 2 ? argument.items[1] : undefined;
  return isSeq(items) && items.items.some((item) => isString(item) && item.value.trim() !== '');
}

/** An Fn::Sub string with text outside its ${} variables: never empty. */
function subHasText(argument: TemplateNode | undefined): boolean {
  const text = isString(argument) ? argument.value : isSeq(argument) && isString(argument.items[0]) ? argument.items[0].value : undefined;
  return text !== undefined && text.replace(/\$\{[^}]*\}/g, '').trim() !== '';
}

const ENVIRONMENT_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticbeanstalk-environment.html';
const TEMPLATE_PAGE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticbeanstalk-configurationtemplate.html';

/** CX1310: an environment given its platform twice. */
export const environmentPlatformTwice: CatalogueCheck = {
  id: 'CX1310',
  title: 'Elastic Beanstalk environment sets SolutionStackName with PlatformArn or TemplateName',
  topics: ['T13'],
  severity: 'error',
  url: ENVIRONMENT_PAGE,
  rejection: { quote: "If you specify SolutionStackName, don't specify PlatformArn or TemplateName.", url: ENVIRONMENT_PAGE },
  explanation: {
    what:
      'An environment takes its platform from exactly one place: a solution stack name, a custom platform ARN, or a configuration ' +
      'template (saved configuration) that names the platform itself. Elastic Beanstalk refuses an environment that gives two.',
    exam:
      'a saved configuration (AWS::ElasticBeanstalk::ConfigurationTemplate) holds the platform and option settings that several ' +
      'environments share, for example the blue and green environments of a CNAME swap.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const environment of context.resources(ENVIRONMENT)) {
      const stack = entryOf(environment.properties, 'SolutionStackName');
      const other = ['TemplateName', 'PlatformArn'].find((name) => surelySet(context, valueOf(environment.properties, name)));
      if (!stack || !surelySet(context, stack.value) || !other) continue;
      hits.push({
        message: `Environment '${environment.logicalId}' sets both SolutionStackName and ${other}: keep one source for the platform`,
        span: stack.key.span,
        path: ['Resources', environment.logicalId, 'Properties', 'SolutionStackName'],
      });
    }
    return hits;
  },
};

/** CX1311: a configuration template without a platform source, or with two. */
export const configurationTemplateSource: CatalogueCheck = {
  id: 'CX1311',
  title: 'Elastic Beanstalk configuration template names no platform source, or both a stack and a platform ARN',
  topics: ['T13'],
  severity: 'error',
  url: TEMPLATE_PAGE,
  rejection: {
    quote: "You must specify SolutionStackName if you don't specify PlatformArn, EnvironmentId, or SourceConfiguration.",
    url: TEMPLATE_PAGE,
  },
  explanation: {
    what:
      'A configuration template starts from a platform: a SolutionStackName, a PlatformArn, an existing environment (EnvironmentId) ' +
      'or another saved configuration (SourceConfiguration). With none of them Elastic Beanstalk cannot create it, and ' +
      'SolutionStackName with PlatformArn is refused too.',
    exam: 'option settings precedence: settings applied to the environment, then the saved configuration, then .ebextensions, then defaults.',
  },
  resourceTypes: [CONFIGURATION_TEMPLATE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const template of context.resources(CONFIGURATION_TEMPLATE)) {
      if (!template.properties) continue;
      const has = (name: string) => valueOf(template.properties, name) !== undefined;
      const path = ['Resources', template.logicalId, 'Properties'];
      if (!['SolutionStackName', 'PlatformArn', 'EnvironmentId', 'SourceConfiguration'].some(has)) {
        hits.push({
          message: `Configuration template '${template.logicalId}' names no platform: set SolutionStackName, PlatformArn, EnvironmentId or SourceConfiguration`,
          span: template.key.span,
          path,
        });
      } else if (surelySet(context, valueOf(template.properties, 'SolutionStackName')) && surelySet(context, valueOf(template.properties, 'PlatformArn'))) {
        hits.push({
          message: `Configuration template '${template.logicalId}' sets both SolutionStackName and PlatformArn: keep one`,
          span: entryOf(template.properties, 'PlatformArn')!.key.span,
          path: [...path, 'PlatformArn'],
        });
      }
    }
    return hits;
  },
};
