import { entryOf, isMap, type MapEntry, type MapNode, type NodePath, type Span, type TemplateNode } from '../model';
import type { Template } from '../template';

/** One intrinsic function written in the template: `{Fn::Join: …}`, `!Join …`, or a `Fn::ForEach::Name` key. */
export interface FunctionCall {
  /** Long form: 'Fn::Join', 'Ref', 'Condition' (inside conditions), 'Fn::ForEach'. */
  name: string;
  argument: TemplateNode;
  /** The key or the short-form tag. */
  keySpan: Span;
  /** Path to the function key, as cfn-lint reports it: […, 'Fn::Join']. */
  path: NodePath;
  /** The top-level section it is in. */
  section: string;
}

/** Sections whose values may contain intrinsic functions. */
const SECTIONS = ['Conditions', 'Resources', 'Outputs', 'Rules', 'Globals'];

/**
 * Called for each call found, outermost first. `call.path` is the walk's own stack, valid only during
 * the call: copy it to keep it (most calls are checked and let go, so none is copied for them).
 */
export type FunctionCallVisitor = (call: FunctionCall) => void;

/** The calls in one resource: in its key (a Fn::ForEach loop) and its body. */
export function visitResourceFunctionCalls(entry: MapEntry, visit: FunctionCallVisitor): void {
  const here = ['Resources', entry.key.value];
  if (entry.key.value.startsWith('Fn::ForEach::')) visit({ name: 'Fn::ForEach', argument: entry.value, keySpan: entry.key.span, path: here, section: 'Resources' });
  else walk(entry.value, here, 'Resources', false, visit);
}

/**
 * The calls outside resources: in every other section, and under the keys of `Resources` that name a
 * function (`Ref`, `Fn::…` but loops), which are no logical IDs (visitResourceFunctionCalls leaves them here).
 */
export function visitOtherFunctionCalls(template: Template, visit: FunctionCallVisitor): void {
  if (!isMap(template.root)) return;
  for (const section of SECTIONS) {
    const entry = entryOf(template.root, section);
    if (!entry) continue;
    if (section !== 'Resources' || !isMap(entry.value)) walk(entry.value, [section], section, section === 'Conditions', visit);
    else walk({ ...entry.value, entries: entry.value.entries.filter((resource) => isFunctionKey(resource.key.value)) }, [section], section, false, visit, entry.value);
  }
}

/** A key of `Resources` that walk reads as a function, not as a logical ID. */
export function isFunctionKey(key: string): boolean {
  return (key === 'Ref' || key.startsWith('Fn::')) && !key.startsWith('Fn::ForEach::');
}

/**
 * `path` is one stack, pushed and popped as the walk goes (the visitor copies it when it keeps a call).
 * `nameFrom`: the map whose shape says whether it is a function (when `node` holds only some of its entries).
 */
function walk(node: TemplateNode, path: (string | number)[], section: string, inCondition: boolean, visit: FunctionCallVisitor, nameFrom?: MapNode): void {
  if (node.kind === 'scalar') return;
  if (node.kind === 'seq') {
    for (let index = 0; index < node.items.length; index++) {
      path.push(index);
      walk(node.items[index], path, section, inCondition, visit);
      path.pop();
    }
    return;
  }
  const name = functionName(nameFrom ?? node, inCondition);
  for (const { key, value } of node.entries) {
    path.push(key.value);
    if (key.value.startsWith('Fn::ForEach::')) {
      // The loop body is a template for generated names (`Bucket${Name}`): not checked as written.
      visit({ name: 'Fn::ForEach', argument: value, keySpan: key.span, path, section });
    } else {
      if (name) visit({ name, argument: value, keySpan: key.span, path, section });
      const conditionArguments = name === 'Fn::And' || name === 'Fn::Or' || name === 'Fn::Not';
      // Fn::If's branches are values again; the first argument is a condition name.
      if (value.kind !== 'scalar') walk(value, path, section, conditionArguments || (inCondition && name !== 'Fn::If'), visit);
    }
    path.pop();
  }
}

function functionName(map: MapNode, inCondition: boolean): string | undefined {
  if (map.entries.length !== 1) return undefined;
  const key = map.entries[0].key.value;
  if (key === 'Ref' || (key.startsWith('Fn::') && !key.startsWith('Fn::ForEach::'))) return key;
  return key === 'Condition' && inCondition ? key : undefined;
}
