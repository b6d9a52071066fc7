/**
 * What catalogue checks read a template through, built once per template and shared by every
 * check: resources by type and by logical id, and the resource a `Ref`/`Fn::GetAtt` points at.
 */
import { isMap, isSeq, isString, type MapNode, type TemplateNode } from '../../../model';
import { resourceDeclarations, sectionOf, type ResourceDeclaration } from '../../../sections';
import type { Template } from '../../../template';
import { intrinsicName } from '../../exam/values';

export interface CheckContext {
  template: Template;
  /** Resources of these types, in source order. */
  resources(...types: string[]): readonly ResourceDeclaration[];
  /** The resource declared under this logical id. */
  resource(logicalId: string): ResourceDeclaration | undefined;
  /** The resource a `Ref X`, `Fn::GetAtt [X, …]` or `X.Attr` names, when X is a resource here. */
  referenced(node: TemplateNode | undefined): ResourceDeclaration | undefined;
  /** A parameter's declaration map, when the template declares it. */
  parameter(name: string): MapNode | undefined;
  /** Whether the template names this transform (SAM, language extensions, a macro). */
  hasTransform(name: string): boolean;
}

const contexts = new WeakMap<Template, CheckContext>();

export function checkContext(template: Template): CheckContext {
  let context = contexts.get(template);
  if (!context) {
    context = buildContext(template);
    contexts.set(template, context);
  }
  return context;
}

function buildContext(template: Template): CheckContext {
  const all = resourceDeclarations(template.root);
  const byId = new Map<string, ResourceDeclaration>();
  const byType = new Map<string, ResourceDeclaration[]>();
  for (const resource of all) {
    if (!byId.has(resource.logicalId)) byId.set(resource.logicalId, resource);
    if (resource.type === undefined) continue;
    const list = byType.get(resource.type) ?? [];
    list.push(resource);
    byType.set(resource.type, list);
  }
  const parameters = sectionOf(template.root, 'Parameters');
  const transforms = transformNames(template);
  return {
    template,
    resources: (...types) => (types.length === 1 ? (byType.get(types[0]) ?? []) : all.filter((resource) => types.includes(resource.type ?? ''))),
    resource: (logicalId) => byId.get(logicalId),
    referenced: (node) => {
      const logicalId = referencedId(node);
      return logicalId === undefined ? undefined : byId.get(logicalId);
    },
    parameter: (name) => {
      const entry = parameters?.entries.find((candidate) => candidate.key.value === name);
      return isMap(entry?.value) ? entry.value : undefined;
    },
    hasTransform: (name) => transforms.includes(name),
  };
}

/** The logical id in `Ref X`, `Fn::GetAtt [X, A]` or `Fn::GetAtt X.A`. */
export function referencedId(node: TemplateNode | undefined): string | undefined {
  const name = intrinsicName(node);
  if (name !== 'Ref' && name !== 'Fn::GetAtt') return undefined;
  const target = (node as MapNode).entries[0].value;
  if (isString(target)) return name === 'Ref' ? target.value : target.value.split('.')[0];
  if (isSeq(target) && isString(target.items[0])) return target.items[0].value;
  return undefined;
}

function transformNames(template: Template): string[] {
  const transform = template.root && isMap(template.root) ? template.root.entries.find((entry) => entry.key.value === 'Transform')?.value : undefined;
  if (isString(transform)) return [transform.value];
  if (isSeq(transform)) return transform.items.filter(isString).map((item) => item.value);
  return [];
}
