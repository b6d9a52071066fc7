import { adjacency, longestPathLayers, orderLayers } from './layers';
import { assignLanes, type LaneRequest } from './lanes';
import type { GraphEdge, TemplateGraph } from './types';

/** Where a node is drawn, in pixels; layer 0 (top) holds what depends on nothing. */
export interface NodePlacement {
  id: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * How to draw the edges from one node to another: through these points, listed from `from` (below)
 * upwards, in pairs: the bottom and the top of a stretch drawn straight (a passage kept free in a layer
 * the edge crosses, or a lane at the side of the drawing).
 */
export interface EdgeRoute {
  from: string;
  to: string;
  points: Point[];
}

export interface GraphLayout {
  nodes: NodePlacement[];
  /** One per pair of nodes with edges between them, in the order of their first edge. */
  routes: EdgeRoute[];
  width: number;
  height: number;
}

const NODE_HEIGHT = 44;
const LAYER_GAP = 64;
const NODE_GAP = 28;
const PASSAGE_WIDTH = 8;
const LANE_GAP = 8;
const MARGIN = 16;
const SWEEPS = 4;
/** Passages per node at most: past that, the edges crossing the most layers run in lanes (so the cost stays linear). */
const PASSAGES_PER_NODE = 2;

/**
 * A layered (Sugiyama-style) drawing, in time linear in nodes and edges: each node one layer below
 * the deepest node it depends on (longest path, so dependencies sit above their dependents). An edge
 * crossing layers gets a passage in each, so it goes around the nodes there, as long as the passages
 * stay within a budget proportional to the graph's size; edges past it (those crossing the most
 * layers first) run up a lane at the nearer side of the drawing, shared by the edges to the same
 * node. The order inside each layer follows the barycenter of neighbours in the layer above, then
 * below, for a few sweeps. Edges closing a dependency cycle do not push layers down.
 */
export function layoutGraph(graph: TemplateGraph): GraphLayout {
  const ids = graph.nodes.map((node) => node.id);
  const pairs = uniquePairs(graph.edges, new Set(ids));
  const layerOf = longestPathLayers(ids, adjacency(ids, pairs));
  const inLanes = laneEdges(pairs, layerOf, PASSAGES_PER_NODE * ids.length);
  const { passages, links } = withPassages(pairs, layerOf, inLanes);
  const layers: string[][] = [];
  for (const id of ids) (layers[layerOf.get(id)!] ??= []).push(id);
  for (const chain of passages) for (const id of chain) (layers[layerOf.get(id)!] ??= []).push(id);
  const up = adjacency([...layerOf.keys()], links);
  const down = adjacency([...layerOf.keys()], links.map(([a, b]) => [b, a]));
  orderLayers(layers, up, down, SWEEPS);
  const widths = new Map(graph.nodes.map((node) => [node.id, nodeWidth(node.id, typeLabel(node.kind, node.type))]));
  const placed = place(layers, (id) => widths.get(id) ?? PASSAGE_WIDTH);
  const lanes = assignLanes(laneRequests(pairs, inLanes, layerOf, placed));
  const shift = lanes.left > 0 ? lanes.left * LANE_GAP : 0;
  const width = placed.width + shift + lanes.right * LANE_GAP;
  const laneX = (side: 'left' | 'right', lane: number): number =>
    side === 'left' ? MARGIN + (lanes.left - 1 - lane) * LANE_GAP : placed.width + shift - MARGIN + (lane + 1) * LANE_GAP;
  const routes = pairs.map(([from, to], i): EdgeRoute => {
    const lane = lanes.byTarget.get(to);
    if (inLanes.has(i) && lane) {
      const x = laneX(lane.side, lane.lane);
      const fromTop = placed.placements.get(from)!.y;
      const toBottom = placed.placements.get(to)!.y + NODE_HEIGHT;
      return { from, to, points: [{ x, y: fromTop - LAYER_GAP / 2 }, { x, y: toBottom + LAYER_GAP / 2 }] };
    }
    const points = passages[i].flatMap((id) => {
      const { x, y, width: w } = placed.placements.get(id)!;
      return [{ x: x + shift + w / 2, y: y + NODE_HEIGHT }, { x: x + shift + w / 2, y }];
    });
    return { from, to, points };
  });
  const nodes = ids.map((id) => {
    const placement = placed.placements.get(id)!;
    return shift ? { ...placement, x: placement.x + shift } : placement;
  });
  return { nodes, routes, width, height: placed.height };
}

function uniquePairs(edges: GraphEdge[], ids: Set<string>): [string, string][] {
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const { from, to } of edges) {
    const key = `${from}\u0000${to}`;
    if (from === to || !ids.has(from) || !ids.has(to) || seen.has(key)) continue;
    seen.add(key);
    pairs.push([from, to]);
  }
  return pairs;
}

