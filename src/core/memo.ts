/**
 * What analyses compute from an object that never changes once made (a template version, a parsed
 * node), kept on that object, so that it is collected with it.
 *
 * Why not module-level WeakMaps keyed by the object: V8's young-generation collector keeps every
 * WeakMap entry whose key is young, and a value that reaches back to its key (a walker holding its
 * template, a declaration holding its entry) kept the whole parsed tree through every scavenge: a
 * third of a small template's lint went to copying trees that were already garbage.
 *
 * The memo is a non-enumerable property: spreading or comparing an object does not carry it along.
 */
const MEMO = Symbol('memo');

interface Memoized {
  [MEMO]?: Map<unknown, unknown>;
}

function memoOf(owner: object): Map<unknown, unknown> {
  const holder = owner as Memoized;
  let memo = holder[MEMO];
  if (!memo) {
    memo = new Map();
    Object.defineProperty(owner, MEMO, { value: memo, enumerable: false, writable: false, configurable: true });
  }
  return memo;
}

/**
 * `compute(owner)`, computed once per owner. The function itself is the key: pass a module-level
 * function, never a closure made per call (each would compute again).
 */
export function memoized<Owner extends object, Value>(owner: Owner, compute: (owner: Owner) => Value): Value {
  const memo = memoOf(owner);
  const known = memo.get(compute);
  if (known !== undefined || memo.has(compute)) return known as Value;
  const value = compute(owner);
  memo.set(compute, value);
  return value;
}

/** What was kept on `owner` under `key` by `keep`, if anything. */
export function kept<Value>(owner: object, key: MemoKey<Value>): Value | undefined {
  return (owner as Memoized)[MEMO]?.get(key) as Value | undefined;
}

/** Keeps `value` on `owner` under `key`, replacing what was kept there. */
export function keep<Value>(owner: object, key: MemoKey<Value>, value: Value): void {
  memoOf(owner).set(key, value);
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
