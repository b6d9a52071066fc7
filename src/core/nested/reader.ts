import { formatOf, parseTemplate } from '../template';
import { childTemplateOf } from './summary';
import type { ChildTemplate } from './types';

/** A nested stack's template as its host read it: the location the parent writes, the file's URI (or path) and its text. */
export interface ChildText {
  location: string;
  uri: string;
  /** null: the file could not be read. */
  text: string | null;
  /** The host knows no file is there (not merely that it could not read one). */
  missing?: boolean;
}

/** What a missing child declares: nothing known, so no name it would declare is reported; the rule reports the file. */
const MISSING_CHILD: ChildTemplate = { outputs: undefined, outputDescriptions: {}, parameters: undefined, missing: true };

/** How many child templates a reader keeps parsed (they are small; a workspace has few). */
const KEPT = 200;

/** What child templates declare, by location; each text is parsed again only when it changes. */
export class ChildTemplateReader {
  private readonly kept = new Map<string, { text: string; child: ChildTemplate | undefined }>();

  read(texts: readonly ChildText[]): Map<string, ChildTemplate> {
    const children = new Map<string, ChildTemplate>();
    for (const { location, uri, text, missing } of texts) {
      if (missing) children.set(location, MISSING_CHILD);
      if (text === null) continue;
      let kept = this.kept.get(uri);
      if (kept?.text !== text) {
        if (this.kept.size >= KEPT) this.kept.clear();
        kept = { text, child: childTemplateOf(parseTemplate(text, formatOf(undefined, uri, text))) };
        this.kept.set(uri, kept);
      }
      if (kept.child) children.set(location, kept.child);
    }
    return children;
  }

  forget(uri: string): void {
    this.kept.delete(uri);
  }
}
