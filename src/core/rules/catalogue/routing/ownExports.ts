/** T28: a stack that imports a value it exports itself. */
import { toPlain, valueOf, type NodePath, type TemplateNode } from '../../../model';
import { visitResourceFunctionCalls } from '../../../references';
import { keptEntries, sectionOf } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';

const IMPORT_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-importvalue.html';

/** CX2823: Fn::ImportValue names an export of the same template. */
export const importsOwnExport: CatalogueCheck = {
  id: 'CX2823',
  title: 'Stack imports (Fn::ImportValue) an output it exports itself',
  topics: ['T28'],
  severity: 'warning',
  url: IMPORT_PAGE,
  explanation: {
    what:
      'Fn::ImportValue reads an output that another stack exports. A stack\'s own exports exist only once the stack has been created, ' +
      'so importing one of them fails on the first deployment (no export of that name yet); within one stack, Ref and Fn::GetAtt give ' +
      'the value directly.',
    exam:
      'cross-stack references: a network stack exports the VPC and subnet IDs, application stacks import them; an exported value cannot ' +
      'be changed or removed while another stack imports it.',
    trap: 'nested stacks pass values through Outputs and Parameters (GetAtt Child.Outputs.Name), not through exports.',
  },
  // Any resource may import: these are where cross-stack values usually land (the check reads every resource).
  resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::SecurityGroup', 'AWS::ECS::Service', 'AWS::Lambda::Function', 'AWS::SSM::Parameter'],
  readsEveryResource: true,
  needsText: ['ImportValue'],
  run(context) {
    const root = context.template.root;
    const exported = new Set<string>();
    const outputs = sectionOf(root, 'Outputs');
    const resources = sectionOf(root, 'Resources');
    if (!outputs || !resources) return [];
    for (const output of keptEntries(outputs)) {
      const name = valueOf(valueOf(output.value, 'Export'), 'Name');
      if (name !== undefined) exported.add(JSON.stringify(toPlain(name)));
    }
    if (exported.size === 0) return [];
    const found: Array<{ name: TemplateNode; path: NodePath }> = [];
    for (const resource of keptEntries(resources)) {
      visitResourceFunctionCalls(resource, (call) => {
        if (call.name === 'Fn::ImportValue' && call.path[2] === 'Properties') found.push({ name: call.argument, path: [...call.path] });
      });
    }
    const hits: CheckHit[] = [];
    for (const { name, path } of found) {
      if (!exported.has(JSON.stringify(toPlain(name)))) continue;
      hits.push({
        message: `'${String(path[1])}' imports ${name.kind === 'scalar' ? `'${String(name.value)}'` : 'an export name'}, which this template exports itself: the export does not exist before the stack is created; use Ref or Fn::GetAtt within the stack`,
        span: name.span,
        path,
      });
    }
    return hits;
  },
};
