/** The candidate a mistyped name most likely meant, or undefined when none is close. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  // A third of the name may be wrong (at least 1, at most 4 edits): more and the match is a guess.
  const allowed = Math.min(4, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

let previous = new Uint16Array(64);
let current = new Uint16Array(64);

/** Levenshtein distance, giving up (returning `limit`) once every path costs at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (b.length + 1 > previous.length) {
    previous = new Uint16Array(b.length * 2 + 2);
    current = new Uint16Array(b.length * 2 + 2);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = charA === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

const typesByService = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * The resource type `type` most likely meant: the closest service first (`AWS::EC2`), then the
 * closest type within it, so a look-up costs a few hundred comparisons, not thousands.
 */
export function closestResourceType(type: string, typeNames: readonly string[]): string | undefined {
  let services = typesByService.get(typeNames);
  if (!services) {
    services = new Map();
    for (const name of typeNames) {
      const service = name.slice(0, name.lastIndexOf('::'));
      const group = services.get(service);
      if (group) group.push(name);
      else services.set(service, [name]);
    }
    typesByService.set(typeNames, services);
  }
  const cut = type.lastIndexOf('::');
  if (cut <= 0) return undefined;
  const service = closestName(type.slice(0, cut), services.keys());
  return service ? closestName(type, services.get(service) ?? []) : undefined;
}
