import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import { shortFormOf } from '../intrinsics';
import type { MapNode, TemplateNode } from '../model';

/** Scalar lists up to this length stay on one line, as in `!GetAtt [Asg, Arn]`. */
const FLOW_LIST_MAX_CHARS = 60;

/**
 * YAML text for a template model, with intrinsic functions in short form (`!Sub`, `!GetAtt`…)
 * wherever YAML allows one: a tag cannot sit directly on another tag, so in `Fn::Base64` of
 * `Fn::Sub` the outer function keeps its long form.
 */
export function modelToYaml(root: TemplateNode | undefined): string {
  const doc = new Document(undefined, { version: '1.1' });
  doc.contents = root ? toYamlNode(root, false) : null;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}

function toYamlNode(node: TemplateNode, intrinsicArgument: boolean): YamlNode {
  if (node.kind === 'scalar') return new Scalar(node.value);
  if (node.kind === 'seq') {
    const seq = new YAMLSeq();
    seq.items = node.items.map((item) => toYamlNode(item, false));
    seq.flow = node.items.length === 0 || (intrinsicArgument && isShortFlatList(node.items));
    return seq;
  }
  const tag = shortTagFor(node);
  if (tag) {
    const argument = toYamlNode(node.entries[0].value, true);
    argument.tag = tag;
    return argument;
  }
  const map = new YAMLMap();
  map.items = node.entries.map((entry) => new Pair(new Scalar(entry.key.value), toYamlNode(entry.value, isIntrinsicKey(entry.key.value))));
  map.flow = node.entries.length === 0;
  return map;
}

/**
 * The short-form tag for a one-entry intrinsic map, unless its argument is itself a short-form
 * intrinsic or a non-string scalar.
 */
function shortTagFor(node: MapNode): string | undefined {
  if (node.entries.length !== 1) return undefined;
  const [entry] = node.entries;
  const tag = shortFormOf(entry.key.value);
  if (!tag) return undefined;
  if (entry.value.kind === 'map' && shortTagFor(entry.value)) return undefined;
  // A tagged YAML scalar is always read as a string, so `!GetAZs null` would not mean null.
  if (entry.value.kind === 'scalar' && typeof entry.value.value !== 'string') return undefined;
  return tag;
}

function isIntrinsicKey(key: string): boolean {
  return shortFormOf(key) !== undefined;
}

/** Scalars and short-form functions of a scalar, e.g. `[!Ref Env, prod]`, short enough for one line. */
function isShortFlatList(items: TemplateNode[]): boolean {
  let chars = 0;
  for (const item of items) {
    const scalar = item.kind === 'map' && shortTagFor(item) ? item.entries[0].value : item;
    if (scalar.kind !== 'scalar' || (typeof scalar.value === 'string' && scalar.value.includes('\n'))) return false;
    chars += String(scalar.value).length + (scalar === item ? 2 : 12);
  }
  return chars <= FLOW_LIST_MAX_CHARS;
}
