import type { Span } from '../model';

/** A node of the template graph: a resource, or a parameter some resource refers to. */
export interface GraphNode {
  /** The logical ID or parameter name. */
  id: string;
  kind: 'resource' | 'parameter';
  /** The resource type (`AWS::S3::Bucket`) or parameter type (`String`), when written as a string. */
  type?: string;
  /** The name in its key (inside any quotes), where a click jumps to. */
  span: Span;
}

/** How one node refers to another. */
export type EdgeKind = 'ref' | 'getatt' | 'dependsOn' | 'sub';

/** `from` refers to `to`: `from` depends on `to`, which CloudFormation creates first. */
export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

export interface TemplateGraph {
  /** Resources in source order, then the parameters they refer to in source order. */
  nodes: GraphNode[];
  /** One edge per (from, to, kind), in the order of the first reference. */
  edges: GraphEdge[];
}

/** What a changed property does to its resource, as the resource schema says. */
export type ReplacementEffect = 'replaces' | 'may replace';

export interface PropertyChange {
  /** The property, dotted below the top level, e.g. `BucketName` or `BlockDeviceMappings.Ebs.Encrypted`. */
  path: string;
  effect: ReplacementEffect;
}

/**
 * What deploying the current text over the saved one would do to a resource beyond an in-place update:
 * - 'properties': changed properties whose update requires replacement ('replaces') or may ('may replace');
 * - 'type': the Type changed: CloudFormation rejects the update ('blocked', "Update of resource type is not
 *   permitted"); a new type needs a new logical ID;
 * - 'added': the logical ID is new ('creates'; a renamed logical ID creates a new resource, then deletes the
 *   old one unless its DeletionPolicy retains it).
 */
export interface ResourceChange {
  logicalId: string;
  reason: 'properties' | 'type' | 'added';
  effect: ReplacementEffect | 'creates' | 'blocked';
  /** For 'properties': the changed properties that cause it, in source order. */
  properties: PropertyChange[];
  /** For 'type': the saved type. */
  previousType?: string;
  /** For 'added': the saved logical ID this one seems to be renamed from (same type, gone from the text). */
  renamedFrom?: string;
}
