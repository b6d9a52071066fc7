import { isIntrinsicName } from '../intrinsics';
import { isMap, isScalar, isSeq, type MapEntry, type NodePath, type Span, type TemplateNode } from '../model';
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

/**
 * Every noted place in the template, in document order: resources, their settings, template-level keys.
 * With `within`, only places in that part of the text (an editor's visible lines), and only that part is walked.
 */
export function notedPlaces(template: Template, knowledge: KnowledgeBase, within?: Span): NotedPlace[] {
  const root = template.root;
  if (!template.isTemplate || !isMap(root)) return [];
  const places: NotedPlace[] = [];
  const walker = new PlaceWalker(root, knowledge, within);
  for (const entry of root.entries) {
    if (entry.key.value !== 'Resources' && walker.overlaps(entry)) walker.walk(entry.value, [entry.key.value], places);
  }
  for (const resource of resourceDeclarations(root)) {
    if (!walker.overlaps(resource.entry)) continue;
    const note = resource.type ? knowledge.noteFor({ type: resource.type, inResource: true, path: [] }) : undefined;
    if (note && resource.typeNode) {
      places.push({ note, offset: resource.typeNode.span.start, isResource: true, logicalId: resource.logicalId });
    }
    const found: NotedPlace[] = [];
    walker.walk(resource.body, ['Resources', resource.logicalId], found);
    places.push(...found.map((place) => ({ ...place, logicalId: resource.logicalId })));
  }
  const inside = within ? places.filter((place) => place.offset >= within.start && place.offset <= within.end) : places;
  return inside.sort((a, b) => a.offset - b.offset);
}

/** Walks maps and lists for noted keys and values, skipping what lies wholly outside `within`. */
class PlaceWalker {
  constructor(
    private readonly root: TemplateNode,
    private readonly knowledge: KnowledgeBase,
    private readonly within: Span | undefined,
  ) {}

  /** Whether an entry (its key to the end of its value) reaches into `within`. */
  overlaps(entry: MapEntry): boolean {
    return this.reaches(entry.key.span.start, entry.value?.span.end ?? entry.key.span.end);
  }

  walk(node: TemplateNode | undefined, path: NodePath, places: NotedPlace[]): void {
    if (isMap(node)) {
      for (const entry of node.entries) {
        const key = entry.key.value;
        if (!this.overlaps(entry) || isIntrinsicName(key) || (path.length === 2 && path[0] === 'Resources' && key === 'Type')) continue;
        const entryPath = [...path, key];
        const value = isScalar(entry.value) ? entry.value.value : undefined;
        const note = this.knowledge.noteFor(addressOf(this.root, entryPath, value));
        if (note) places.push({ note, offset: entry.key.span.start, isResource: false });
        this.walk(entry.value, entryPath, places);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (!this.reaches(item.span.start, item.span.end)) return;
        const itemPath = [...path, index];
        const note = isScalar(item) ? this.knowledge.valueNoteFor(addressOf(this.root, itemPath, item.value)) : undefined;
        if (note) places.push({ note, offset: item.span.start, isResource: false });
        this.walk(item, itemPath, places);
      });
    }
  }

  private reaches(start: number, end: number): boolean {
    return !this.within || (start <= this.within.end && end >= this.within.start);
  }
}
