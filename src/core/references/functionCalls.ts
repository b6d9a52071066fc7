import { isMap, type MapEntry, type MapNode, type NodePath, type Span, type TemplateNode } from '../model';
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

/** Every intrinsic function call, outermost first. */
export function functionCalls(template: Template): FunctionCall[] {
  const calls: FunctionCall[] = [];
  if (!isMap(template.root)) return calls;
  for (const section of SECTIONS) {
    const entry = template.root.entries.find((candidate) => candidate.key.value === section);
    if (entry) walk(entry.value, [section], section, section === 'Conditions', calls);
  }
  return calls;
}

/** The calls in one resource: in its key (a Fn::ForEach loop) and its body. */
export function resourceFunctionCalls(entry: MapEntry): FunctionCall[] {
  const calls: FunctionCall[] = [];
  const here = ['Resources', entry.key.value];
  if (entry.key.value.startsWith('Fn::ForEach::')) calls.push({ name: 'Fn::ForEach', argument: entry.value, keySpan: entry.key.span, path: here, section: 'Resources' });
  else walk(entry.value, here, 'Resources', false, calls);
  return calls;
}

/**
 * The calls outside resources: in every other section, and under the keys of `Resources` that name a
 * function (`Ref`, `Fn::…` but loops), which are no logical IDs (resourceFunctionCalls leaves them here).
 */
export function otherFunctionCalls(template: Template): FunctionCall[] {
  const calls: FunctionCall[] = [];
  if (!isMap(template.root)) return calls;
  for (const section of SECTIONS) {
    const entry = template.root.entries.find((candidate) => candidate.key.value === section);
    if (!entry) continue;
    if (section !== 'Resources' || !isMap(entry.value)) walk(entry.value, [section], section, section === 'Conditions', calls);
    else walk({ ...entry.value, entries: entry.value.entries.filter((resource) => isFunctionKey(resource.key.value)) }, [section], section, false, calls, entry.value);
  }
  return calls;
}

/** A key of `Resources` that walk reads as a function, not as a logical ID. */
export function isFunctionKey(key: string): boolean {
  return (key === 'Ref' || key.startsWith('Fn::')) && !key.startsWith('Fn::ForEach::');
}

/**
 * `path` is one stack, pushed and popped as the walk goes (copied only for a call found: most nodes are
 * none). `nameFrom`: the map whose shape says whether it is a function (when `node` holds only some of its entries).
 */
function walk(node: TemplateNode, path: (string | number)[], section: string, inCondition: boolean, calls: FunctionCall[], nameFrom?: MapNode): void {
  if (node.kind === 'scalar') return;
  if (node.kind === 'seq') {
    for (let index = 0; index < node.items.length; index++) {
      path.push(index);
      walk(node.items[index], path, section, inCondition, calls);
      path.pop();
    }
    return;
  }
  const name = functionName(nameFrom ?? node, inCondition);
  for (const { key, value } of node.entries) {
    path.push(key.value);
    if (key.value.startsWith('Fn::ForEach::')) {
      // The loop body is a template for generated names (`Bucket${Name}`): not checked as written.
      calls.push({ name: 'Fn::ForEach', argument: value, keySpan: key.span, path: path.slice(), section });
    } else {
      if (name) calls.push({ name, argument: value, keySpan: key.span, path: path.slice(), section });
      const conditionArguments = name === 'Fn::And' || name === 'Fn::Or' || name === 'Fn::Not';
      // Fn::If's branches are values again; the first argument is a condition name.
      if (value.kind !== 'scalar') walk(value, path, section, conditionArguments || (inCondition && name !== 'Fn::If'), calls);
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
