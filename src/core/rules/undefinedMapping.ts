import { finding, type Finding } from '../findings';
import { isMap, isSeq, isString, nodeAt, valueOf, type NodePath, type SeqNode, type TemplateNode } from '../model';
import { referenceIndex, undefinedNameFinding, undefinedReferences, type Reference } from '../references';
import type { Template } from '../template';
import { intrinsicName } from './exam/values';
import type { Rule } from './rule';

/** Fn::FindInMap with a mapping name, or a literal key, that the Mappings section does not declare. */
export const undefinedMappingRule: Rule = {
  id: 'E1011',
  needsText: ['FindInMap'],
  description: 'Fn::FindInMap must name a declared mapping and keys',
  run: (template) => [...namedKeyFindings(template), ...secondKeysNoTopKeyHas(template)],
};

function namedKeyFindings(template: Template): Finding[] {
  return undefinedReferences(template, ['findInMap', 'mappingKey'])
      .filter((reference) => hasPlainArguments(template, reference))
      .filter((reference) => reference.kind === 'findInMap' || keyCanBeChecked(template, reference))
      .map((reference) =>
        undefinedNameFinding(
          template,
          reference,
          'E1011',
          'error',
          reference.kind === 'findInMap'
            ? `Mapping '${reference.name}' is not declared in the Mappings section`
            : `Mapping '${reference.parents!.join("' > '")}' has no key '${reference.name}'`,
        ),
      );
}

/**
 * `!FindInMap [Map, !Ref AWS::Region, Key]`: whatever the top-level key turns out to be, the lookup fails
 * when no top-level key of the mapping holds the second-level key (a DefaultValue, the fourth argument,
 * is the exception).
 */
function secondKeysNoTopKeyHas(template: Template): Finding[] {
  const mappings = valueOf(template.root, 'Mappings');
  if (!isMap(mappings)) return [];
  const findings: Finding[] = [];
  const visit = (node: TemplateNode, path: NodePath) => {
    if (isSeq(node)) return node.items.forEach((item, index) => visit(item, [...path, index]));
    if (!isMap(node)) return;
    const args = node.entries.length === 1 && node.entries[0].key.value === 'Fn::FindInMap' ? node.entries[0].value : undefined;
    if (isSeq(args) && args.items.length === 3) {
      const [name, topKey, secondKey] = args.items;
      const mapName = isString(name) ? name.value : undefined;
      const mapping = mapName !== undefined ? valueOf(mappings, mapName) : undefined;
      if (isMap(mapping) && isPlainMap(mapping) && intrinsicName(topKey) === 'Ref') {
        const found = topKeysMissing(template, mapName!, mapping, topKey, [...path, 'Fn::FindInMap', 1]);
        if (found) findings.push(found);
      }
      if (isMap(mapping) && isPlainMap(mapping) && intrinsicName(topKey) === 'Ref' && isString(secondKey) && mapping.entries.every((entry) => isPlainMap(entry.value))) {
        if (!mapping.entries.some((entry) => valueOf(entry.value, secondKey.value) !== undefined)) {
          const message = `No key of mapping '${mapName}' has the key '${secondKey.value}': the lookup fails whatever ${refName(topKey)} is`;
          findings.push(finding('E1011', 'error', message, secondKey.span, [...path, 'Fn::FindInMap', 2]));
        }
      }
    }
    for (const entry of node.entries) visit(entry.value, [...path, entry.key.value]);
  };
  for (const section of ['Resources', 'Outputs']) {
    const body = valueOf(template.root, section);
    if (body) visit(body, [section]);
  }
  return findings;
}

/**
 * `!FindInMap [Map, !Ref Param, Key]` where the parameter allows values that are no top-level key of the mapping: a
 * stack given one of them fails ("the mapping has no key"). An error when no allowed value is a key, else a warning
 * that names the values (and says when the Default is one).
 */
function topKeysMissing(template: Template, mapName: string, mapping: TemplateNode, topKey: TemplateNode, path: NodePath): Finding | undefined {
  const name = refName(topKey);
  const parameter = valueOf(valueOf(template.root, 'Parameters'), name);
  const allowed = valueOf(parameter, 'AllowedValues');
  if (!isSeq(allowed) || allowed.items.length === 0 || !allowed.items.every((item) => item.kind === 'scalar' && item.value !== null)) return undefined;
  const values = allowed.items.map((item) => String((item as { value: unknown }).value));
  const missing = values.filter((value) => valueOf(mapping, value) === undefined);
  if (missing.length === 0) return undefined;
  const fallback = valueOf(parameter, 'Default');
  const isDefault = fallback?.kind === 'scalar' && missing.includes(String(fallback.value));
  const none = missing.length === values.length;
  const message =
    `Mapping '${mapName}' has no top-level key ${missing.map((value) => `'${value}'`).join(', ')}, which parameter '${name}' allows` +
    (isDefault ? ` (its Default is ${String(fallback!.value)})` : '') +
    `: ${none ? 'no value the parameter allows finds a key, so the stack cannot deploy' : 'a stack given one of them fails'}`;
  return finding('E1011', none ? 'error' : 'warning', message, topKey.span, path);
}

/** A map of keys, not a function (`{Ref: ImageId}` where a build step writes the real mapping later, an AWS::Include). */
function isPlainMap(node: TemplateNode): boolean {
  return isMap(node) && node.entries.every((entry) => entry.key.value !== 'Ref' && !entry.key.value.startsWith('Fn::'));
}


function refName(node: TemplateNode): string {
  const target = isMap(node) ? node.entries[0]?.value : undefined;
  return isString(target) ? target.value : 'the top-level key';
}

/**
 * Like cfn-lint, names are checked only in a well-formed Fn::FindInMap: three arguments, each a
 * string or a Ref (other shapes get a shape finding instead).
 */
function hasPlainArguments(template: Template, reference: Reference): boolean {
  const findInMap = findInMapOf(template, reference);
  if (!isSeq(findInMap) || findInMap.items.length < 3 || findInMap.items.length > 4) return false;
  return findInMap.items.slice(0, 3).every((item) => isString(item) || (isMap(item) && item.entries.length === 1 && item.entries[0].key.value === 'Ref'));
}

/** A key is checked only under a declared key, and not when a DefaultValue (4th argument) is given. */
function keyCanBeChecked(template: Template, reference: Reference): boolean {
  const index = referenceIndex(template);
  const [mapping, topKey] = reference.parents ?? [];
  if (!index.find('mapping', mapping)) return false;
  if (topKey !== undefined && !index.find('mappingKey', topKey, [mapping])) return false;
  const findInMap = findInMapOf(template, reference);
  return isSeq(findInMap) && findInMap.items.length === 3;
}

/**
 * The Fn::FindInMap argument list the reference is written in. In a Fn::ForEach body the path is that of
 * one copy the transform writes out, which is not in the source: there, the list holding the name's node.
 */
function findInMapOf(template: Template, reference: Reference): TemplateNode | undefined {
  if (!reference.inLoop) return nodeAt(template.root, reference.path.slice(0, -1));
  return seqHolding(template.root, reference.node);
}

function seqHolding(node: TemplateNode | undefined, item: TemplateNode): SeqNode | undefined {
  if (isSeq(node)) {
    if (node.items.includes(item)) return node;
    for (const child of node.items) {
      const found = seqHolding(child, item);
      if (found) return found;
    }
  }
  if (!isMap(node)) return undefined;
  for (const entry of node.entries) {
    const found = seqHolding(entry.value, item);
    if (found) return found;
  }
  return undefined;
}
