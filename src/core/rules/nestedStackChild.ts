import { finding, type Finding } from '../findings';
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import { childTemplatesOf, localChildren, type ChildTemplate, type LocalChild } from '../nested';
import { referenceIndex, targetOf } from '../references';
import { closestName } from '../schema/suggest';
import { numberAsWritten } from '../schema/values';
import { listOf } from '../schema/constraints/scalars';
import type { Template } from '../template';
import { intrinsicName, isNoValue } from './catalogue/support/values';
import type { Rule } from './rule';

/**
 * A nested stack checked against its own template, when that is a local file the host could read
 * (before `aws cloudformation package` uploads it): E3043 (cfn-lint's id) for parameters, E1010/E1019
 * for `Outputs.Name` attributes. The AWS::CloudFormation::Stack reference says of Parameters "Each
 * parameter has a name corresponding to a parameter defined in the embedded template" and "Required if
 * the nested stack requires input parameters"; of GetAtt, the attribute is "the name of the output value
 * in the nested stack in the format Outputs.NestedStackOutputName".
 */
export const nestedStackChildRule: Rule = {
  id: 'E3043',
  description: "A nested stack must pass every parameter its template requires, only parameters it declares, and read only outputs it declares",
  otherIds: {
    E1010: 'Fn::GetAtt must name a resource of the template and an attribute of its type',
    E1019: 'Fn::Sub variables must name a parameter, resource, attribute or pseudo parameter',
  },
  run(template) {
    const children = childTemplatesOf(template);
    if (children.size === 0) return [];
    const local = localChildren(template).filter((child) => children.has(child.location));
    const byId = new Map(local.map((child) => [child.resource.logicalId, child]));
    return [
      ...local.flatMap((child) => missingFileFindings(child, children.get(child.location)!)),
      ...local.flatMap((child) => parameterFindings(template, child, children.get(child.location)!)),
      ...outputFindings(template, (logicalId) => {
        const child = byId.get(logicalId);
        return child && { child, template: children.get(child.location)! };
      }),
    ];
  },
};

/** A local template location where the host found no file: `aws cloudformation package` has nothing to upload. */
function missingFileFindings(child: LocalChild, declared: ChildTemplate): Finding[] {
  if (!declared.missing) return [];
  const sam = child.resource.type === 'AWS::Serverless::Application';
  const property = sam ? 'Location' : 'TemplateURL';
  const message = sam
    ? `Application '${child.resource.logicalId}' names ${child.location}, but no file is there: \`sam package\` cannot upload it, and a Location ` +
      'is otherwise an Amazon S3 URL or a Serverless Application Repository application'
    : `Nested stack '${child.resource.logicalId}' names ${child.location}, but no file is there: \`aws cloudformation package\` ` +
      'cannot upload it, and CloudFormation takes a TemplateURL only as an Amazon S3 URL';
  return [finding('E3043', 'error', message, child.node.span, ['Resources', child.resource.logicalId, 'Properties', property])];
}

/** Parameters a stack passes that its template lacks, and those it must pass but does not. */
function parameterFindings(template: Template, child: LocalChild, declared: ChildTemplate): Finding[] {
  if (!declared.parameters) return [];
  const names = new Set(declared.parameters.map((parameter) => parameter.name));
  const required = declared.parameters.filter((parameter) => !parameter.hasDefault).map((parameter) => parameter.name);
  const path: NodePath = ['Resources', child.resource.logicalId, 'Properties'];
  const entry = entryOf(child.resource.properties, 'Parameters');
  const passed = entry ? passedMaps(entry.value) : [undefined];
  if (!passed) return [];
  const findings: Finding[] = [];
  const where = `${child.location}, the template of nested stack '${child.resource.logicalId}'`;
  const allowed = new Map(declared.parameters.flatMap((parameter) => (parameter.allowedValues ? [[parameter.name, parameter] as const] : [])));
  for (const map of passed) {
    for (const { key, value } of map?.entries ?? []) {
      const parameter = allowed.get(key.value);
      const values = parameter?.allowedValues ?? [];
      for (const scalar of parameter ? literalsOf(value) : []) {
        // A list parameter's value is checked item by item ("each value in the list must be one of the specified allowed values").
        const written = numberAsWritten(scalar, template.text) ?? String(scalar.value);
        const given = parameter!.list ? written.split(',').map((item) => item.trim()) : [written];
        if (given.every((item) => values.some((value) => sameValue(value, item)))) continue;
        const message =
          `Nested stack '${child.resource.logicalId}' passes '${String(scalar.value)}' for parameter '${key.value}', which ${child.location} ` +
          `allows only ${listOf(values)}${parameter!.list ? ' (item by item)' : ''}: CloudFormation cannot create the nested stack`;
        findings.push(finding('E3043', 'error', message, scalar.span, [...path, 'Parameters', key.value]));
      }
      if (names.has(key.value)) continue;
      const suggestion = closestName(key.value, names);
      const hint = suggestion ? `. Did you mean '${suggestion}'?` : names.size > 0 ? `: it declares ${listOf([...names].sort())}` : ': it declares no parameters';
      findings.push(finding('E3043', 'error', `Parameter '${key.value}' is not declared in ${where}${hint}`, key.span, [...path, 'Parameters', key.value]));
    }
    const missing = required.filter((name) => !map?.entries.some((candidate) => candidate.key.value === name));
    if (missing.length === 0) continue;
    const branch = map !== undefined && map !== entry?.value;
    const span = branch ? map.span : (entry?.key.span ?? child.resource.key.span);
    const list = missing.map((name) => `'${name}'`).join(', ');
    const message =
      `Nested stack '${child.resource.logicalId}' does not pass ${branch ? 'in this Fn::If branch ' : ''}${missing.length === 1 ? 'parameter' : 'parameters'} ${list}, ` +
      `which ${child.location} declares without a Default: CloudFormation cannot create the nested stack without ${missing.length === 1 ? 'it' : 'them'}`;
    findings.push(finding('E3043', 'error', message, span, entry ? [...path, 'Parameters'] : path));
  }
  return findings;
}

