import type { Span } from '../model';
import type { Template } from '../template';
import { HOVER_PROVIDERS } from './providers';

/** One part of a hover, in Markdown; parts are shown in the order the providers are listed. */
export interface HoverSection {
  markdown: string;
  /** The documentation page the section rests on, where it has one (an exam note's). */
  url?: string;
}

export interface HoverResult {
  sections: HoverSection[];
  /** The text the hover is about (a key, a value, a tag). */
  span: Span;
}

/** Gives what it knows about the node at `offset`, or undefined. */
export type HoverProvider = (template: Template, offset: number) => HoverResult | undefined;

/** Everything the providers know about the position, sections in provider order. */
export function hoverAt(template: Template, offset: number, providers: readonly HoverProvider[] = HOVER_PROVIDERS): HoverResult | undefined {
  if (!template.isTemplate || !template.root) return undefined;
  const results = providers.map((provider) => provider(template, offset)).filter((result) => result !== undefined);
  if (results.length === 0) return undefined;
  return { sections: results.flatMap((result) => result.sections), span: results[0].span };
}
