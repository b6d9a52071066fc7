// Messages from the study panel's webview are input like any other: the webview renders text from the
// workspace's templates, so a message is acted on only when it has the expected shape and names
// something the panel shows (a template of the workspace, a note, a documentation page, a lab).
import type { Coverage } from '../../core/study/coverage';

export type PanelMessage =
  | { type: 'ready' | 'refresh' | 'resetProgress' }
  | { type: 'openSite'; uri: string; line: number; character: number }
  | { type: 'newLab'; prefix: string }
  | { type: 'setRead'; note: string; read: boolean }
  | { type: 'openUrl'; url: string };

/** What the panel shows and a message may name. */
export interface PanelTargets {
  templates: ReadonlySet<string>;
  notes: ReadonlySet<string>;
  urls: ReadonlySet<string>;
  labs: ReadonlySet<string>;
}

/** Lines and characters beyond any template we analyse. */
const MAX_POSITION = 10_000_000;

export function panelTargets(coverage: Coverage | undefined): PanelTargets {
  const topics = coverage?.topics ?? [];
  return {
    templates: new Set(topics.flatMap((topic) => topic.sites.map((site) => site.uri))),
    notes: new Set(topics.flatMap((topic) => topic.notes.map((note) => note.id))),
    urls: new Set(topics.flatMap((topic) => topic.notes.map((note) => note.url))),
    labs: new Set(topics.flatMap((topic) => topic.snippets.map((snippet) => snippet.prefix))),
  };
}

/** The message when it is well formed and names a target of the panel; undefined otherwise. */
export function readPanelMessage(raw: unknown, targets: PanelTargets): PanelMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'refresh':
    case 'resetProgress':
      return { type: message.type };
    case 'openSite': {
      const { uri, line, character } = message;
      if (!isMember(uri, targets.templates) || !isPosition(line) || !isPosition(character)) return undefined;
      return { type: 'openSite', uri, line, character };
    }
    case 'newLab':
      return isMember(message.prefix, targets.labs) ? { type: 'newLab', prefix: message.prefix } : undefined;
    case 'setRead':
      return isMember(message.note, targets.notes) && typeof message.read === 'boolean' ? { type: 'setRead', note: message.note, read: message.read } : undefined;
    case 'openUrl':
      return isMember(message.url, targets.urls) && message.url.startsWith('https://') ? { type: 'openUrl', url: message.url } : undefined;
    default:
      return undefined;
  }
}

function isMember(value: unknown, members: ReadonlySet<string>): value is string {
  return typeof value === 'string' && members.has(value);
}

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_POSITION;
}
