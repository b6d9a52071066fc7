/** Go to definition, find references and highlights over the reference index, by offset. */
import type { Span } from '../model';
import type { Template } from '../template';
import { referenceIndex, targetOf, type ReferenceIndex } from './referenceIndex';
import { generatorOf } from './sam';
import { subVariableBindings } from './subVariableMaps';
import type { Declaration, Reference } from './types';

/** The name under the cursor: a declaration's key or a reference, with what it resolves to. */
export interface NameAt {
  span: Span;
  name: string;
  declaration?: Declaration;
  reference?: Reference;
}

export function nameAt(template: Template, offset: number): NameAt | undefined {
  const index = referenceIndex(template);
  const reference = index.references.find((candidate) => contains(candidate.span, offset));
  if (reference) return { span: reference.span, name: reference.name, reference, declaration: navigationTarget(index, reference) };
  const declaration = index.declarations.find((candidate) => contains(candidate.keySpan, offset));
  if (declaration) return { span: declaration.nameSpan, name: declaration.name, declaration };
  return subVariableAt(template, offset);
}

/** `${Var}` in the string of a Fn::Sub whose map binds Var, or the map's key: the key is its declaration. */
function subVariableAt(template: Template, offset: number): NameAt | undefined {
  for (const { declaration, uses } of subVariableBindings(template)) {
    const use = uses.find((candidate) => contains(candidate.span, offset));
    if (use) return { span: use.span, name: use.name, reference: use, declaration };
    if (contains(declaration.keySpan, offset)) return { span: declaration.nameSpan, name: declaration.name, declaration };
  }
  return undefined;
}

/**
 * What a reference leads to: its declaration, or the resource that generates the name it uses (a SAM
 * function for `FnRole`, `Fn.Alias` and `Fn.Version`; a module for `Mod.Bucket`).
 */
function navigationTarget(index: ReferenceIndex, reference: Reference): Declaration | undefined {
  const target = targetOf(index, reference);
  if (target || !NAMES_RESOURCE.has(reference.kind)) return target;
  return generatorOf(index, reference.name);
}

const NAMES_RESOURCE: ReadonlySet<string> = new Set(['ref', 'sub', 'getatt', 'dependsOn']);

/** The declaration the name under the cursor refers to. */
export function definitionAt(template: Template, offset: number): Declaration | undefined {
  return nameAt(template, offset)?.declaration;
}

/** Every reference that resolves to this declaration, once per place in the source (YAML aliases repeat nodes). */
export function referencesTo(template: Template, declaration: Declaration): Reference[] {
  if (declaration.kind === 'subVariable') {
    return subVariableBindings(template).find((binding) => binding.declaration.entry === declaration.entry)?.uses ?? [];
  }
  const index = referenceIndex(template);
  const seen = new Set<string>();
  return index.references.filter((reference) => {
    const key = `${reference.span.start}:${reference.span.end}`;
    if (seen.has(key) || navigationTarget(index, reference) !== declaration) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where the declaration's name stands in a reference: the whole reference, or the prefix of a generated
 * name (`Worker` of `WorkerRole`, of `Worker.Alias`), which is what a rename replaces.
 */
export function declaredNameSpan(reference: Reference, declaration: Declaration): Span {
  if (!reference.exact || reference.name === declaration.name || !reference.name.startsWith(declaration.name)) return reference.span;
  return { start: reference.span.start, end: reference.span.start + declaration.name.length };
}

/** Spans of every reference to the name under the cursor, and of its declaration when asked. */
export function referenceSpansAt(template: Template, offset: number, includeDeclaration: boolean): Span[] {
  const declaration = definitionAt(template, offset);
  if (!declaration) return [];
  const spans = referencesTo(template, declaration).map((reference) => declaredNameSpan(reference, declaration));
  return includeDeclaration ? [declaration.nameSpan, ...spans] : spans;
}

export interface Highlight {
  span: Span;
  /** The declaration is where the name is written; references read it. */
  isDeclaration: boolean;
}

export function highlightsAt(template: Template, offset: number): Highlight[] {
  const at = nameAt(template, offset);
  if (!at) return [];
  if (!at.declaration) {
    // An undeclared name or a pseudo parameter: highlight the same name used the same way.
    const index = referenceIndex(template);
    return index.references
      .filter((reference) => reference.name === at.name && !targetOf(index, reference) && reference.kind === at.reference?.kind)
      .map((reference) => ({ span: reference.span, isDeclaration: false }));
  }
  const declaration = at.declaration;
  return [
    { span: declaration.nameSpan, isDeclaration: true },
    ...referencesTo(template, declaration).map((reference) => ({ span: declaredNameSpan(reference, declaration), isDeclaration: false })),
  ];
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
