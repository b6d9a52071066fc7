/**
 * A template with its `Fn::ForEach` loops written out, as the AWS::LanguageExtensions transform writes
 * them before CloudFormation reads the template: one copy of a loop's output map per item, `${Id}` and
 * `&{Id}` replaced in keys and text, `Ref: Id` replaced by the item. Checks that read resources as
 * deployed (the exam catalogue) run on it, so a resource declared in a loop is judged like any other.
 *
 * A copy's nodes keep the spans of the body they come from: a finding about a copy points at the loop
 * body, which is where it is fixed. A collection is known when it is a literal list, or a `Ref` to a
 * list parameter with a Default (judged for that Default); a loop over anything else is left out.
 */
import type { Finding } from './findings';
import { forEachLoop, isForEachKey, substituteLoopItems, type LoopScope } from './references/forEach';
import { declaresLanguageExtensions } from './transforms';
import { memoized } from './memo';
import { isMap, isSeq, isString, valueOf, type MapEntry, type MapNode, type ScalarNode, type TemplateNode } from './model';
import { sectionOf } from './sections';
import type { Template } from './template';

/** Above this many copies of one body (nested loops multiply), the rest are left out. */
const MAX_COPIES = 256;
const SECTIONS = ['Conditions', 'Resources', 'Outputs'];

/** The template itself when it has no loop; otherwise a template of the same text whose model has them written out. */
export function withLoopsExpanded(template: Template): Template {
  return memoized(template, expanded);
}

function expanded(template: Template): Template {
  // Most templates have no loop: the text says so without a look at the model.
  if (!template.text.includes('Fn::ForEach::')) return template;
  const root = template.root;
  if (!isMap(root) || !declaresLanguageExtensions(root)) return template;
  let changed = false;
  const entries = root.entries.map((entry) => {
    if (!SECTIONS.includes(entry.key.value) || !isMap(entry.value) || !hasLoop(entry.value)) return entry;
    changed = true;
    return { ...entry, value: new Expansion(root).map(entry.value, new Map()) };
  });
  return changed ? { ...template, root: { ...root, entries } } : template;
}

/** A loop anywhere below: sections are small next to what a check then reads. */
function hasLoop(node: TemplateNode): boolean {
  if (isSeq(node)) return node.items.some(hasLoop);
  if (!isMap(node)) return false;
  return node.entries.some((entry) => isForEachKey(entry.key.value) || hasLoop(entry.value));
}

class Expansion {
  private copies = 0;

  constructor(private readonly root: MapNode) {}

  /** The map with each loop in it replaced by its copies and the scope's items in place. */
  map(node: MapNode, scope: LoopScope): MapNode {
    const entries: MapEntry[] = [];
    const keys = new Set<string>();
    const add = (entry: MapEntry) => {
      if (keys.has(entry.key.value)) return;
      keys.add(entry.key.value);
      entries.push(entry);
    };
    for (const entry of node.entries) {
      if (isForEachKey(entry.key.value)) this.loopCopies(entry.value, scope).forEach(add);
      else add({ key: this.scalar(entry.key, scope) as MapEntry['key'], value: this.value(entry.value, scope), span: entry.span });
    }
    return { ...node, entries };
  }

  private loopCopies(value: TemplateNode, scope: LoopScope): MapEntry[] {
    const loop = forEachLoop(value);
    const items = loop && this.items(loop.collection, scope);
    if (!loop || !items) return [];
    return items.flatMap((item) => {
      if (++this.copies > MAX_COPIES) return [];
      return this.map(loop.outputs, new Map([...scope, [loop.identifier, item]])).entries;
    });
  }

  /** The items of a collection: a literal list (its items may use outer loops' identifiers), or a list parameter's Default. */
  private items(collection: TemplateNode, scope: LoopScope): string[] | undefined {
    const written = this.value(collection, scope);
    if (isSeq(written)) return written.items.every(isString) ? written.items.map((item) => (item as ScalarNode).value as string) : undefined;
    const name = isMap(written) && written.entries.length === 1 && written.entries[0].key.value === 'Ref' ? written.entries[0].value : undefined;
    const parameter = isString(name) ? valueOf(sectionOf(this.root, 'Parameters'), name.value) : undefined;
    const fallback = valueOf(parameter, 'Default');
    if (isString(fallback)) return fallback.value.split(',').map((item) => item.trim());
    return isSeq(fallback) && fallback.items.every(isString) ? fallback.items.map((item) => (item as ScalarNode).value as string) : undefined;
  }

  private value(node: TemplateNode, scope: LoopScope): TemplateNode {
    if (scope.size === 0 && !hasLoop(node)) return node;
    if (isSeq(node)) return { ...node, items: node.items.map((item) => this.value(item, scope)) };
    if (!isMap(node)) return this.scalar(node, scope);
    const only = node.entries.length === 1 ? node.entries[0] : undefined;
    if (only?.key.value === 'Ref' && isString(only.value) && scope.has(only.value.value)) {
      const item = scope.get(only.value.value);
      if (item !== undefined) return { kind: 'scalar', value: item, span: node.span, quoted: true };
    }
    return this.map(node, scope);
  }

  private scalar(node: ScalarNode, scope: LoopScope): ScalarNode {
    if (typeof node.value !== 'string' || scope.size === 0 || !/[$&]\{/.test(node.value)) return node;
    const text = substituteLoopItems(node.value, scope);
    return text === undefined || text === node.value ? node : { ...node, value: text };
  }
}

/**
 * Findings about copies of a loop body: those of one rule at one place are one problem of the body,
 * said once (the first copy's message, with how many other copies share it).
 */
export function onePerLoopBody(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const byPlace = new Map<string, { first: Finding; others: Set<string> }>();
  const kept: Finding[] = [];
  for (const found of findings) {
    const key = `${found.ruleId}:${found.span.start}:${found.span.end}`;
    const place = byPlace.get(key);
    if (!place) {
      byPlace.set(key, { first: found, others: new Set() });
      kept.push(found);
    } else if (found.message !== place.first.message) place.others.add(found.message);
  }
  return kept.map((found) => {
    const others = byPlace.get(`${found.ruleId}:${found.span.start}:${found.span.end}`)!.others.size;
    if (others === 0) return found;
    return { ...found, message: `${found.message} (so ${others === 1 ? 'does 1 other copy' : `do ${others} other copies`} of this Fn::ForEach body)` };
  });
}
