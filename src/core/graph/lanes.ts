/**
 * Lanes at the sides of the drawing for edges that cross many layers: one lane per node such edges
 * lead to, from the deepest layer they start in up to the node's layer. Lanes whose layers do not
 * overlap share a column (interval partitioning: sort by top, reuse the lane that ends first).
 */

export interface LaneRequest {
  /** The node the lane leads to. */
  target: string;
  /** The target's layer. */
  top: number;
  /** The deepest layer an edge in the lane starts from. */
  bottom: number;
  side: 'left' | 'right';
}

export interface Lanes {
  /** How many lane columns each side needs. */
  left: number;
  right: number;
  /** Lane 0 is the column nearest the nodes. */
  byTarget: Map<string, { side: 'left' | 'right'; lane: number }>;
}

export function assignLanes(requests: readonly LaneRequest[]): Lanes {
  const byTarget = new Map<string, { side: 'left' | 'right'; lane: number }>();
  const count = (side: 'left' | 'right'): number => {
    const ofSide = requests.filter((request) => request.side === side).sort((a, b) => a.top - b.top || a.bottom - b.bottom);
    const ending = new MinHeap();
    let lanes = 0;
    for (const request of ofSide) {
      const first = ending.peek();
      const lane = first && first.bottom <= request.top ? ending.pop()!.lane : lanes++;
      ending.push({ bottom: request.bottom, lane });
      byTarget.set(request.target, { side, lane });
    }
    return lanes;
  };
  return { left: count('left'), right: count('right'), byTarget };
}

interface Ending {
  bottom: number;
  lane: number;
}

/** Lanes in use, the one that ends highest (then the lowest-numbered) first. */
class MinHeap {
  private readonly items: Ending[] = [];

  peek(): Ending | undefined {
    return this.items[0];
  }

  push(item: Ending): void {
    const items = this.items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(items[at], items[parent])) break;
      [items[at], items[parent]] = [items[parent], items[at]];
      at = parent;
    }
  }

  pop(): Ending | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    items[0] = last;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < items.length && before(items[left], items[smallest])) smallest = left;
      if (right < items.length && before(items[right], items[smallest])) smallest = right;
      if (smallest === at) return top;
      [items[at], items[smallest]] = [items[smallest], items[at]];
      at = smallest;
    }
  }
}

function before(a: Ending, b: Ending): boolean {
  return a.bottom < b.bottom || (a.bottom === b.bottom && a.lane < b.lane);
}
