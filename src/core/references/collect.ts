import { isMap, isSeq, isString, valueOf, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import { sectionOf } from '../sections';
import type { Template } from '../template';
import { keep, kept, memoKey } from '../memo';
import { forEachLoop, generatedName, generatesMore, isForEachKey, keyInCopy, loopScopes, type GeneratedName, type LoopScope } from './forEach';
import { CollectedReference, type ReferenceSource } from './collectedReference';
import { placeInLoop, subbedNameText } from './loopReferences';
import { subVariables } from './subVariables';
import type { DeclarationKind, Reference, ReferenceKind } from './types';

interface Context {
  /** The resource whose body is being walked. */
  resource?: string;
  /** Inside Conditions or a condition function, where `{Condition: Name}` is a function. */
  inCondition: boolean;
  /** Inside a Fn::ForEach body: the loop identifiers and their items in this copy of it. */
  scope?: LoopScope;
  /** How many copies of the body the loops around it make. */
  copies?: number;
  /** False in every copy of a loop body but the first, so that `references` holds each place once. */
  primary?: boolean;
}

interface Collected {
  references: Reference[];
  /** Every reference in a loop body, once per copy, with the loop items in its name and path. */
  loopReferences: Reference[];
  /** Names Fn::ForEach loops declare in Conditions, Resources and Outputs. */
  generated: GeneratedName[];
  /** A loop of another shape declares names that cannot be known. */
  opaqueForEach: boolean;
}

/** Sections whose values may hold intrinsic functions; Parameters, Mappings and Metadata may not. */
const WALKED_SECTIONS = ['Rules', 'Globals'];

const DECLARING_SECTIONS: Readonly<Record<string, DeclarationKind>> = { Conditions: 'condition', Resources: 'resource', Outputs: 'output' };

/**
 * What a resource outside any loop yields, kept per body: a resource an edit left alone keeps the same
 * nodes (the re-parse reuses them), so its references are taken again instead of walked again.
 */
interface ResourceYield {
  name: string;
  source: ReferenceSource;
  references: Reference[];
  loopReferences: Reference[];
}

/** What a resource's body yielded, kept on the body: a resource an edit left alone is not walked again. */
const RESOURCE_YIELD = memoKey<ResourceYield>('references of a resource');

/** Every reference to a name in the template, in source order of the sections walked. */
export function collectReferences(template: Template): Collected {
  const collector = new Collector(template);
  collector.run();
  return collector;
}

class Collector {
  readonly references: Reference[] = [];
  readonly loopReferences: Reference[] = [];
  readonly generated: GeneratedName[] = [];
  opaqueForEach = false;

  private source: ReferenceSource;

  constructor(private readonly template: Template) {
    this.source = { template };
  }

  run(): void {
    const root = this.template.root;
    for (const section of Object.keys(DECLARING_SECTIONS)) {
      for (const entry of sectionOf(root, section)?.entries ?? []) this.sectionEntry(section, entry.key.value, entry.value, { inCondition: false });
    }
    for (const section of WALKED_SECTIONS) {
      for (const entry of sectionOf(root, section)?.entries ?? []) {
        this.walk(entry.value, [section, entry.key.value], { inCondition: false });
      }
    }
  }

  /** A condition, resource or output, or a loop that declares some. */
  private sectionEntry(section: string, key: string, value: TemplateNode, context: Context): void {
    if (isForEachKey(key)) {
      const shaped = this.loop(key, value, [section], context, (outputs, inner) => {
        for (const entry of outputs.entries) this.sectionEntry(section, entry.key.value, entry.value, inner);
      });
      if (!shaped) this.opaqueForEach = true;
      return;
    }
    const name = keyInCopy(key, context.scope);
    if (context.scope) {
      const generated = generatedName(DECLARING_SECTIONS[section], key, context.scope, generatesMore(value));
      const type = section === 'Resources' ? valueOf(value, 'Type') : undefined;
      if (isString(type)) generated.type = type.value;
      this.generated.push(generated);
    }
    if (section === 'Resources') this.resource(name, value, context);
    else if (section === 'Outputs') this.output(name, value, context);
    else this.walk(value, ['Conditions', name], { ...context, inCondition: true });
  }

  /** A Fn::ForEach: its collection, then each copy of its output map; false when it has another shape. */
  private loop(key: string, value: TemplateNode, path: NodePath, context: Context, visit: (outputs: MapNode, inner: Context) => void): boolean {
    const loop = forEachLoop(value);
    if (!loop) return false;
    this.walk(loop.collection, [...path, key, 1], context);
    const copies = context.copies ?? 1;
    const scopes = loopScopes(loop, context.scope ?? new Map(), copies);
    scopes.forEach((scope, i) => visit(loop.outputs, { ...context, scope, copies: copies * scopes.length, primary: context.primary !== false && i === 0 }));
    return true;
  }

  /** A loop inside a value: its copies of the output map join the map the loop is written in. */
  private nestedLoop(key: string, value: TemplateNode, path: NodePath, context: Context): void {
    this.loop(key, value, path, context, (outputs, inner) => this.walkEntries(outputs, path, inner));
  }

  private resource(logicalId: string, body: TemplateNode, outer: Context): void {
    if (!isMap(body)) return;
    if (outer.scope) return this.walkResource(logicalId, body, outer);
    const yielded = kept(body, RESOURCE_YIELD);
    if (yielded && yielded.name === logicalId) {
      yielded.source.template = this.template;
      this.references.push(...yielded.references);
      this.loopReferences.push(...yielded.loopReferences);
      return;
    }
    const { references, loopReferences, source } = this;
    const from = { references: references.length, loopReferences: loopReferences.length };
    this.source = { template: this.template };
    this.walkResource(logicalId, body, outer);
    keep(body, RESOURCE_YIELD, {
      name: logicalId,
      source: this.source,
      references: references.slice(from.references),
      loopReferences: loopReferences.slice(from.loopReferences),
    });
    this.source = source;
  }

  private walkResource(logicalId: string, body: MapNode, outer: Context): void {
    const path = ['Resources', logicalId];
    const context = { ...outer, resource: logicalId };
    for (const { key, value } of body.entries) {
      const here = [...path, key.value];
      if (key.value === 'Type') continue;
      if (isForEachKey(key.value)) this.nestedLoop(key.value, value, path, context);
      else if (key.value === 'DependsOn') this.dependsOn(value, here, context);
      else if (key.value === 'Condition') this.conditionName(value, here, 'Condition', context);
      else this.walk(value, here, context);
    }
  }

  private output(name: string, body: TemplateNode, context: Context): void {
    if (!isMap(body)) return;
    for (const { key, value } of body.entries) {
      const here = ['Outputs', name, key.value];
      if (key.value === 'Condition') this.conditionName(value, here, 'Condition', context);
      else this.walk(value, here, context);
    }
  }

  private dependsOn(value: TemplateNode, path: NodePath, context: Context): void {
    const names = isSeq(value) ? value.items.map((item, index) => ({ item, at: [...path, index] })) : [{ item: value, at: path }];
    for (const { item, at } of names) if (isString(item)) this.whole('dependsOn', item, at, 'DependsOn', context);
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
    this.walkEntries(node, path, context);
  }

  private walkEntries(node: MapNode, path: NodePath, context: Context): void {
    for (const { key, value } of node.entries) {
      if (isForEachKey(key.value)) this.nestedLoop(key.value, value, path, context);
      else if (value.kind !== 'scalar') this.walk(value, [...path, keyInCopy(key.value, context.scope)], context);
    }
  }

  private isFunction(node: MapNode, context: Context): boolean {
    if (node.entries.length !== 1) return false;
    const key = node.entries[0].key.value;
    return key === 'Ref' || (key.startsWith('Fn::') && !isForEachKey(key)) || (key === 'Condition' && context.inCondition);
  }

  private function(name: string, argument: TemplateNode, path: NodePath, context: Context): void {
    switch (name) {
      case 'Ref':
        if (isString(argument)) this.whole('ref', argument, path, 'Ref', context);
        else if (!this.subbedName('ref', argument, path, 'Ref', context)) this.walk(argument, path, context);
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
      const reference = this.add('getatt', name, argument, 0, [...path, 0], 'Fn::GetAtt', context, attribute);
      if (attribute !== undefined) this.withAttribute(reference, argument, dot + 1, attribute.length, [...path, 1]);
      return;
    }
    if (!isSeq(argument)) return this.walk(argument, path, context);
    const [resource, attribute] = argument.items;
    const attributeName = isString(attribute) ? attribute.value : undefined;
    if (isString(resource)) {
      const reference = this.add('getatt', resource.value, resource, 0, [...path, 0], 'Fn::GetAtt', context, attributeName);
      if (isString(attribute)) this.withAttribute(reference, attribute, 0, attribute.value.length, [...path, 1]);
    }
    const resourceDone = isString(resource) || this.subbedName('getatt', resource, [...path, 0], 'Fn::GetAtt', context, attributeName);
    argument.items.forEach((item, index) => {
      if (!(index === 0 && resourceDone)) this.walk(item, [...path, index], context);
    });
  }

  private sub(argument: TemplateNode, path: NodePath, context: Context): void {
    const [text, variables] = isSeq(argument) ? argument.items : [argument, undefined];
    const local = new Set(isMap(variables) ? variables.entries.map((entry) => entry.key.value) : []);
    if (isString(text)) {
      for (const variable of subVariables(text.value)) {
        // In a loop body `${Name${Id}}` is written out before Fn::Sub reads it: left alone.
        if (local.has(variable.expression) || (context.scope && variable.expression.includes('{'))) continue;
        const dot = variable.expression.indexOf('.');
        const name = dot < 0 ? variable.expression : variable.expression.slice(0, dot);
        const attribute = dot < 0 ? undefined : variable.expression.slice(dot + 1);
        const reference = this.add('sub', name, text, variable.start, path, 'Fn::Sub', context, attribute);
        if (attribute !== undefined) this.withAttribute(reference, text, variable.start + dot + 1, attribute.length, path);
        if (variables && reference) reference.subHasVariables = true;
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

  /** Adds where the attribute of a reference is written. */
  private withAttribute(reference: CollectedReference | undefined, node: ScalarNode, at: number, length: number, path: NodePath): void {
    if (!reference) return;
    reference.locateAttribute(node, at, at + length, path);
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
  ): CollectedReference | undefined {
    const reference = new CollectedReference(kind, name, node, path, via, this.source, { start: at, end: at + name.length });
    if (attribute !== undefined) reference.attribute = attribute;
    if (parents) reference.parents = parents;
    if (context.scope) return this.addInLoop(reference, context.scope, context.primary !== false);
    if (context.resource) reference.fromResource = context.resource;
    this.references.push(reference);
    return reference;
  }

  /** A reference in a loop body: every copy is checked; `references` holds the plain ones once, for navigation. */
  private addInLoop(reference: CollectedReference, scope: LoopScope, primary: boolean): CollectedReference | undefined {
    const placed = placeInLoop(reference, scope);
    if (placed === 'skip') return undefined;
    this.loopReferences.push(reference);
    if (placed === 'plain' && primary) this.references.push(reference);
    return reference;
  }

  /** `Ref`/`Fn::GetAtt` of `{Fn::Sub: 'Name${Id}'}` in a loop body names what the transform writes out. */
  private subbedName(kind: ReferenceKind, argument: TemplateNode, path: NodePath, via: string, context: Context, attribute?: string): boolean {
    const text = context.scope && subbedNameText(argument, context.scope);
    if (!text) return false;
    this.add(kind, text.value, text, 0, path, via, context, attribute);
    return true;
  }
}
