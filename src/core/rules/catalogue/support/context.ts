/**
 * What catalogue checks read a template through, built once per template and shared by every
 * check: resources by type and by logical id, and the resource a `Ref`/`Fn::GetAtt` points at.
 */
import { entryOf, isMap, isSeq, isString, type MapNode, type TemplateNode } from '../../../model';
import { parameterDeclaration, resourceById, resourcesOfTypes, type ResourceDeclaration } from '../../../sections';
import type { RuleReads } from '../../rule';
import type { Template } from '../../../template';
import { memoized } from '../../../memo';
import { intrinsicName } from '../../exam/values';
import { textMentions } from '../../../textMentions';

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
  /** Whether the text anywhere matches: the one way a check searches the whole text (it then depends on all of it). */
  mentions(pattern: RegExp | string): boolean;
}

export function checkContext(template: Template): CheckContext {
  return memoized(template, buildContext);
}

function buildContext(template: Template): CheckContext {
  const root = template.root;
  const transforms = transformNames(template);
  // Several checks search the text for the same thing (a dynamic reference, a helper script call).
  const mentioned = new Map<string, boolean>();
  const words = textMentions(template);
  return {
    template,
    resources: (...types) => resourcesOfTypes(root, types),
    resource: (logicalId) => resourceById(root, logicalId),
    referenced: (node) => {
      const logicalId = referencedId(node);
      return logicalId === undefined ? undefined : resourceById(root, logicalId);
    },
    parameter: (name) => parameterDeclaration(root, name),
    hasTransform: (name) => transforms.includes(name),
    mentions: (pattern) => {
      if (typeof pattern === 'string') return words.anyOf([pattern]);
      const key = `${pattern.source}\u0000${pattern.flags}`;
      let found = mentioned.get(key);
      if (found === undefined) mentioned.set(key, (found = fromTheStart(pattern).test(template.text)));
      return found;
    },
  };
}

/** The pattern itself, or without `g` and `y` (whose `test` starts where the last one stopped). */
function fromTheStart(pattern: RegExp): RegExp {
  return pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
}

/**
 * The context for one check's run, noting in `reads` what the check reads: the types it lists, the
 * logical ids it reaches, and `everything` once it reads the tree itself (`template.root`) or searches
 * the whole text. Checks read `template.text` only around nodes the context gave them (to build fixes).
 * Each run gets its own `template` stand-in, so a helper's cache keyed by it never hides a read.
 */
export function recordingContext(template: Template, reads: RuleReads): CheckContext {
  const base = checkContext(template);
  const recorded = new Proxy(template, {
    get(target, key) {
      if (key === 'root') reads.everything = true;
      return Reflect.get(target, key);
    },
  });
  return {
    template: recorded,
    resources: (...types) => {
      for (const type of types) reads.types.add(type);
      return base.resources(...types);
    },
    resource: (logicalId) => {
      reads.ids.add(logicalId);
      return base.resource(logicalId);
    },
    referenced: (node) => {
      const logicalId = referencedId(node);
      if (logicalId === undefined) return undefined;
      reads.ids.add(logicalId);
      return base.resource(logicalId);
    },
    parameter: base.parameter,
    hasTransform: base.hasTransform,
    mentions: (pattern) => {
      reads.everything = true;
      return base.mentions(pattern);
    },
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
  const transform = template.root && isMap(template.root) ? entryOf(template.root, 'Transform')?.value : undefined;
  if (isString(transform)) return [transform.value];
  if (isSeq(transform)) return transform.items.filter(isString).map((item) => item.value);
  return [];
}
