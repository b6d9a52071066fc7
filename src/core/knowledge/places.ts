import { isIntrinsicName } from '../intrinsics';
import { isMap, isScalar, isSeq, type NodePath, type TemplateNode } from '../model';
import { resourceDeclarations } from '../sections';
import type { Template } from '../template';
import { addressOf } from './address';
import type { KnowledgeBase } from './knowledgeBase';
import type { Note } from './note';

/** A place in a template that a note speaks about. */
export interface NotedPlace {
  note: Note;
  /** Where the key (or list item, or resource `Type` value) starts. */
  offset: number;
  /** The resource's own note, placed on its `Type`. */
  isResource: boolean;
  /** The enclosing resource, when there is one. */
  logicalId?: string;
}

/** Every noted place in the template, in document order: resources, their settings, template-level keys. */
export function notedPlaces(template: Template, knowledge: KnowledgeBase): NotedPlace[] {
  const root = template.root;
  if (!template.isTemplate || !isMap(root)) return [];
  const places: NotedPlace[] = [];
  for (const entry of root.entries) {
    if (entry.key.value !== 'Resources') walk(entry.value, [entry.key.value], places, root, knowledge);
  }
  for (const resource of resourceDeclarations(root)) {
    const note = resource.type ? knowledge.noteFor({ type: resource.type, inResource: true, path: [] }) : undefined;
    if (note && resource.typeNode) {
      places.push({ note, offset: resource.typeNode.span.start, isResource: true, logicalId: resource.logicalId });
    }
    const found: NotedPlace[] = [];
    walk(resource.body, ['Resources', resource.logicalId], found, root, knowledge);
    places.push(...found.map((place) => ({ ...place, logicalId: resource.logicalId })));
  }
  return places.sort((a, b) => a.offset - b.offset);
}

function walk(node: TemplateNode | undefined, path: NodePath, places: NotedPlace[], root: TemplateNode, knowledge: KnowledgeBase): void {
  if (isMap(node)) {
    for (const entry of node.entries) {
      const key = entry.key.value;
      if (isIntrinsicName(key) || (path.length === 2 && path[0] === 'Resources' && key === 'Type')) continue;
      const entryPath = [...path, key];
      const value = isScalar(entry.value) ? entry.value.value : undefined;
      const note = knowledge.noteFor(addressOf(root, entryPath, value));
      if (note) places.push({ note, offset: entry.key.span.start, isResource: false });
      walk(entry.value, entryPath, places, root, knowledge);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemPath = [...path, index];
      const note = isScalar(item) ? knowledge.valueNoteFor(addressOf(root, itemPath, item.value)) : undefined;
      if (note) places.push({ note, offset: item.span.start, isResource: false });
      walk(item, itemPath, places, root, knowledge);
    });
  }
}
