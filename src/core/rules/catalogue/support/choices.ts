/**
 * Values read per stack: when the values of some properties all hang on one parameter (a `Ref` to it,
 * or an `Fn::FindInMap` keyed by it, as in `!FindInMap [EnvSettings, !Ref Environment, MaxSize]`),
 * each value a stack may give that parameter fixes all of them at once. A check can then tell that
 * the stacks of one environment fail (MinInstancesInService 4 with a dev MaxSize of 4) where the
 * values taken one by one, mixed across environments, prove nothing.
 */
import { intrinsicName, possibleValues } from './values';
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type ScalarNode, type ScalarValue, type TemplateNode } from '../../../model';
import { keptEntries, sectionOf } from '../../../sections';
import type { CheckContext } from './context';

/** One value a stack may give the parameter. */
export interface Choice {
  parameter: string;
  value: string;
  isDefault: boolean;
}

export interface ChoiceValues {
  choice: Choice;
  /** Per node, in order: every value it can take under this choice (undefined when one is unknown). */
  values: (ScalarValue[] | undefined)[];
}

const MAX_DEPTH = 8;

/** Each choice of the one parameter the nodes hang on, with the nodes' values then; undefined when they hang on none or several. */
export function valuesPerChoice(context: CheckContext, nodes: readonly (TemplateNode | undefined)[]): ChoiceValues[] | undefined {
  const uses = new Map<string, TemplateNode[]>();
  for (const node of nodes) collectUses(node, uses, 0);
  if (uses.size !== 1) return undefined;
  const [[parameter, at]] = uses;
  const declaration = context.parameter(parameter);
  const choices = choicesOf(context, parameter, declaration, at);
  if (!choices) return undefined;
  return choices.map((choice) => {
    const bound: CheckContext = { ...context, parameter: (name) => (name === parameter ? onlyAllowing(choice.value) : context.parameter(name)) };
    return { choice, values: nodes.map((node) => possibleValues(bound, node)) };
  });
}

/** "when Environment is dev (its Default)", "when Environment is dev or test". */
export function choiceWording(choices: readonly Choice[]): string {
  const values = choices.map((choice) => `${choice.value}${choice.isDefault ? ' (its Default)' : ''}`);
  return `when ${choices[0].parameter} is ${values.join(' or ')}`;
}

/** Parameters named by a `Ref` or as an `Fn::FindInMap` top-level key, with where. */
function collectUses(node: TemplateNode | undefined, uses: Map<string, TemplateNode[]>, depth: number): void {
  if (node === undefined || depth > MAX_DEPTH) return;
  const name = intrinsicName(node);
  if (name === 'Ref') {
    const target = valueOf(node, 'Ref');
    if (isString(target) && !target.value.startsWith('AWS::')) add(uses, target.value, node);
  } else if (name === 'Fn::FindInMap') {
    const args = valueOf(node, 'Fn::FindInMap');
    const key = isSeq(args) ? args.items[1] : undefined;
    if (intrinsicName(key) === 'Ref') {
      const target = valueOf(key, 'Ref');
      if (isString(target)) add(uses, target.value, node);
    }
  } else if (name === 'Fn::If') {
    const args = valueOf(node, 'Fn::If');
    if (isSeq(args)) for (const branch of args.items.slice(1)) collectUses(branch, uses, depth + 1);
  }
}

function add(uses: Map<string, TemplateNode[]>, parameter: string, node: TemplateNode): void {
  const list = uses.get(parameter);
  if (list) list.push(node);
  else uses.set(parameter, [node]);
}

/** The parameter's AllowedValues; without them, the keys of the mapping it looks up (only where every use is a lookup). */
function choicesOf(context: CheckContext, parameter: string, declaration: MapNode | undefined, uses: TemplateNode[]): Choice[] | undefined {
  if (!declaration) return undefined;
  const fallback = valueOf(declaration, 'Default');
  const isDefault = (value: string) => isScalar(fallback) && fallback.value !== null && String(fallback.value) === value;
  const allowed = valueOf(declaration, 'AllowedValues');
  let values: string[] | undefined;
  if (isSeq(allowed)) values = allowed.items.every(isScalar) ? allowed.items.map((item) => String((item as ScalarNode).value)) : undefined;
  else if (uses.every((use) => intrinsicName(use) === 'Fn::FindInMap')) values = mappingKeys(context, uses);
  if (!values || values.length < 2) return undefined;
  return [...new Set(values)].map((value) => ({ parameter, value, isDefault: isDefault(value) }));
}

/** The keys of the mappings the lookups read, when they are the same keys. */
function mappingKeys(context: CheckContext, uses: TemplateNode[]): string[] | undefined {
  const mappings = sectionOf(context.template.root, 'Mappings');
  let keys: string[] | undefined;
  for (const use of uses) {
    const args = valueOf(use, 'Fn::FindInMap');
    const mapName = isSeq(args) ? args.items[0] : undefined;
    const mapping = isString(mapName) ? valueOf(mappings, mapName.value) : undefined;
    if (!isMap(mapping)) return undefined;
    const own = keptEntries(mapping).map((entry) => entry.key.value);
    if (keys && (keys.length !== own.length || keys.some((key) => !own.includes(key)))) return undefined;
    keys = own;
  }
  return keys;
}

/** A stand-in declaration: the parameter allows only `value`, so a lookup or `Ref` gives that alone. */
function onlyAllowing(value: string): MapNode {
  const span = { start: 0, end: 0 };
  const scalar = (text: string): ScalarNode & { value: string } => ({ kind: 'scalar', value: text, span, quoted: true });
  return { kind: 'map', span, entries: [{ key: scalar('AllowedValues'), value: { kind: 'seq', span, items: [scalar(value)] }, span }] };
}