/** The same parameter value: the same text, or the same number written two ways (8 and 8.0), which is not judged. */
function sameValue(allowed: string, given: string): boolean {
  if (allowed === given) return true;
  const [a, b] = [Number(allowed), Number(given)];
  return allowed.trim() !== '' && given.trim() !== '' && !Number.isNaN(a) && !Number.isNaN(b) && a === b;
}

/** The literal values a passed parameter can take: itself, or each literal branch of an Fn::If (AWS::NoValue leaves it out). */
function literalsOf(node: TemplateNode): ScalarNode[] {
  if (isScalar(node)) return node.value === null ? [] : [node];
  const branches = valueOf(node, 'Fn::If');
  if (!isMap(node) || node.entries.length !== 1 || !isSeq(branches) || branches.items.length !== 3) return [];
  return [branches.items[1], branches.items[2]].flatMap((branch) => (isNoValue(branch) ? [] : literalsOf(branch)));
}

/**
 * The maps the Parameters property can be, Fn::If branch by branch (undefined for a branch that
 * leaves the property out); undefined when one is computed some other way and cannot be known.
 */
function passedMaps(node: TemplateNode): (MapNode | undefined)[] | undefined {
  if (isNoValue(node)) return [undefined];
  const name = intrinsicName(node);
  if (name === 'Fn::If') {
    const args = (node as MapNode).entries[0].value;
    if (args.kind !== 'seq' || args.items.length !== 3) return undefined;
    const branches = [passedMaps(args.items[1]), passedMaps(args.items[2])];
    return branches.some((branch) => branch === undefined) ? undefined : branches.flatMap((branch) => branch!);
  }
  return isMap(node) && name === undefined ? [node] : undefined;
}

/** `Fn::GetAtt Stack.Outputs.Name` (and `${Stack.Outputs.Name}`) to an output the child template does not declare. */
function outputFindings(template: Template, childOf: (logicalId: string) => { child: LocalChild; template: ChildTemplate } | undefined): Finding[] {
  const index = referenceIndex(template);
  return index.references.flatMap((reference): Finding[] => {
    const { attribute, attributeSpan, attributePath } = reference;
    if (!attribute?.startsWith('Outputs.') || !attributeSpan || !attributePath) return [];
    const target = targetOf(index, reference);
    const found = target?.kind === 'resource' ? childOf(target.name) : undefined;
    const outputs = found?.template.outputs;
    const name = attribute.slice('Outputs.'.length);
    if (!found || !outputs || outputs.includes(name)) return [];
    const suggestion = closestName(name, outputs);
    const hint = suggestion ? `. Did you mean '${suggestion}'?` : outputs.length > 0 ? `: it declares ${listOf([...outputs].sort())}` : ': it declares no outputs';
    const message = `Nested stack '${found.child.resource.logicalId}' has no output '${name}' (${found.child.location})${hint}`;
    const result = finding(reference.kind === 'sub' ? 'E1019' : 'E1010', 'error', message, attributeSpan, attributePath);
    if (suggestion && template.text.slice(attributeSpan.start, attributeSpan.end) === attribute) {
      result.fixes = [{ title: `Change to 'Outputs.${suggestion}'`, edits: [{ span: attributeSpan, newText: `Outputs.${suggestion}` }], preferred: true }];
    }
    return [result];
  });
}
