import type { NodePath, ScalarNode, Span } from '../model';
import type { Template } from '../template';
import { sourceSpanOf } from './scalarSource';
import type { Reference, ReferenceKind } from './types';

/**
 * The template a reference's spans are worked out in: references kept for a resource an edit left alone
 * (see collect.ts) are moved to each newer template, which holds the same text where they stand.
 */
export interface ReferenceSource {
  template: Template;
}

/**
 * A reference whose spans are worked out on first read: most references are never reported or
 * navigated to, and finding where a name stands in a quoted or block scalar means decoding it.
 * (A class, not getters defined per object: those made every reference a slow dictionary object.)
 */
export class CollectedReference implements Reference {
  attribute?: string;
  attributePath?: NodePath;
  parents?: string[];
  fromResource?: string;
  subHasVariables?: boolean;
  inLoop?: boolean;
  private located?: { span: Span; exact: boolean };
  private attributeAt?: { node: ScalarNode; start: number; end: number };
  private attributeLocated?: Span;

  constructor(
    public kind: ReferenceKind,
    public name: string,
    public node: ScalarNode,
    public path: NodePath,
    public via: string,
    private readonly source: ReferenceSource,
    /** Where the name stands in the node's value. */
    private readonly at: { start: number; end: number },
  ) {}

  get span(): Span {
    return this.location().span;
  }

  set span(span: Span) {
    this.located = { span, exact: this.location().exact };
  }

  get exact(): boolean {
    return this.location().exact;
  }

  set exact(exact: boolean) {
    this.located = { span: this.location().span, exact };
  }

  get attributeSpan(): Span | undefined {
    const at = this.attributeAt;
    if (!this.attributeLocated && at) this.attributeLocated = sourceSpanOf(this.source.template, at.node, at.start, at.end).span;
    return this.attributeLocated;
  }

  /** Where the attribute part (`B` of `A.B`) stands in a node's value, and the path it is reported at. */
  locateAttribute(node: ScalarNode, start: number, end: number, path: NodePath): void {
    this.attributeAt = { node, start, end };
    this.attributePath = path;
  }

  private location(): { span: Span; exact: boolean } {
    return (this.located ??= sourceSpanOf(this.source.template, this.node, this.at.start, this.at.end));
  }
}
