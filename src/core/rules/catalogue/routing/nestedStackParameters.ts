/** T28: what a parent may pass to a nested stack's parameters. */
import { isMap, isSeq, isString, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import { isListParameterType } from '../../../parameterTypes';
import { sectionOf } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const STACK_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-stack.html';

/** The `Ref`s to a list parameter in a value passed to a nested stack (each branch of an Fn::If too). */
function listRefs(node: TemplateNode, path: NodePath, listParameters: ReadonlySet<string>): { node: MapNode; name: string; path: NodePath }[] {
  const name = intrinsicName(node);
  if (name === 'Ref') {
    const target = valueOf(node, 'Ref');
    return isString(target) && listParameters.has(target.value) ? [{ node: node as MapNode, name: target.value, path }] : [];
  }
  const args = name === 'Fn::If' ? valueOf(node, 'Fn::If') : undefined;
  if (!isSeq(args) || args.items.length !== 3) return [];
  return [1, 2].flatMap((index) => listRefs(args.items[index], [...path, 'Fn::If', index], listParameters));
}

/** CX2819: a list parameter passed to a nested stack with Ref. */
export const nestedStackListParameter: CatalogueCheck = {
  id: 'CX2819',
  title: 'List parameter passed to a nested stack with Ref',
  topics: ['T28'],
  severity: 'error',
  url: STACK_PAGE,
  rejection: {
    quote:
      "If you use the Ref function to pass a parameter value to a nested stack, comma-delimited list parameters must be of type String. In other words, you can't pass values that are of type CommaDelimitedList to nested stacks.",
    url: STACK_PAGE,
  },
  explanation: {
    what:
      "Every value in a nested stack's Parameters is one string. A Ref to a list parameter (CommaDelimitedList, List<AWS::EC2::Subnet::Id>…) " +
      'gives a list, which CloudFormation refuses there; join it into one string and let the child declare the parameter as a list again.',
    exam:
      'nested stacks pass values down through Parameters and back up through Outputs: subnet lists between a network stack and an ' +
      "application stack are the usual case — !Join [',', !Ref Subnets] on the way down, a List<AWS::EC2::Subnet::Id> parameter in the child.",
    trap: 'the child may well declare the parameter as a list: the parent must still pass it as one comma-separated string.',
  },
  resourceTypes: ['AWS::CloudFormation::Stack', 'AWS::Serverless::Application'],
  run(context) {
    const listParameters = new Set(
      (sectionOf(context.template.root, 'Parameters')?.entries ?? [])
        .filter((entry) => {
          const type = valueOf(entry.value, 'Type');
          return isString(type) && isListParameterType(type.value);
        })
        .map((entry) => entry.key.value),
    );
    if (listParameters.size === 0) return [];
    const json = context.template.format === 'json';
    const hits: CheckHit[] = [];
    for (const stack of context.resources('AWS::CloudFormation::Stack', 'AWS::Serverless::Application')) {
      const passed = valueOf(stack.properties, 'Parameters');
      if (!isMap(passed) || intrinsicName(passed)) continue;
      for (const entry of passed.entries) {
        const path = ['Resources', stack.logicalId, 'Properties', 'Parameters', entry.key.value];
        for (const found of listRefs(entry.value, path, listParameters)) {
          const joined = json ? `{"Fn::Join": [",", {"Ref": "${found.name}"}]}` : `!Join [',', !Ref ${found.name}]`;
          // A block `Ref: X` is replaced without the line break its map ends with; braces go with their map.
          const written = json || context.template.text[found.node.span.start] === '{' ? found.node.span : found.node.entries[0].span;
          hits.push({
            message: `'${stack.logicalId}' passes list parameter '${found.name}' to its nested stack's parameter '${entry.key.value}' with Ref: nested stack parameters take one string; join the list with Fn::Join`,
            span: found.node.span,
            path: found.path,
            fixes: [{ title: `Join '${found.name}' into one string`, edits: [{ span: written, newText: joined }], preferred: true }],
          });
        }
      }
    }
    return hits;
  },
};
