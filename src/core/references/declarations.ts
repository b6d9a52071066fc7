import { isMap, isString, valueOf, type MapEntry, type NodePath } from '../model';
import { sectionOf } from '../sections';
import type { Template } from '../template';
import { sourceSpanOf } from './scalarSource';
import type { Declaration, DeclarationKind } from './types';

const SECTION_KINDS: readonly [string, DeclarationKind][] = [
  ['Parameters', 'parameter'],
  ['Resources', 'resource'],
  ['Conditions', 'condition'],
  ['Mappings', 'mapping'],
  ['Outputs', 'output'],
];

/** Every name the template declares, with the spans of their keys. */
export function collectDeclarations(template: Template): Declaration[] {
  const declarations: Declaration[] = [];
  for (const [section, kind] of SECTION_KINDS) {
    for (const entry of sectionOf(template.root, section)?.entries ?? []) {
      if (entry.key.value.startsWith('Fn::ForEach::')) continue;
      declarations.push(declarationOf(template, kind, entry, [section, entry.key.value]));
      if (kind === 'mapping') declarations.push(...mappingKeys(template, entry));
    }
  }
  return declarations;
}

function declarationOf(template: Template, kind: DeclarationKind, entry: MapEntry, path: NodePath, parents?: string[]): Declaration {
  const name = entry.key.value;
  const { span } = sourceSpanOf(template, entry.key, 0, name.length);
  const declaration: Declaration = { kind, name, keySpan: entry.key.span, nameSpan: span, path, entry };
  const detail = kind === 'resource' || kind === 'parameter' ? valueOf(entry.value, 'Type') : undefined;
  if (isString(detail)) declaration.detail = detail.value;
  if (parents) declaration.parents = parents;
  return declaration;
}

/** A mapping's top-level keys and their second-level keys, which Fn::FindInMap looks up. */
function mappingKeys(template: Template, mapping: MapEntry): Declaration[] {
  if (!isMap(mapping.value)) return [];
  const mapName = mapping.key.value;
  return mapping.value.entries.flatMap((top) => {
    const path = ['Mappings', mapName, top.key.value];
    const topDeclaration = declarationOf(template, 'mappingKey', top, path, [mapName]);
    const seconds = isMap(top.value)
      ? top.value.entries.map((second) =>
          declarationOf(template, 'mappingKey', second, [...path, second.key.value], [mapName, top.key.value]),
        )
      : [];
    return [topDeclaration, ...seconds];
  });
}
