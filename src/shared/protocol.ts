/** Messages between the extension and its language server beyond standard LSP. */

export const TEMPLATE_STATUS_NOTIFICATION = 'cfnCoach/templateStatus';

/** Sent after each analysis, so the client can show whether a file is a template. */
export interface TemplateStatusParams {
  uri: string;
  version: number;
  isTemplate: boolean;
  errors: number;
  warnings: number;
  /** Information messages: the Problems panel lists them too. */
  infos: number;
}

export const LANGUAGE_IDS = ['yaml', 'json', 'jsonc'] as const;

/**
 * Request, server → client (the web build, whose server cannot read files): the text of a workspace
 * file by URI, or null when it cannot be read. Used for the local templates of nested stacks.
 */
export const READ_FILE_REQUEST = 'cfnCoach/readFile';

/** Request: the open template converted to the other format (JSON ⇄ YAML), or null when it cannot be. */
export const CONVERT_REQUEST = 'cfnCoach/convert';

export interface ConvertParams {
  uri: string;
}

export interface ConvertResult {
  format: 'yaml' | 'json';
  text: string;
}

/** Request: the template graph of an open template (see src/core/graph), or null when it is not a template. */
export const GRAPH_REQUEST = 'cfnCoach/graph';

export interface GraphParams {
  uri: string;
  /** The file as saved on disk: resources the open text would replace compared with it are marked. */
  savedText?: string;
}

export interface GraphPosition {
  line: number;
  character: number;
}

export interface GraphNodeView {
  id: string;
  kind: 'resource' | 'parameter';
  type?: string;
  /** The name in its key, where a click on the node puts the cursor. */
  range: { start: GraphPosition; end: GraphPosition };
  x: number;
  y: number;
  width: number;
  height: number;
  /** Set when deploying the open text over the saved file would replace or newly create this resource. */
  change?: import('../core/graph').ResourceChange;
}

export interface GraphResult {
  nodes: GraphNodeView[];
  /** With the points to draw each edge through, from `from` upwards (see EdgeRoute in src/core/graph). */
  edges: (import('../core/graph').GraphEdge & { points: import('../core/graph').Point[] })[];
  width: number;
  height: number;
  /** Whether a saved file was compared with (false for an untitled document). */
  compared: boolean;
}

/** The command that opens the deployment view: arguments are a logical id and, optionally, the document URI. */
export { SHOW_DEPLOYMENT_COMMAND } from '../core/simulate/command';

/** Request: what the deployment simulator makes of an open template (see src/core/simulate), or null when it is not a template. */
export const DEPLOYMENT_REQUEST = 'cfnCoach/deployment';

export interface DeploymentParams {
  uri: string;
  /** The resource to show; the first simulated one when absent or gone. */
  resource?: string;
  /** A fleet size chosen in the view for that resource. */
  fleet?: number;
}

export interface DeploymentResourceView {
  logicalId: string;
  type: string;
  /** The resource's key, where the view can put the cursor. */
  range: { start: GraphPosition; end: GraphPosition };
}

export type DeploymentTimelineView = Omit<import('../core/simulate').Timeline, 'decidingSpans'> & {
  /** Where the deciding setting is written. */
  decidingRange?: { start: GraphPosition; end: GraphPosition };
};

export interface DeploymentResult {
  /** Every resource the simulator understands, in source order. */
  resources: DeploymentResourceView[];
  /** The resource shown (undefined when there is none). */
  selected?: string;
  timelines: DeploymentTimelineView[];
}
