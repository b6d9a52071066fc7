// Messages from the practice panel's webview are input like any other: the page shows text from the
// workspace's templates, so a message is acted on only when it has the expected shape, and a link is
// opened only when it is a page the panel shows (a question's, a note's or the exam guide).
import type { PanelMessage } from './sessions';

const PLAIN = new Set(['ready', 'home', 'again', 'next', 'previous', 'flag', 'review', 'submitExam', 'confirmSubmit', 'cancelSubmit', 'timeUp', 'startExam', 'reset']);
const SCOPES = new Set(['template', 'weakest', 'all', 'topic', 'domain']);
/** Option ids are 'A'…'F'. */
const MAX_CHOSEN = 6;
/** Longer than any question id (kind, file URI, path) or select value the panel renders. */
const MAX_TEXT = 4096;

/** The message when it is well formed (and its URL one of `urls`); undefined otherwise. */
export function readPracticeMessage(raw: unknown, urls: ReadonlySet<string>): PanelMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string') return undefined;
  if (PLAIN.has(type)) return { type } as PanelMessage;
  switch (type) {
    case 'start':
      return readStart(message);
    case 'submit':
    case 'choose':
      return isChosen(message.chosen) ? { type, chosen: message.chosen } : undefined;
    case 'goto':
      return Number.isSafeInteger(message.index) && (message.index as number) >= 0 ? { type, index: message.index as number } : undefined;
    case 'showInEditor':
      return isText(message.id) ? { type, id: message.id } : undefined;
    case 'openUrl':
      return typeof message.url === 'string' && urls.has(message.url) && message.url.startsWith('https://') ? { type, url: message.url } : undefined;
    default:
      return undefined;
  }
}

function readStart(message: Record<string, unknown>): PanelMessage | undefined {
  const { scope, value, size } = message;
  if (typeof scope !== 'string' || !SCOPES.has(scope)) return undefined;
  if (value !== undefined && !isText(value)) return undefined;
  if (size !== undefined && typeof size !== 'number') return undefined;
  const start = { type: 'start', scope } as Extract<PanelMessage, { type: 'start' }>;
  if (value !== undefined) start.value = value;
  if (size !== undefined) start.size = size;
  return start;
}

function isChosen(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_CHOSEN && value.every((id) => typeof id === 'string' && id.length === 1);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}
