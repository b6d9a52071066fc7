/**
 * The layers of a layered drawing and the order inside each, in time linear in nodes and edges
 * (apart from sorting each layer): no recursion, so a chain of any length cannot exhaust the stack.
 */

/** Each id's dependencies (or dependents), in edge order. */
export type Adjacency = Map<string, string[]>;

export function adjacency(ids: readonly string[], pairs: readonly (readonly [string, string])[]): Adjacency {
  const map: Adjacency = new Map(ids.map((id) => [id, []]));
  for (const [a, b] of pairs) if (map.has(b)) map.get(a)?.push(b);
  return map;
}

/**
 * Each node one layer below the deepest node it depends on (longest path), found by a depth-first
 * walk in node order; an edge back to a node still being walked closes a cycle and does not push
 * the layer down.
 */
export function longestPathLayers(ids: readonly string[], dependencies: Adjacency): Map<string, number> {
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  for (const root of ids) {
    if (layers.has(root)) continue;
    // Each frame: a node and how many of its dependencies have been walked.
    const stack: { id: string; next: number; layer: number }[] = [{ id: root, next: 0, layer: 0 }];
    visiting.add(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const children = dependencies.get(frame.id)!;
      if (frame.next < children.length) {
        const child = children[frame.next++];
        const known = layers.get(child);
        if (known !== undefined) frame.layer = Math.max(frame.layer, known + 1);
        else if (!visiting.has(child)) {
          visiting.add(child);
          stack.push({ id: child, next: 0, layer: 0 });
        }
        continue;
      }
      stack.pop();
      visiting.delete(frame.id);
      layers.set(frame.id, frame.layer);
      const parent = stack[stack.length - 1];
      if (parent) parent.layer = Math.max(parent.layer, frame.layer + 1);
    }
  }
  return layers;
}

/**
 * Orders each layer by the barycenter of its neighbours in the layer above, then below, for a few
 * sweeps; nodes without neighbours there keep their place. Neighbours are in adjacent layers only.
 */
export function orderLayers(layers: string[][], up: Adjacency, down: Adjacency, sweeps: number): void {
  // Where each node stands, kept up to date as layers are reordered (no map built per layer and sweep).
  const place = new Map<string, { layer: number; index: number }>();
  layers.forEach((layer, l) => layer.forEach((id, index) => place.set(id, { layer: l, index })));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let i = 1; i < layers.length; i++) orderByBarycenter(layers[i], i - 1, up, place);
    for (let i = layers.length - 2; i >= 0; i--) orderByBarycenter(layers[i], i + 1, down, place);
  }
}

function orderByBarycenter(layer: string[], fixed: number, neighbours: Adjacency, place: Map<string, { layer: number; index: number }>): void {
  const order = layer.map((id, i) => {
    let sum = 0;
    let count = 0;
    for (const other of neighbours.get(id)!) {
      const at = place.get(other);
      if (at === undefined || at.layer !== fixed) continue;
      sum += at.index;
      count++;
    }
    return { id, key: count > 0 ? sum / count : i, i };
  });
  order.sort((a, b) => a.key - b.key || a.i - b.i);
  order.forEach((entry, i) => {
    layer[i] = entry.id;
    place.get(entry.id)!.index = i;
  });
}