/** The edges (by index) that run in lanes: the ones crossing the most layers, once passages would pass the budget. */
function laneEdges(pairs: [string, string][], layerOf: Map<string, number>, budget: number): Set<number> {
  const crossing = pairs
    .map(([from, to], i) => ({ i, passages: layerOf.get(from)! - layerOf.get(to)! - 1 }))
    .filter((edge) => edge.passages > 0)
    .sort((a, b) => a.passages - b.passages || a.i - b.i);
  const inLanes = new Set<number>();
  let used = 0;
  for (const edge of crossing) {
    if (used + edge.passages <= budget) used += edge.passages;
    else inLanes.add(edge.i);
  }
  return inLanes;
}

/** A passage (a placeholder node) in every layer an edge crosses; links join adjacent layers. Adds the passages' layers. */
function withPassages(pairs: [string, string][], layerOf: Map<string, number>, inLanes: Set<number>) {
  const passages: string[][] = [];
  const links: [string, string][] = [];
  pairs.forEach(([from, to], i) => {
    const chain: string[] = [];
    if (inLanes.has(i)) {
      passages.push(chain);
      return;
    }
    let previous = from;
    for (let layer = layerOf.get(from)! - 1; layer > layerOf.get(to)!; layer--) {
      const id = `\u0000${i}:${layer}`; // no logical ID contains a NUL
      layerOf.set(id, layer);
      links.push([previous, id]);
      chain.push(id);
      previous = id;
    }
    links.push([previous, to]);
    passages.push(chain);
  });
  return { passages, links };
}

/** For each node that lane edges lead to: the layers the lane spans, and the side nearer the node. */
function laneRequests(pairs: [string, string][], inLanes: Set<number>, layerOf: Map<string, number>, placed: Placed): LaneRequest[] {
  const byTarget = new Map<string, LaneRequest>();
  for (const i of inLanes) {
    const [from, to] = pairs[i];
    const request = byTarget.get(to);
    const bottom = layerOf.get(from)!;
    if (request) request.bottom = Math.max(request.bottom, bottom);
    else {
      const { x, width } = placed.placements.get(to)!;
      byTarget.set(to, { target: to, top: layerOf.get(to)!, bottom, side: x + width / 2 <= placed.width / 2 ? 'left' : 'right' });
    }
  }
  return [...byTarget.values()];
}

/** The second line of a node as the webview draws it (media/graph/graph.js): a parameter's type after "Parameter". */
export function typeLabel(kind: 'resource' | 'parameter', type: string | undefined): string {
  return kind === 'parameter' ? `Parameter ${type ?? ''}`.trim() : (type ?? '');
}

/** Wide enough for the name (13px) and the type line (11px) in the webview's font. */
export function nodeWidth(id: string, type: string | undefined): number {
  return Math.ceil(Math.max(96, 7.5 * id.length, 6.5 * (type?.length ?? 0)) + 20);
}

interface Placed {
  placements: Map<string, NodePlacement>;
  width: number;
  height: number;
}

/** Centred rows with fixed gaps, before any lanes are added at the sides. */
function place(layers: string[][], widthOf: (id: string) => number): Placed {
  const rowWidths = layers.map((layer) => layer.reduce((sum, id) => sum + widthOf(id), 0) + NODE_GAP * (layer.length - 1));
  const width = layers.length ? rowWidths.reduce((widest, row) => Math.max(widest, row), 0) + 2 * MARGIN : 0;
  const placements = new Map<string, NodePlacement>();
  layers.forEach((layer, index) => {
    let x = (width - rowWidths[index]) / 2;
    for (const id of layer) {
      const y = MARGIN + index * (NODE_HEIGHT + LAYER_GAP);
      placements.set(id, { id, layer: index, x: Math.round(x), y, width: widthOf(id), height: NODE_HEIGHT });
      x += widthOf(id) + NODE_GAP;
    }
  });
  const height = layers.length ? MARGIN * 2 + layers.length * NODE_HEIGHT + (layers.length - 1) * LAYER_GAP : 0;
  return { placements, width, height };
}
