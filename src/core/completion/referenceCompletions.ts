/** Names the template declares, for Ref, GetAtt, DependsOn, conditions and FindInMap; attribute names from the schema. */
import { childTemplatesOf, localChildren } from '../nested';
import { referenceIndex } from '../references';
import { PSEUDO_PARAMETERS, type Declaration, type DeclarationKind } from '../references/types';
import { currentSchema, describeValueType } from '../schema';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { resourceTypeOf } from './context';
import { PSEUDO_PARAMETER_DOCS } from './intrinsicDocs';
import { valueItem } from './items';
import { schemaTypeOf } from './schemaCompletions';

const KIND_ORDER: Record<DeclarationKind, string> = { parameter: '0', resource: '1', condition: '0', mapping: '0', mappingKey: '0', output: '9', subVariable: '0' };

/** Declared names of these kinds, except `exclude` (a resource may not refer to itself). */
export function referenceCompletions(context: CompletionContext, kinds: readonly DeclarationKind[], exclude?: string, parents?: string[]): Completion[] {
  return declarationsOf(context, kinds, parents)
    .filter((declaration) => declaration.name !== exclude)
    .map((declaration) =>
      valueItem(context, declaration.name, 'reference', { detail: detailOf(declaration), sortText: `${KIND_ORDER[declaration.kind]}_${declaration.name}` }),
    );
}

function declarationsOf(context: CompletionContext, kinds: readonly DeclarationKind[], parents?: string[]): Declaration[] {
  const seen = new Set<string>();
  return referenceIndex(context.parsed).declarations.filter((declaration) => {
    if (!kinds.includes(declaration.kind) || seen.has(`${declaration.kind}:${declaration.name}`)) return false;
    if (parents && declaration.parents?.join('\u0000') !== parents.join('\u0000')) return false;
    seen.add(`${declaration.kind}:${declaration.name}`);
    return true;
  });
}

function detailOf(declaration: Declaration): string {
  const what = { parameter: 'Parameter', resource: 'Resource', condition: 'Condition', mapping: 'Mapping', mappingKey: 'Mapping key', output: 'Output', subVariable: 'Fn::Sub variable' }[declaration.kind];
  return declaration.detail ? `${what} (${declaration.detail})` : what;
}

export function refTargetCompletions(context: Extract<CompletionContext, { kind: 'refTarget' }>): Completion[] {
  const pseudo = PSEUDO_PARAMETERS.map((name) =>
    valueItem(context, name, 'reference', { detail: 'Pseudo parameter', documentation: PSEUDO_PARAMETER_DOCS[name], sortText: `2_${name}` }),
  );
  return [...referenceCompletions(context, ['parameter', 'resource'], context.fromResource), ...pseudo];
}

/** FindInMap keys under their mapping (and top-level key); every second-level key of the mapping when the top-level key is a function. */
export function mappingKeyCompletions(context: Extract<CompletionContext, { kind: 'mappingKey' }>): Completion[] {
  if (!context.anyTopLevelKey) return referenceCompletions(context, ['mappingKey'], undefined, context.parents);
  const [mapping] = context.parents;
  return secondLevelKeys(context, mapping).map((name) => valueItem(context, name, 'reference', { detail: `Mapping key (any top-level key of ${mapping})`, sortText: `0_${name}` }));
}

function secondLevelKeys(context: CompletionContext, mapping: string): string[] {
  const names = referenceIndex(context.parsed)
    .declarations.filter((declaration) => declaration.kind === 'mappingKey' && declaration.parents?.length === 2 && declaration.parents[0] === mapping)
    .map((declaration) => declaration.name);
  return [...new Set(names)];
}

export function getAttResourceCompletions(context: Extract<CompletionContext, { kind: 'getAttResource' }>): Completion[] {
  const items = referenceCompletions(context, ['resource'], context.fromResource);
  if (!context.shortForm) return items;
  // `!GetAtt Name.`: the attribute names come next.
  const json = context.template.format === 'json';
  return items.map((item) => ({ ...item, insertText: json ? `"${item.label}.$1"` : `${item.label}.`, isSnippet: json, retrigger: true }));
}

export function getAttAttributeCompletions(context: Extract<CompletionContext, { kind: 'getAttAttribute' }>): Completion[] {
  const type = resourceTypeOf(context.parsed.root, context.logicalId);
  const resource = type ? currentSchema()?.resourceType(schemaTypeOf(type)) : undefined;
  const replace = attributeSpan(context);
  const item = (name: string, details: { detail: string; documentation?: string }): Completion => {
    const completion = valueItem(context, name, 'attribute', details, replace !== undefined);
    return replace ? { ...completion, replace, filterText: name } : completion;
  };
  const attributes = [...(resource?.attributes.values() ?? [])].map((attribute) =>
    item(attribute.name, { detail: describeValueType(attribute.type), ...(attribute.documentation ? { documentation: attribute.documentation } : {}) }),
  );
  return [...attributes, ...childOutputs(context).map(({ name, location }) => item(`Outputs.${name}`, { detail: `Output of ${location}` }))];
}

/** The outputs of a nested stack's own template, when the host read it (a local TemplateURL). */
function childOutputs(context: Extract<CompletionContext, { kind: 'getAttAttribute' }>): { name: string; location: string }[] {
  const children = childTemplatesOf(context.template);
  const child = localChildren(context.parsed).find((candidate) => candidate.resource.logicalId === context.logicalId);
  const outputs = child ? children.get(child.location)?.outputs : undefined;
  return (outputs ?? []).map((name) => ({ name, location: child!.location }));
}

/** In `Res.Att` (or `${Res.Att` of a Sub string), the part after the dot (inside any quotes); undefined for the list form. */
function attributeSpan(context: Extract<CompletionContext, { kind: 'getAttAttribute' }>): { start: number; end: number } | undefined {
  const { cursor, template } = context;
  const typedStart = cursor.replace.start + (template.format === 'json' ? cursor.quote.length : 0);
  if (context.subDot !== undefined) {
    // In a string: to the end of the name being typed, never over the `}` or the closing quote.
    const offset = typedStart + cursor.typed.length;
    return { start: typedStart + context.subDot + 1, end: offset + /^\w*/.exec(template.text.slice(offset))![0].length };
  }
  const dot = cursor.typed.indexOf('.');
  if (dot < 0) return undefined;
  const closing = template.format === 'json' && cursor.quote && template.text[cursor.replace.end - 1] === '"' && cursor.replace.end - 1 >= typedStart + cursor.typed.length;
  return { start: typedStart + dot + 1, end: closing ? cursor.replace.end - 1 : cursor.replace.end };
}
