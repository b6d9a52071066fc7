/** JSON documents that a property holds as text or as a map (ECR lifecycle and repository policies). */
import { isMap, isString, toPlain, valueOf, type TemplateNode } from '../../../model';
import { intrinsicName, literalString } from '../support/values';

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string } | undefined;

/**
 * The document a node holds: a map written in the template, or JSON text (also inside an Fn::Sub
 * without variables). Undefined when the text is computed or holds intrinsics.
 */
export function parsedDocument(node: TemplateNode | undefined): Parsed {
  if (node === undefined) return undefined;
  if (isMap(node)) {
    const name = intrinsicName(node);
    if (name === 'Fn::Sub') return parseText(literalString(valueOf(node, 'Fn::Sub')));
    // Intrinsics inside (a principal built with !Sub) stay as objects that match no literal value.
    return name === undefined ? { ok: true, value: toPlain(node) } : undefined;
  }
  return isString(node) ? parseText(node.value) : undefined;
}

function parseText(text: string | undefined): Parsed {
  if (text === undefined || text.includes('${')) return undefined;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A plain object's property, when the value is an object. */
export function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

/** A value as a list: arrays as they are, a single value as a list of one. */
export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
