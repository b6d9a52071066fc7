import { ChildTemplateReader, type ChildTemplate, type ChildText } from '../core';

/** Reads a file of the workspace by URI; null when the host knows no file is there, undefined when it cannot be read. */
export type ReadFile = (uri: string) => Promise<string | null | undefined>;

/** The open documents' texts by URI (the editor's text wins over the file's). */
export interface OpenTexts {
  get(uri: string): { getText(): string } | undefined;
}

/**
 * The local templates of each open document's nested stacks (`TemplateURL: ./network.yaml`): which a
 * parent names, their text (an open editor's, else the file's, read once until it changes), what the
 * parent's last analysis read, and which parents to analyse again when one changes.
 */
export class NestedTemplates {
  /** Per parent URI: the locations its last analysis named. */
  private readonly locationsByParent = new Map<string, readonly string[]>();
  private readonly fileTexts = new Map<string, Promise<string | null | undefined>>();
  /** Per parent URI: the children's texts its last analysis was given (hover and completion read these). */
  private readonly lastRead = new Map<string, ChildText[]>();
  /** Children parsed for completion, once per text. */
  private readonly summaries = new ChildTemplateReader();
  /** Set when the client reports changes on disk (a file watcher): a file read is then kept until it changes. */
  keepFileTexts = false;

  constructor(
    private readonly open: OpenTexts,
    private readonly readFile: ReadFile | undefined,
  ) {}

  /** The locations the parent's last analysis named (none before the first). */
  locationsOf(parentUri: string): readonly string[] {
    return this.locationsByParent.get(parentUri) ?? [];
  }

  /** Keeps what the parent's analysis named; true when it differs from what was kept. */
  remember(parentUri: string, locations: readonly string[]): boolean {
    const before = this.locationsOf(parentUri);
    if (before.length === locations.length && before.every((location, index) => location === locations[index])) return false;
    if (locations.length === 0) this.locationsByParent.delete(parentUri);
    else this.locationsByParent.set(parentUri, locations);
    return true;
  }

  /** The children's texts, for an analysis of the parent. */
  async read(parentUri: string, locations: readonly string[]): Promise<ChildText[]> {
    const texts = await Promise.all(
      locations.map(async (location): Promise<ChildText | undefined> => {
        const uri = childUri(location, parentUri);
        if (!uri) return undefined;
        const text = this.open.get(uri)?.getText() ?? (await this.fileText(uri));
        return text === null ? { location, uri, text: null, missing: true } : { location, uri, text: text ?? null };
      }),
    );
    const read = texts.filter((text): text is ChildText => text !== undefined);
    this.lastRead.set(parentUri, read);
    return read;
  }

  /**
   * What the parent's local children declare, by location, as its last analysis read them (for hover and
   * completion on this thread: no file is read again for them; the analysis parses its own in the worker).
   */
  childTemplates(parentUri: string): Map<string, ChildTemplate> {
    return this.summaries.read(this.lastRead.get(parentUri) ?? []);
  }

  /** One child's text as the parent's last analysis read it (an open editor's current text wins), for go to definition. */
  childText(parentUri: string, location: string): ChildText | undefined {
    const read = this.lastRead.get(parentUri)?.find((child) => child.location === location);
    if (!read) return undefined;
    const open = this.open.get(read.uri);
    return open ? { ...read, text: open.getText() } : read;
  }

  /** A file changed (edited, saved, closed, or changed on disk): the parents that name it. */
  changed(uri: string): string[] {
    this.fileTexts.delete(uri);
    this.summaries.forget(uri);
    return [...this.locationsByParent]
      .filter(([parent, locations]) => locations.some((location) => childUri(location, parent) === uri))
      .map(([parent]) => parent);
  }

  forget(parentUri: string): void {
    this.locationsByParent.delete(parentUri);
    this.lastRead.delete(parentUri);
  }

  private fileText(uri: string): Promise<string | null | undefined> {
    let text = this.fileTexts.get(uri);
    if (!text) {
      text = this.readFile ? this.readFile(uri).catch(() => undefined) : Promise.resolve(undefined);
      if (this.keepFileTexts) this.fileTexts.set(uri, text);
    }
    return text;
  }
}

/** The URI of a location relative to its parent's URI (backslashes read as slashes), when it stays on the parent's scheme. */
export function childUri(location: string, parentUri: string): string | undefined {
  try {
    const parent = new URL(parentUri);
    // A location is a file path, not a URL: `#`, `?` and `%` are part of the name.
    const path = location
      .replace(/\\/g, '/')
      .split('/')
      .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
      .join('/');
    const child = new URL(path, parent);
    return child.protocol === parent.protocol ? child.href : undefined;
  } catch {
    return undefined;
  }
}
