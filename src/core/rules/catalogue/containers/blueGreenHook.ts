/** T17: templates whose ECS service deploys blue/green through the AWS::CodeDeploy::BlueGreen hook. */
import { entryOf, isMap, isSeq, isString, valueOf, type MapEntry, type NodePath, type TemplateNode } from '../../../model';
import { sectionOf } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const HOOK = 'AWS::CodeDeploy::BlueGreen';
const CONSIDERATIONS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green-considerations.html';

interface HookAt {
  entry: MapEntry;
  path: NodePath;
}

/** The Hooks entries of type AWS::CodeDeploy::BlueGreen. */
function blueGreenHooks(context: CheckContext): HookAt[] {
  return (sectionOf(context.template.root, 'Hooks')?.entries ?? [])
    .filter((entry) => isString(valueOf(entry.value, 'Type')) && (valueOf(entry.value, 'Type') as { value: string }).value === HOOK)
    .map((entry) => ({ entry, path: ['Hooks', entry.key.value] }));
}

/** Every Fn::ImportValue under a node, with its path. */
function importsUnder(node: TemplateNode | undefined, path: NodePath, found: { node: TemplateNode; path: NodePath }[] = []): { node: TemplateNode; path: NodePath }[] {
  if (!node) return found;
  if (intrinsicName(node) === 'Fn::ImportValue') found.push({ node, path });
  else if (isMap(node)) for (const entry of node.entries) importsUnder(entry.value, [...path, entry.key.value], found);
  else if (isSeq(node)) node.items.forEach((item, index) => importsUnder(item, [...path, index], found));
  return found;
}

/** CX1727: what a template with the blue/green hook may not hold: outputs, imported values, nested stacks. */
export const blueGreenHookTemplateLimits: CatalogueCheck = {
  id: 'CX1727',
  title: 'Template with the CodeDeploy blue/green hook that declares outputs, imports values or nests stacks',
  topics: ['T17', 'T05'],
  severity: 'error',
  url: CONSIDERATIONS,
  rejection: {
    quote:
      'The following CloudFormation features are not currently supported for templates that define ECS blue/green deployments: ' +
      'Declaring Outputs or using Fn::ImportValue to import values from other stacks.',
    url: CONSIDERATIONS,
  },
  explanation: {
    what:
      'With the AWS::CodeDeployBlueGreen transform and its AWS::CodeDeploy::BlueGreen hook, CloudFormation itself runs the ECS ' +
      'blue/green deployment during a stack update. Such a template cannot declare Outputs, read another stack\'s exports with ' +
      'Fn::ImportValue, include nested stacks, or be a nested stack itself.',
    exam:
      'CloudFormation-driven ECS blue/green (hook + task sets, traffic shifted by the hook\'s TrafficRoutingConfig) versus a ' +
      'CodeDeploy deployment group with an AppSpec (started by CodePipeline), versus ECS\'s own blue/green deployments: know which ' +
      'one a scenario describes, and the limits of the hook.',
    trap: 'values the stack would export must come another way (SSM parameters written by the stack), and the hook cannot live in a nested stack of a larger app.',
  },
  resourceTypes: ['AWS::ECS::Service', 'AWS::ECS::TaskSet'],
  run(context) {
    const hooks = blueGreenHooks(context);
    if (hooks.length === 0) return [];
    const hits: CheckHit[] = [];
    const outputs = entryOf(context.template.root, 'Outputs');
    if (outputs && isMap(outputs.value) && outputs.value.entries.length > 0) {
      hits.push({ message: 'This template deploys with the AWS::CodeDeploy::BlueGreen hook, which does not support an Outputs section', span: outputs.key.span, path: ['Outputs'] });
    }
    const resources = sectionOf(context.template.root, 'Resources');
    for (const entry of resources?.entries ?? []) {
      const type = valueOf(entry.value, 'Type');
      if (isString(type) && type.value === 'AWS::CloudFormation::Stack') {
        hits.push({ message: `Nested stack '${entry.key.value}' in a template with the AWS::CodeDeploy::BlueGreen hook: the hook cannot be used beside nested stacks`, span: entry.key.span, path: ['Resources', entry.key.value] });
      }
      for (const found of importsUnder(entry.value, ['Resources', entry.key.value])) {
        hits.push({ message: `Fn::ImportValue in a template with the AWS::CodeDeploy::BlueGreen hook: importing values from other stacks is not supported there`, span: found.node.span, path: found.path });
      }
    }
    return hits;
  },
};

