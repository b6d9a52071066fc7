import { isMap, isSeq, isString, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import { sectionOf } from '../sections';
import type { Template } from '../template';
import { sourceSpanOf } from './scalarSource';
import { subVariables } from './subVariables';
import type { Reference, ReferenceKind } from './types';

interface Context {
  /** The resource whose body is being walked. */
  resource?: string;
  /** Inside Conditions or a condition function, where `{Condition: Name}` is a function. */
  inCondition: boolean;
}

interface Collected {
  references: Reference[];
  hasForEach: boolean;
}

/** Sections whose values may hold intrinsic functions; Parameters, Mappings and Metadata may not. */
const WALKED_SECTIONS = ['Rules', 'Globals'];

/** Every reference to a name in the template, in source order of the sections walked. */
export function collectReferences(template: Template): Collected {
  const collector = new Collector(template);
  collector.run();
  return { references: collector.references, hasForEach: collector.hasForEach };
}

class Collector {
  readonly references: Reference[] = [];
  hasForEach = false;

  constructor(private readonly template: Template) {}

  run(): void {
    const root = this.template.root;
    for (const entry of sectionOf(root, 'Conditions')?.entries ?? []) {
      if (entry.key.value.startsWith('Fn::ForEach::')) this.hasForEach = true;
      else this.walk(entry.value, ['Conditions', entry.key.value], { inCondition: true });
    }
    for (const entry of sectionOf(root, 'Resources')?.entries ?? []) this.resource(entry.key.value, entry.value);
    for (const entry of sectionOf(root, 'Outputs')?.entries ?? []) this.output(entry.key.value, entry.value);
    for (const section of WALKED_SECTIONS) {
      for (const entry of sectionOf(root, section)?.entries ?? []) {
        this.walk(entry.value, [section, entry.key.value], { inCondition: false });
      }
    }
  }

  private resource(logicalId: string, body: TemplateNode): void {
    if (logicalId.startsWith('Fn::ForEach::')) {
      this.hasForEach = true;
      return;
    }
    if (!isMap(body)) return;
    const path = ['Resources', logicalId];
    const context = { resource: logicalId, inCondition: false };
    for (const { key, value } of body.entries) {
      const here = [...path, key.value];
      if (key.value === 'Type') continue;
      if (key.value === 'DependsOn') this.dependsOn(value, here, logicalId);
      else if (key.value === 'Condition') this.conditionName(value, here, 'Condition', context);
      else this.walk(value, here, context);
    }
  }

  private output(name: string, body: TemplateNode): void {
    if (name.startsWith('Fn::ForEach::')) {
      this.hasForEach = true;
      return;
    }
    if (!isMap(body)) return;
    for (const { key, value } of body.entries) {
      const here = ['Outputs', name, key.value];
      if (key.value === 'Condition') this.conditionName(value, here, 'Condition', { inCondition: false });
      else this.walk(value, here, { inCondition: false });
    }
  }

  private dependsOn(value: TemplateNode, path: NodePath, from: string): void {
    if (isString(value)) this.whole('dependsOn', value, path, 'DependsOn', { resource: from, inCondition: false });
    else if (isSeq(value)) {
      value.items.forEach((item, index) => {
        if (isString(item)) this.whole('dependsOn', item, [...path, index], 'DependsOn', { resource: from, inCondition: false });
      });
    }
  }

  private conditionName(value: TemplateNode, path: NodePath, via: string, context: Context): void {
    if (isString(value)) this.whole('condition', value, path, via, context);
    else this.walk(value, path, context);
  }

  private walk(node: TemplateNode | undefined, path: NodePath, context: Context): void {
    if (!node || node.kind === 'scalar') return;
    if (node.kind === 'seq') {
      // Scalars hold no reference (names come through functions): no path to build for them.
      node.items.forEach((item, index) => item.kind !== 'scalar' && this.walk(item, [...path, index], context));
      return;
    }
    if (this.isFunction(node, context)) {
      this.function(node.entries[0].key.value, node.entries[0].value, [...path, node.entries[0].key.value], context);
      return;
    }
    for (const { key, value } of node.entries) {
      if (key.value.startsWith('Fn::ForEach::')) this.hasForEach = true;
      else if (value.kind !== 'scalar') this.walk(value, [...path, key.value], context);
    }
  }

  private isFunction(node: MapNode, context: Context): boolean {
    if (node.entries.length !== 1) return false;
    const key = node.entries[0].key.value;
    return key === 'Ref' || (key.startsWith('Fn::') && !key.startsWith('Fn::ForEach::')) || (key === 'Condition' && context.inCondition);
  }

  private function(name: string, argument: TemplateNode, path: NodePath, context: Context): void {
    switch (name) {
      case 'Ref':
        if (isString(argument)) this.whole('ref', argument, path, 'Ref', context);
        else this.walk(argument, path, context);
        return;
      case 'Condition':
        this.conditionName(argument, path, 'Condition', context);
        return;
      case 'Fn::GetAtt':
        this.getAtt(argument, path, context);
        return;
      case 'Fn::Sub':
        this.sub(argument, path, context);
        return;
      case 'Fn::If':
        this.fnIf(argument, path, context);
        return;
      case 'Fn::FindInMap':
        this.findInMap(argument, path, context);
        return;
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        this.walk(argument, path, { ...context, inCondition: true });
        return;
      default:
        this.walk(argument, path, context);
    }
  }

  private getAtt(argument: TemplateNode, path: NodePath, context: Context): void {
    if (isString(argument)) {
      const dot = argument.value.indexOf('.');
      const name = dot < 0 ? argument.value : argument.value.slice(0, dot);
      const attribute = dot < 0 ? undefined : argument.value.slice(dot + 1);
      this.add('getatt', name, argument, 0, [...path, 0], 'Fn::GetAtt', context, attribute);
      if (attribute !== undefined) this.withAttribute(argument, dot + 1, attribute.length, [...path, 1]);
      return;
    }
    if (!isSeq(argument)) return this.walk(argument, path, context);
    const [resource, attribute] = argument.items;
    if (isString(resource)) {
      const attributeName = isString(attribute) ? attribute.value : undefined;
      this.add('getatt', resource.value, resource, 0, [...path, 0], 'Fn::GetAtt', context, attributeName);
      if (isString(attribute)) this.withAttribute(attribute, 0, attribute.value.length, [...path, 1]);
    }
    argument.items.forEach((item, index) => {
      if (!(index === 0 && isString(item))) this.walk(item, [...path, index], context);
    });
  }

  private sub(argument: TemplateNode, path: NodePath, context: Context): void {
    const [text, variables] = isSeq(argument) ? argument.items : [argument, undefined];
    const local = new Set(isMap(variables) ? variables.entries.map((entry) => entry.key.value) : []);
    if (isString(text)) {
      for (const variable of subVariables(text.value)) {
        if (local.has(variable.expression)) continue;
        const dot = variable.expression.indexOf('.');
        const name = dot < 0 ? variable.expression : variable.expression.slice(0, dot);
        const attribute = dot < 0 ? undefined : variable.expression.slice(dot + 1);
        this.add('sub', name, text, variable.start, path, 'Fn::Sub', context, attribute);
        if (attribute !== undefined) this.withAttribute(text, variable.start + dot + 1, attribute.length, path);
        if (variables) this.references[this.references.length - 1].subHasVariables = true;
      }
    } else this.walk(text, isSeq(argument) ? [...path, 0] : path, context);
    if (variables) this.walk(variables, [...path, 1], context);
  }

  private fnIf(argument: TemplateNode, path: NodePath, context: Context): void {
    if (!isSeq(argument)) return this.walk(argument, path, context);
    argument.items.forEach((item, index) => {
      if (index === 0 && isString(item)) this.whole('condition', item, [...path, 0], 'Fn::If', context);
      else this.walk(item, [...path, index], { ...context, inCondition: false });
    });
  }

  private findInMap(argument: TemplateNode, path: NodePath, context: Context): void {
    if (!isSeq(argument)) return this.walk(argument, path, context);
    const [map, top, second] = argument.items;
    if (isString(map)) {
      this.whole('findInMap', map, [...path, 0], 'Fn::FindInMap', context);
      if (isString(top)) {
        this.whole('mappingKey', top, [...path, 1], 'Fn::FindInMap', context, [map.value]);
        if (isString(second)) this.whole('mappingKey', second, [...path, 2], 'Fn::FindInMap', context, [map.value, top.value]);
      }
    }
    argument.items.forEach((item, index) => {
      if (!isString(item) || index > 2) this.walk(item, [...path, index], context);
    });
  }

  /** Adds where the attribute of the reference just added is written. */
  private withAttribute(node: ScalarNode, at: number, length: number, path: NodePath): void {
    const reference = this.references[this.references.length - 1];
    reference.attributeSpan = sourceSpanOf(this.template, node, at, at + length).span;
    reference.attributePath = path;
  }

  private whole(kind: ReferenceKind, node: ScalarNode & { value: string }, path: NodePath, via: string, context: Context, parents?: string[]): void {
    this.add(kind, node.value, node, 0, path, via, context, undefined, parents);
  }

  private add(
    kind: ReferenceKind,
    name: string,
    node: ScalarNode,
    at: number,
    path: NodePath,
    via: string,
    context: Context,
    attribute?: string,
    parents?: string[],
  ): void {
    const { span, exact } = sourceSpanOf(this.template, node, at, at + name.length);
    const reference: Reference = { kind, name, span, exact, node, path, via };
    if (attribute !== undefined) reference.attribute = attribute;
    if (parents) reference.parents = parents;
    if (context.resource) reference.fromResource = context.resource;
    this.references.push(reference);
  }
}
