/** Rename a parameter, resource, condition, mapping or output with every reference to it, refusing names that would change the template. */
import type { TextEdit } from '../findings';
import { isMap, isSeq, type Span, type TemplateNode } from '../model';
import type { Template } from '../template';
import { declaredNameSpan, nameAt, referencesTo } from './navigation';
import { referenceIndex } from './referenceIndex';
import { subMapOfText } from './subVariableMaps';
import { forEachLoop, isForEachKey } from './forEach';
import { isPseudoParameter, type Declaration, type Reference } from './types';

const RENAMEABLE = new Set(['parameter', 'resource', 'condition', 'mapping', 'output']);

/**
 * "Resource name | Maximum size of a resource name. | 255 characters", and the same for parameter, output
 * and mapping names (CloudFormation quotas, user guide).
 */
export const MAX_NAME_LENGTH = 255;

export type RenameCheck = { span: Span; placeholder: string } | { error: string };

export function prepareRenameAt(template: Template, offset: number): RenameCheck {
  const at = nameAt(template, offset);
  if (!at) return { error: 'Only parameters, resources, conditions, mappings and outputs can be renamed' };
  if (isPseudoParameter(at.name)) return { error: `${at.name} is a pseudo parameter: it cannot be renamed` };
  const declaration = at.declaration;
  if (!declaration) return { error: `'${at.name}' is not declared in this template` };
  if (declaration.kind === 'subVariable') return { error: `'${at.name}' is a variable of its Fn::Sub: rename it in the map and the string by hand` };
  if (!RENAMEABLE.has(declaration.kind)) return { error: 'Mapping keys cannot be renamed' };
  const inexact = referencesTo(template, declaration).find((reference) => !reference.exact);
  if (inexact) return { error: `'${declaration.name}' is used in a string whose source cannot be edited exactly` };
  const span = at.reference ? declaredNameSpan(at.reference, declaration) : at.span;
  return { span, placeholder: declaration.name };
}

export function renameAt(template: Template, offset: number, newName: string): { edits: TextEdit[] } | { error: string } {
  const check = prepareRenameAt(template, offset);
  if ('error' in check) return check;
  const declaration = nameAt(template, offset)!.declaration!;
  const references = referencesTo(template, declaration);
  const problem = newNameProblem(template, declaration, references, newName);
  if (problem) return { error: problem };
  const spans = [declaration.nameSpan, ...references.map((reference) => declaredNameSpan(reference, declaration))];
  return { edits: spans.map((span) => ({ span, newText: newName })) };
}

/** Words YAML 1.1 reads as booleans or null, and numbers: a plain key with such a name is not a string. */
const NOT_A_PLAIN_STRING = /^(y|n|yes|no|true|false|on|off|null|[0-9]+|0x[0-9a-f]+|0o[0-7]+|[0-9]+e[0-9]+)$/i;

function newNameProblem(template: Template, declaration: Declaration, references: Reference[], newName: string): string | undefined {
  if (!/^[A-Za-z0-9]+$/.test(newName)) return `'${newName}' is not a valid name: use letters and digits only`;
  if (newName.length > MAX_NAME_LENGTH) return `A name of ${newName.length} characters is too long: CloudFormation allows at most ${MAX_NAME_LENGTH}`;
  if (NOT_A_PLAIN_STRING.test(newName)) return `'${newName}' would be read as a number or boolean in YAML`;
  return (
    declaredClash(template, declaration, newName) ??
    generatedClash(template, declaration, references, newName) ??
    subVariableCapture(template, declaration, references, newName) ??
    loopIdentifierCapture(template, newName)
  );
}

/**
 * A Fn::ForEach identifier of the same name: inside its loop every `${Name}` becomes the loop's item, so a
 * renamed reference there would name the item instead of the declaration.
 */
function loopIdentifierCapture(template: Template, newName: string): string | undefined {
  const identifiers = new Set<string>();
  const visit = (node: TemplateNode | undefined): void => {
    if (isSeq(node)) return node.items.forEach(visit);
    if (!isMap(node)) return;
    for (const entry of node.entries) {
      if (isForEachKey(entry.key.value)) {
        const loop = forEachLoop(entry.value);
        if (loop) identifiers.add(loop.identifier);
      }
      visit(entry.value);
    }
  };
  visit(template.root);
  return identifiers.has(newName) ? `'${newName}' is the identifier of a Fn::ForEach loop: inside it, \${${newName}} names the loop's item` : undefined;
}

/**
 * A name SAM or a module generates from the renamed one (`WorkerRole` from `Worker`) that, renamed, is
 * the name of another resource (`ApiRole`): its references would silently point at that resource.
 */
function generatedClash(template: Template, declaration: Declaration, references: Reference[], newName: string): string | undefined {
  const declared = new Set(referenceIndex(template).declarations.filter((other) => other.kind === 'resource').map((other) => other.name));
  for (const reference of references) {
    if (reference.name === declaration.name || !reference.name.startsWith(declaration.name)) continue;
    const renamed = newName + reference.name.slice(declaration.name.length);
    if (declared.has(renamed)) return `'${renamed}', the renamed '${reference.name}' that SAM generates, is already declared (resource)`;
  }
  return undefined;
}

function declaredClash(template: Template, declaration: Declaration, newName: string): string | undefined {
  const sharedNamespace = declaration.kind === 'parameter' || declaration.kind === 'resource';
  const clash = referenceIndex(template).declarations.find(
    (other) =>
      other !== declaration &&
      other.name === newName &&
      (other.kind === declaration.kind || (sharedNamespace && (other.kind === 'parameter' || other.kind === 'resource'))),
  );
  return clash ? `'${newName}' is already declared (${clash.kind})` : undefined;
}

/**
 * A reference in a Fn::Sub string whose variable map already binds the new name: renamed, `${New}` would
 * name the map's variable, not the declaration, and the string would change silently.
 */
function subVariableCapture(template: Template, declaration: Declaration, references: Reference[], newName: string): string | undefined {
  for (const reference of references) {
    if (!reference.subHasVariables) continue;
    const renamed = newName + reference.name.slice(declaration.name.length) + (reference.attribute !== undefined ? `.${reference.attribute}` : '');
    const map = subMapOfText(template, reference.node);
    if (map?.keys.some((key) => key.key.value === renamed)) {
      return `'${renamed}' is a variable of the Fn::Sub variable map beside \${${reference.name}}: renamed, that string would substitute the variable instead`;
    }
  }
  return undefined;
}
