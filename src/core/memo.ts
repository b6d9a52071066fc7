/**
 * What analyses compute from an object that never changes once made (a template version, a parsed
 * node), kept on that object, so that it is collected with it.
 *
 * Why not module-level WeakMaps keyed by the object: V8's young-generation collector keeps every
 * WeakMap entry whose key is young, and a value that reaches back to its key (a walker holding its
 * template, a declaration holding its entry) kept the whole parsed tree through every scavenge: a
 * third of a small template's lint went to copying trees that were already garbage.
 *
 * The memo is a private field stamped onto the owner (a base class whose constructor returns the
 * object it is given): invisible to spreads, JSON, deep equality and Proxy traps (a Proxy gets a memo
 * of its own), and a tenth of the cost of Object.defineProperty.
 */
class ReturnsOwner {
  constructor(owner: object) {
    return owner;
  }
}

class MemoStamp extends ReturnsOwner {
  #memo = new Map<unknown, unknown>();

  static of(owner: object): Map<unknown, unknown> {
    if (!(#memo in owner)) new MemoStamp(owner);
    return (owner as MemoStamp).#memo;
  }

  static existing(owner: object): Map<unknown, unknown> | undefined {
    return #memo in owner ? (owner as MemoStamp).#memo : undefined;
  }
}

/**
 * `compute(owner)`, computed once per owner. The function itself is the key: pass a module-level
 * function, never a closure made per call (each would compute again).
 */
export function memoized<Owner extends object, Value>(owner: Owner, compute: (owner: Owner) => Value): Value {
  const last = compute as LastUse<Owner, Value>;
  if (last.lastOwner === owner) return last.lastValue!;
  const memo = MemoStamp.of(owner);
  let value = memo.get(compute) as Value;
  if (value === undefined && !memo.has(compute)) {
    value = compute(owner);
    memo.set(compute, value);
  }
  if (last.lastOwner === undefined) holding.push(last);
  last.lastOwner = owner;
  last.lastValue = value;
  return value;
}

/** The functions that hold an owner, to be let go by forgetLastUses. */
const holding: LastUse<unknown, unknown>[] = [];

/**
 * Lets go of the owners memoized functions were last asked about. Called when an analysis ends: a
 * finished template held from old objects outlives the next young-generation collection, which then
 * copies its whole tree (scavenges took half again as long).
 */
export function forgetLastUses(): void {
  for (const last of holding) {
    last.lastOwner = undefined;
    last.lastValue = undefined;
  }
  holding.length = 0;
}

/**
 * The owner a memoized function was last asked about, and its value, kept on the function: a rule asks
 * about the same template or node many times in a row (once per resource), and comparing one reference
 * costs a fraction of the private-field and map look-up. It holds one owner per function alive until
 * forgetLastUses.
 */
interface LastUse<Owner, Value> {
  lastOwner?: Owner;
  lastValue?: Value;
}

/** What was kept on `owner` under `key` by `keep`, if anything. */
export function kept<Value>(owner: object, key: MemoKey<Value>): Value | undefined {
  return MemoStamp.existing(owner)?.get(key) as Value | undefined;
}

/** Keeps `value` on `owner` under `key`, replacing what was kept there. */
export function keep<Value>(owner: object, key: MemoKey<Value>, value: Value): void {
  MemoStamp.of(owner).set(key, value);
}

/** A key of `keep` and `kept`: its type parameter says what is kept under it. */
export interface MemoKey<Value> {
  readonly description: string;
  /** Never set: only carries the type. */
  readonly value?: Value;
}

export function memoKey<Value>(description: string): MemoKey<Value> {
  return { description };
}
