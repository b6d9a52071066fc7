import { isSeq, isString, valueOf, type TemplateNode } from '../model';
import { memoized } from '../memo';
import type { Template } from '../template';
import { collectReferences } from './collect';
import { collectDeclarations } from './declarations';
import type { GeneratedName } from './forEach';
import { interfaceReferences } from './interfaceReferences';
import { isGeneratedName } from './sam';
import { isPseudoParameter, type Declaration, type DeclarationKind, type Reference, type ReferenceKind } from './types';

/** Declarations and references of one template. */
export interface ReferenceIndex {
  declarations: Declaration[];
  references: Reference[];
  /** `Transform: AWS::Serverless-2016-10-31`: SAM generates resources the template does not declare. */
  isSam: boolean;
  /** Transforms named in the template (macros may add names we cannot see). */
  transforms: string[];
  /** References written in Fn::ForEach bodies, once per copy the transform writes out (not navigated). */
  loopReferences: Reference[];
  /** Names Fn::ForEach loops declare (exact, or patterns when a collection is not a literal list). */
  generated: GeneratedName[];
  /** A Fn::ForEach of another shape: the names it declares cannot be known. */
  opaqueForEach: boolean;
  /** The declaration of this kind and name, if any. */
  find(kind: DeclarationKind, name: string, parents?: string[]): Declaration | undefined;
}

export function referenceIndex(template: Template): ReferenceIndex {
  return memoized(template, buildIndex);
}

function buildIndex(template: Template): ReferenceIndex {
  const declarations = collectDeclarations(template);
  const { references, loopReferences, generated, opaqueForEach } = collectReferences(template);
  const fromInterface = interfaceReferences(template);
  // Names without parents (all but mapping keys) by kind, so a look-up builds no key.
  const byKind = new Map<DeclarationKind, Map<string, Declaration>>();
  const byKey = new Map<string, Declaration>();
  for (const declaration of declarations) {
    if (declaration.parents?.length) {
      const key = keyOf(declaration.kind, declaration.name, declaration.parents);
      // Of a name declared twice (a key written twice), the last copy, the one CloudFormation keeps.
      byKey.set(key, declaration);
      continue;
    }
    let names = byKind.get(declaration.kind);
    if (!names) byKind.set(declaration.kind, (names = new Map()));
    names.set(declaration.name, declaration);
  }
  const transforms = transformNames(valueOf(template.root, 'Transform'));
  return {
    declarations,
    references: fromInterface.length > 0 ? [...references, ...fromInterface] : references,
    isSam: transforms.includes('AWS::Serverless-2016-10-31'),
    transforms,
    loopReferences,
    generated,
    opaqueForEach,
    find: (kind, name, parents) => (parents?.length ? byKey.get(keyOf(kind, name, parents)) : byKind.get(kind)?.get(name)),
  };
}

function keyOf(kind: DeclarationKind, name: string, parents: string[] = []): string {
  return [kind, ...parents, name].join('\u0000');
}

function transformNames(transform: TemplateNode | undefined): string[] {
  if (isString(transform)) return [transform.value];
  if (isSeq(transform)) return transform.items.flatMap((item) => transformNames(item));
  const name = valueOf(transform, 'Name');
  if (isString(name)) return [name.value];
  return transform ? ['(macro)'] : [];
}

/** The kinds of declaration a reference of this kind can point to. */
export const TARGET_KINDS: Record<ReferenceKind, readonly DeclarationKind[]> = {
  ref: ['parameter', 'resource'],
  sub: ['parameter', 'resource'],
  getatt: ['resource'],
  dependsOn: ['resource'],
  condition: ['condition'],
  findInMap: ['mapping'],
  mappingKey: ['mappingKey'],
  interfaceParameter: ['parameter'],
};

/** What a reference points to in this template (undefined for pseudo parameters and unknown names). */
export function targetOf(index: ReferenceIndex, reference: Reference): Declaration | undefined {
  // Kept per index: several rules ask for every reference.
  const known = memoized(index, newTargets);
  let target = known.get(reference);
  if (target === undefined) {
    target = null;
    const kinds = reference.kind === 'sub' && reference.attribute !== undefined ? ['resource' as const] : TARGET_KINDS[reference.kind];
    for (const kind of kinds) {
      target = index.find(kind, reference.name, reference.parents) ?? null;
      if (target) break;
    }
    known.set(reference, target);
  }
  return target ?? undefined;
}

function newTargets(): Map<Reference, Declaration | null> {
  return new Map();
}

/**
 * Whether a reference names something that exists although this template does not declare it:
 * a pseudo parameter, or a resource SAM or a module generates.
 */
export function isImplicitlyDefined(index: ReferenceIndex, reference: Reference): boolean {
  const takesPseudo = reference.kind === 'ref' || (reference.kind === 'sub' && reference.attribute === undefined);
  if (takesPseudo && isPseudoParameter(reference.name)) return true;
  const namesResource = reference.kind === 'ref' || reference.kind === 'sub' || reference.kind === 'getatt' || reference.kind === 'dependsOn';
  return namesResource && isGeneratedName(index, reference.name);
}
