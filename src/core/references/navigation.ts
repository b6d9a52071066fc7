/** Go to definition, find references, highlights and rename over the reference index, by offset. */
import type { TextEdit } from '../findings';
import type { Span } from '../model';
import type { Template } from '../template';
import { referenceIndex, targetOf, type ReferenceIndex } from './referenceIndex';
import { isPseudoParameter, type Declaration, type Reference } from './types';

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
  if (reference) return { span: reference.span, name: reference.name, reference, declaration: targetOf(index, reference) };
  const declaration = index.declarations.find((candidate) => contains(candidate.keySpan, offset));
  if (declaration) return { span: declaration.nameSpan, name: declaration.name, declaration };
  return undefined;
}

/** The declaration the name under the cursor refers to. */
export function definitionAt(template: Template, offset: number): Declaration | undefined {
  return nameAt(template, offset)?.declaration;
}

/** Every reference that resolves to this declaration, once per place in the source (YAML aliases repeat nodes). */
export function referencesTo(template: Template, declaration: Declaration): Reference[] {
  const index = referenceIndex(template);
  const seen = new Set<string>();
  return index.references.filter((reference) => {
    const key = `${reference.span.start}:${reference.span.end}`;
    if (seen.has(key) || targetOf(index, reference) !== declaration) return false;
    seen.add(key);
    return true;
  });
}

/** Spans of every reference to the name under the cursor, and of its declaration when asked. */
export function referenceSpansAt(template: Template, offset: number, includeDeclaration: boolean): Span[] {
  const declaration = definitionAt(template, offset);
  if (!declaration) return [];
  const spans = referencesTo(template, declaration).map((reference) => reference.span);
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
  return [
    { span: at.declaration.nameSpan, isDeclaration: true },
    ...referencesTo(template, at.declaration).map((reference) => ({ span: reference.span, isDeclaration: false })),
  ];
}

const RENAMEABLE = new Set(['parameter', 'resource', 'condition', 'mapping', 'output']);

export type RenameCheck = { span: Span; placeholder: string } | { error: string };

export function prepareRenameAt(template: Template, offset: number): RenameCheck {
  const at = nameAt(template, offset);
  if (!at) return { error: 'Only parameters, resources, conditions, mappings and outputs can be renamed' };
  if (isPseudoParameter(at.name)) return { error: `${at.name} is a pseudo parameter: it cannot be renamed` };
  if (!at.declaration) return { error: `'${at.name}' is not declared in this template` };
  if (!RENAMEABLE.has(at.declaration.kind)) return { error: 'Mapping keys cannot be renamed' };
  const inexact = referencesTo(template, at.declaration).find((reference) => !reference.exact);
  if (inexact) return { error: `'${at.name}' is used in a string whose source cannot be edited exactly` };
  return { span: at.span, placeholder: at.name };
}

export function renameAt(template: Template, offset: number, newName: string): { edits: TextEdit[] } | { error: string } {
  const check = prepareRenameAt(template, offset);
  if ('error' in check) return check;
  const declaration = definitionAt(template, offset)!;
  const problem = newNameProblem(referenceIndex(template), declaration, newName);
  if (problem) return { error: problem };
  const spans = [declaration.nameSpan, ...referencesTo(template, declaration).map((reference) => reference.span)];
  return { edits: spans.map((span) => ({ span, newText: newName })) };
}

/** Words YAML 1.1 reads as booleans or null, and numbers: a plain key with such a name is not a string. */
const NOT_A_PLAIN_STRING = /^(y|n|yes|no|true|false|on|off|null|[0-9]+|0x[0-9a-f]+|0o[0-7]+|[0-9]+e[0-9]+)$/i;

function newNameProblem(index: ReferenceIndex, declaration: Declaration, newName: string): string | undefined {
  if (!/^[A-Za-z0-9]+$/.test(newName)) return `'${newName}' is not a valid name: use letters and digits only`;
  if (NOT_A_PLAIN_STRING.test(newName)) return `'${newName}' would be read as a number or boolean in YAML`;
  const sharedNamespace = declaration.kind === 'parameter' || declaration.kind === 'resource';
  const clash = index.declarations.find(
    (other) =>
      other !== declaration &&
      other.name === newName &&
      (other.kind === declaration.kind || (sharedNamespace && (other.kind === 'parameter' || other.kind === 'resource'))),
  );
  return clash ? `'${newName}' is already declared (${clash.kind})` : undefined;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
