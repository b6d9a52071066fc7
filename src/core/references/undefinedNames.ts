/** Shared by the rules that report references to names the template does not declare. */
import { finding, type Finding, type Severity } from '../findings';
import { hasBrokenSyntax } from '../schema/parseState';
import type { Template } from '../template';
import { closestName } from '../schema/suggest';
import { exactGeneratedNames, isLoopGenerated } from './forEach';
import { isImplicitlyDefined, referenceIndex, targetOf, TARGET_KINDS, type ReferenceIndex } from './referenceIndex';
import { PSEUDO_PARAMETERS, type DeclarationKind, type Reference, type ReferenceKind } from './types';

/** Transforms whose effect on names is known: SAM (handled) and language extensions (ForEach handled). */
const KNOWN_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/** References of these kinds that resolve to nothing; empty when the template's names cannot all be known. */
export function undefinedReferences(template: Template, kinds: readonly ReferenceKind[]): Reference[] {
  // A template cut short by a syntax error looks like it lacks the names it will declare.
  if (hasBrokenSyntax(template)) return [];
  const index = referenceIndex(template);
  if (index.opaqueForEach || index.transforms.some((name) => !KNOWN_TRANSFORMS.has(name))) return [];
  // A reference in a loop body is checked in every copy the transform writes out.
  const checked = [...index.references.filter((reference) => !reference.inLoop), ...index.loopReferences];
  const seen = new Set<string>();
  return checked.filter((reference) => {
    if (!kinds.includes(reference.kind) || targetOf(index, reference) || isImplicitlyDefined(index, reference)) return false;
    if (isLoopGenerated(index.generated, targetKinds(reference), reference.name)) return false;
    if (!reference.inLoop) return true;
    // A name the same in every copy of a loop body is one mistake in the source: reported once.
    const key = `${reference.span.start}:${reference.span.end}:${reference.kind}:${reference.name}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function targetKinds(reference: Reference): readonly DeclarationKind[] {
  return reference.kind === 'sub' && reference.attribute !== undefined ? ['resource'] : TARGET_KINDS[reference.kind];
}

/**
 * The names a reference of this kind could have meant: never the resource the reference sits in,
 * nor one that depends on it already (that fix would make a circular dependency).
 */
export function candidateNames(index: ReferenceIndex, reference: Reference): string[] {
  const kinds = targetKinds(reference);
  const circular = reference.fromResource !== undefined ? dependentsOf(index, reference.fromResource) : new Set<string>();
  const declared = index.declarations
    .filter((declaration) => kinds.includes(declaration.kind) && sameParents(declaration.parents, reference.parents))
    .filter((declaration) => declaration.kind !== 'resource' || !circular.has(declaration.name))
    .map((declaration) => declaration.name);
  declared.push(...exactGeneratedNames(index.generated, kinds));
  const takesPseudo = reference.kind === 'ref' || (reference.kind === 'sub' && reference.attribute === undefined);
  return takesPseudo ? [...declared, ...PSEUDO_PARAMETERS] : declared;
}

/** The resource and every resource that depends on it, directly or through others. */
function dependentsOf(index: ReferenceIndex, resource: string): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const reference of index.references) {
    if (reference.fromResource === undefined || reference.kind === 'condition' || reference.kind === 'findInMap' || reference.kind === 'mappingKey') continue;
    const list = dependents.get(reference.name) ?? [];
    list.push(reference.fromResource);
    dependents.set(reference.name, list);
  }
  const found = new Set([resource]);
  const queue = [resource];
  while (queue.length > 0) {
    for (const next of dependents.get(queue.pop()!) ?? []) {
      if (!found.has(next)) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}

function sameParents(a: string[] = [], b: string[] = []): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** A finding on the name, with "Change to 'X'" when a declared name is close. */
export function undefinedNameFinding(
  template: Template,
  reference: Reference,
  ruleId: string,
  severity: Severity,
  message: string,
): Finding {
  const result = finding(ruleId, severity, message, reference.span, reference.path);
  // An empty name is close to every short one: nothing to suggest.
  const suggestion = reference.name.trim() === '' ? undefined : closestName(reference.name, candidateNames(referenceIndex(template), reference));
  if (suggestion && reference.exact) {
    result.message += `. Did you mean '${suggestion}'?`;
    result.fixes = [{ title: `Change to '${suggestion}'`, edits: [{ span: reference.span, newText: suggestion }], preferred: true }];
  }
  return result;
}