/** A name the hook points at, where the hook writes it, and the types it may have. */
interface HookName {
  node: TemplateNode;
  path: NodePath;
  types: readonly string[];
}

/** The blue resources an application of the hook names (green task definitions and task sets are created by the deployment). */
function namesOf(application: TemplateNode, path: NodePath): HookName[] {
  const names: HookName[] = [];
  const add = (node: TemplateNode | undefined, at: NodePath, types: readonly string[]) => {
    if (isString(node)) names.push({ node, path: at, types });
  };
  const target = valueOf(application, 'Target');
  add(valueOf(target, 'LogicalID'), [...path, 'Target', 'LogicalID'], ['AWS::ECS::Service']);
  const attributes = valueOf(application, 'ECSAttributes');
  const first = (key: string) => {
    const list = valueOf(attributes, key);
    return isSeq(list) ? list.items[0] : undefined;
  };
  add(first('TaskDefinitions'), [...path, 'ECSAttributes', 'TaskDefinitions', 0], ['AWS::ECS::TaskDefinition']);
  add(first('TaskSets'), [...path, 'ECSAttributes', 'TaskSets', 0], ['AWS::ECS::TaskSet']);
  const routing = valueOf(attributes, 'TrafficRouting');
  for (const route of ['ProdTrafficRoute', 'TestTrafficRoute']) {
    add(valueOf(valueOf(routing, route), 'LogicalID'), [...path, 'ECSAttributes', 'TrafficRouting', route, 'LogicalID'], ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule']);
  }
  const groups = valueOf(routing, 'TargetGroups');
  (isSeq(groups) ? groups.items : []).forEach((group, index) => add(group, [...path, 'ECSAttributes', 'TrafficRouting', 'TargetGroups', index], ['AWS::ElasticLoadBalancingV2::TargetGroup']));
  return names;
}

/** CX1728: a logical ID the hook names that no resource of the template has (or one of another type). */
export const blueGreenHookUnknownResource: CatalogueCheck = {
  id: 'CX1728',
  title: 'CodeDeploy blue/green hook naming a resource the template does not declare',
  topics: ['T17', 'T05'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green-hook-syntax.html',
  rejection: {
    quote: 'Target: {"Type": "AWS::ECS::Service", "LogicalID": "Logical ID of AWS::ECS::Service"} (each name of the hook is the logical ID of a resource of the template)',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green-hook-syntax.html',
  },
  explanation: {
    what:
      'The hook finds what it deploys by logical ID: the ECS service (Target), the blue task definition and task set (the first of ' +
      'each list; the green ones are created by the deployment), the production and test listeners and both target groups. A ' +
      'name that is not a resource of the template, or one of another type, leaves the hook with nothing to deploy.',
    exam: 'the hook shifts traffic between the blue and green target groups behind the production listener (TimeBasedCanary or TimeBasedLinear, or AllAtOnce).',
  },
  resourceTypes: ['AWS::ECS::Service', 'AWS::ECS::TaskSet'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const hook of blueGreenHooks(context)) {
      const applications = valueOf(valueOf(hook.entry.value, 'Properties'), 'Applications');
      (isSeq(applications) ? applications.items : []).forEach((application, index) => {
        for (const name of namesOf(application, [...hook.path, 'Properties', 'Applications', index])) {
          const text = (name.node as { value: string }).value;
          const resource = context.resource(text);
          if (resource && (resource.type === undefined || name.types.includes(resource.type))) continue;
          hits.push({
            message: resource
              ? `Hook '${hook.entry.key.value}' names '${text}', a ${resource.type}, where it needs ${name.types.join(' or ')}`
              : `Hook '${hook.entry.key.value}' names '${text}', which is not a resource of this template`,
            span: name.node.span,
            path: name.path,
          });
        }
      });
    }
    return hits;
  },
};

export const BLUE_GREEN_HOOK_CHECKS: readonly CatalogueCheck[] = [blueGreenHookTemplateLimits, blueGreenHookUnknownResource];
