// Messages from the graph webview (media/graph/graph.js): it is ready for data, or the user chose a node.
// Anything else is ignored; a chosen node is looked up among the nodes last sent, never trusted as a place.

/** `focus`: the editor takes the keyboard focus (Enter on a node); a click leaves it in the graph, as the Outline view does. */
export type GraphMessage = { type: 'ready' } | { type: 'reveal'; id: string; focus?: true };

/** Logical ids are at most 255 characters; a longer id names no node. */
const MAX_ID_LENGTH = 255;

export function readGraphMessage(raw: unknown): GraphMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  if (message.type === 'ready') return { type: 'ready' };
  if (message.type === 'reveal' && typeof message.id === 'string' && message.id.length <= MAX_ID_LENGTH) {
    return message.focus === true ? { type: 'reveal', id: message.id, focus: true } : { type: 'reveal', id: message.id };
  }
  return undefined;
}
