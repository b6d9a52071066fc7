import { isResourceItself, type NoteAddress } from './address';
import type { Note } from './note';

const TEMPLATE_LEVEL = '';
const ANY_RESOURCE = '*';

/** Notes indexed for look-up by address or intrinsic function. */
export class KnowledgeBase {
  private readonly byType = new Map<string, Note[]>();
  private readonly byIntrinsic = new Map<string, Note>();
  private readonly byContainedText: Note[] = [];
  private readonly byId = new Map<string, Note>();

  constructor(notes: readonly Note[]) {
    for (const note of notes) {
      this.byId.set(note.id, note);
      const { type, intrinsic, valueContains } = note.key;
      if (intrinsic) this.byIntrinsic.set(intrinsic, note);
      else if (valueContains) this.byContainedText.push(note);
      else this.push(type ?? TEMPLATE_LEVEL, note);
    }
  }

  /** The note with this id (notes travel by id, e.g. in an inlay hint resolved later). */
  noteById(id: string): Note | undefined {
    return this.byId.get(id);
  }

  /** The most specific note for an address: a dynamic-reference note, then the type's value and property notes, then those for any resource. */
  noteFor(address: NoteAddress): Note | undefined {
    const { value } = address;
    if (typeof value === 'string') {
      const contained = this.byContainedText.find((note) => value.includes(note.key.valueContains!));
      if (contained) return contained;
    }
    const groups = address.inResource
      ? [(address.type && this.byType.get(address.type)) || [], this.byType.get(ANY_RESOURCE) ?? []]
      : [this.byType.get(TEMPLATE_LEVEL) ?? []];
    // The resource type's own notes before those for any resource; within each, value notes first.
    for (const group of groups) {
      const matching = group.filter((note) => matches(note, address));
      const best = matching.find((note) => note.key.value !== undefined) ?? matching[0];
      if (best) return best;
    }
    return undefined;
  }

  /** A note that only matches the value, for list items: the list's own note is not repeated on each item. */
  valueNoteFor(address: NoteAddress): Note | undefined {
    const note = this.noteFor(address);
    return note && (note.key.value !== undefined || note.key.valueContains !== undefined) ? note : undefined;
  }

  intrinsicNote(name: string): Note | undefined {
    return this.byIntrinsic.get(name);
  }

  private push(group: string, note: Note): void {
    const list = this.byType.get(group) ?? [];
    list.push(note);
    this.byType.set(group, list);
  }
}

function matches(note: Note, address: NoteAddress): boolean {
  const { path, value } = note.key;
  if (value !== undefined && (address.value === undefined || String(address.value) !== value)) return false;
  if (path === undefined) return isResourceItself(address);
  const segments = path.split('.');
  return segments.length === address.path.length && segments.every((segment, i) => segment === '*' || segment === address.path[i]);
}
