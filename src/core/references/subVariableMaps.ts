/**
 * The list form of Fn::Sub, `[String, {Var: value}]`: the variables of its map are names of their own
 * inside that string. "VarName: The name of a variable that you included in the String parameter"
 * (Fn::Sub, template reference). Navigation goes from `${Var}` to its key; a rename must not give a
 * parameter or resource a name the map already binds in a string that uses it.
 */
import { memoized } from '../memo';
import { isMap, isSeq, isString, type MapEntry, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import type { Template } from '../template';
import { CollectedReference } from './collectedReference';
import { sourceSpanOf } from './scalarSource';
import { subVariables } from './subVariables';
import type { Declaration, Reference } from './types';

/** One Fn::Sub with a variable map. */
export interface SubVariableMap {
  /** The string whose `${…}` the map binds. */
  text: ScalarNode & { value: string };
  /** The map's entries: each key is a variable of the string. */
  keys: MapEntry[];
  /** Path of the `Fn::Sub` key. */
  path: NodePath;
}

/** A variable of a map, as a declaration, with the places its string uses it. */
export interface SubVariableBinding {
  declaration: Declaration;
  uses: Reference[];
}

/** Every Fn::Sub of the template that has a variable map, in document order. */
export function subVariableMaps(template: Template): SubVariableMap[] {
  return memoized(template, collectSubMaps);
}

/** The map of the Fn::Sub whose string is this node (or stands where it stands), if it has one. */
export function subMapOfText(template: Template, text: ScalarNode): SubVariableMap | undefined {
  return subVariableMaps(template).find((map) => map.text === text || (map.text.span.start === text.span.start && map.text.span.end === text.span.end));
}

/** The variables of every map, each with its uses in the string. */
export function subVariableBindings(template: Template): SubVariableBinding[] {
  return memoized(template, collectBindings);
}

function collectBindings(template: Template): SubVariableBinding[] {
  return subVariableMaps(template).flatMap((map) => map.keys.map((key) => bindingOf(template, map, key)));
}

function bindingOf(template: Template, map: SubVariableMap, key: MapEntry): SubVariableBinding {
  const name = key.key.value;
  const declaration: Declaration = {
    kind: 'subVariable',
    name,
    keySpan: key.key.span,
    nameSpan: sourceSpanOf(template, key.key, 0, name.length).span,
    path: [...map.path, 1, name],
    entry: key,
  };
  const source = { template };
  const uses = subVariables(map.text.value)
    .filter((variable) => variable.expression === name)
    .map((variable) => new CollectedReference('sub', name, map.text, map.path, 'Fn::Sub', source, { start: variable.start, end: variable.start + name.length }));
  return { declaration, uses };
}

function collectSubMaps(template: Template): SubVariableMap[] {
  const found: SubVariableMap[] = [];
  visit(template.root, [], found);
  return found;
}

function visit(node: TemplateNode | undefined, path: NodePath, found: SubVariableMap[]): void {
  if (isSeq(node)) node.items.forEach((item, index) => item.kind !== 'scalar' && visit(item, [...path, index], found));
  if (!isMap(node)) return;
  const map = subMapOf(node, path);
  if (map) found.push(map);
  for (const entry of node.entries) if (entry.value.kind !== 'scalar') visit(entry.value, [...path, entry.key.value], found);
}

function subMapOf(node: MapNode, path: NodePath): SubVariableMap | undefined {
  if (node.entries.length !== 1 || node.entries[0].key.value !== 'Fn::Sub') return undefined;
  const argument = node.entries[0].value;
  const [text, variables] = isSeq(argument) ? argument.items : [];
  if (!isString(text) || !isMap(variables)) return undefined;
  return { text, keys: variables.entries, path: [...path, 'Fn::Sub'] };
}
