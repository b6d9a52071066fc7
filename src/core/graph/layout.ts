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
 * upwards, two per layer crossed (the bottom and top of the gap kept free in that layer).
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
const MARGIN = 16;
const SWEEPS = 4;

/**
 * A layered (Sugiyama-style) drawing: each node one layer below the deepest node it depends on (longest
 * path, so dependencies sit above their dependents); an edge crossing layers gets a passage in each, so
 * it goes around the nodes there; the order inside each layer follows the barycenter of neighbours in the
 * layer above, then below, for a few sweeps. Edges closing a dependency cycle do not push layers down.
 */
export function layoutGraph(graph: TemplateGraph): GraphLayout {
  const ids = graph.nodes.map((node) => node.id);
  const pairs = uniquePairs(graph.edges, new Set(ids));
  const layerOf = longestPathLayers(ids, adjacency(ids, pairs));
  const { passages, links } = withPassages(pairs, layerOf);
  const allIds = [...ids, ...passages.flat()];
  const layers: string[][] = [];
  for (const id of allIds) (layers[layerOf.get(id)!] ??= []).push(id);
  const up = adjacency(allIds, links);
  const down = adjacency(allIds, links.map(([a, b]) => [b, a]));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let i = 1; i < layers.length; i++) orderByBarycenter(layers[i], layers[i - 1], up);
    for (let i = layers.length - 2; i >= 0; i--) orderByBarycenter(layers[i], layers[i + 1], down);
  }
  const widths = new Map(graph.nodes.map((node) => [node.id, nodeWidth(node.id, typeLabel(node.kind, node.type))]));
  const { placements, width, height } = place(layers, (id) => widths.get(id) ?? PASSAGE_WIDTH);
  const routes = pairs.map(([from, to], i): EdgeRoute => ({
    from,
    to,
    points: passages[i].flatMap((id) => {
      const { x, y, width: w } = placements.get(id)!;
      return [{ x: x + w / 2, y: y + NODE_HEIGHT }, { x: x + w / 2, y }];
    }),
  }));
  return { nodes: ids.map((id) => placements.get(id)!), routes, width, height };
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

/** A passage (a placeholder node) in every layer an edge crosses; links join adjacent layers. Adds the passages' layers. */
function withPassages(pairs: [string, string][], layerOf: Map<string, number>) {
  const passages: string[][] = [];
  const links: [string, string][] = [];
  pairs.forEach(([from, to], i) => {
    const chain: string[] = [];
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

function adjacency(ids: string[], pairs: [string, string][]): Map<string, string[]> {
  const map = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of pairs) if (map.has(b)) map.get(a)?.push(b);
  return map;
}

function longestPathLayers(ids: string[], dependencies: Map<string, string[]>): Map<string, number> {
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = layers.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return -1; // a cycle: this edge does not push the layer down
    visiting.add(id);
    const layer = 1 + Math.max(-1, ...dependencies.get(id)!.map(visit));
    visiting.delete(id);
    layers.set(id, layer);
    return layer;
  };
  ids.forEach(visit);
  return layers;
}

/** Sorts a layer by the mean position of each node's neighbours in the fixed layer; nodes without any keep their place. */
function orderByBarycenter(layer: string[], fixed: string[], neighbours: Map<string, string[]>): void {
  const position = new Map(fixed.map((id, i) => [id, i]));
  const keys = layer.map((id, i) => {
    const placed = neighbours.get(id)!.map((other) => position.get(other)).filter((p): p is number => p !== undefined);
    return placed.length ? placed.reduce((sum, p) => sum + p, 0) / placed.length : i;
  });
  const order = layer.map((id, i) => ({ id, key: keys[i], i })).sort((a, b) => a.key - b.key || a.i - b.i);
  order.forEach((entry, i) => (layer[i] = entry.id));
}

/** The second line of a node as the webview draws it (media/graph/graph.js): a parameter's type after "Parameter". */
export function typeLabel(kind: 'resource' | 'parameter', type: string | undefined): string {
  return kind === 'parameter' ? `Parameter ${type ?? ''}`.trim() : (type ?? '');
}

/** Wide enough for the name (13px) and the type line (11px) in the webview's font. */
export function nodeWidth(id: string, type: string | undefined): number {
  return Math.ceil(Math.max(96, 7.5 * id.length, 6.5 * (type?.length ?? 0)) + 20);
}

function place(layers: string[][], widthOf: (id: string) => number) {
  const rowWidth = (layer: string[]) => layer.reduce((sum, id) => sum + widthOf(id), 0) + NODE_GAP * (layer.length - 1);
  const width = layers.length ? Math.max(...layers.map(rowWidth)) + 2 * MARGIN : 0;
  const placements = new Map<string, NodePlacement>();
  layers.forEach((layer, index) => {
    let x = (width - rowWidth(layer)) / 2;
    for (const id of layer) {
      const y = MARGIN + index * (NODE_HEIGHT + LAYER_GAP);
      placements.set(id, { id, layer: index, x: Math.round(x), y, width: widthOf(id), height: NODE_HEIGHT });
      x += widthOf(id) + NODE_GAP;
    }
  });
  const height = layers.length ? MARGIN * 2 + layers.length * NODE_HEIGHT + (layers.length - 1) * LAYER_GAP : 0;
  return { placements, width, height };
}
