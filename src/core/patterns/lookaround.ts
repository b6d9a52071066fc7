/**
 * Lookaround, which RE2 cannot run, taken out of a pattern as tests of their own. A lookaround whose
 * place in the value is fixed — a fixed number of characters after a start anchor (`^(?!aws:)…`,
 * `^[a-z](?!.*--)…`) or before an end anchor (`…(?<!\.git)$`) — holds or fails whichever way the
 * rest of the pattern matches, so the pattern matches exactly when the rest does and each lookaround
 * holds at its place: `(?!X)` k characters in is "`^.{k}X` does not match", `(?<!X)` w characters before
 * the end is "`X.{w}$` does not match". Top-level alternatives are judged one by one (a group of
 * alternatives holding a lookaround is spread over them), after `(?!S)A` pairs became classes
 * (nextCharExclusion.ts). Anything else keeps the pattern unreadable.
 */
import { RE2JS } from 're2js';
import { withNextCharExclusions } from './nextCharExclusion';
import { alternativesOf, fixedWidth, itemsOf, LOOKAROUND, startsAnchored, type Item } from './regexSyntax';

export interface Matcher {
  whole(value: string): boolean;
  part(value: string): boolean;
}

/** A test whose outcome the pattern needs: `^.{k}X` matching (a positive lookahead) or not (a negative one). */
interface Check {
  re: RE2JS;
  holds: boolean;
}

interface BranchPlan {
  /** The alternative without its lookarounds. */
  rest: RE2JS;
  /** Hold wherever the alternative matches. */
  checks: Check[];
  /** `(?!^X)` in an alternative without `^`: holds at the first character only, and trivially further on. */
  startChecks: Check[];
  /** The alternative matching from the second character on, where `startChecks` say nothing. */
  later?: RE2JS;
}

/** Alternatives a pattern may be spread into. */
const MAX_BRANCHES = 32;

/** The pattern as tests RE2 runs; undefined when it has no lookaround, or one whose place is not fixed. */
export function lookaroundMatcher(source: string): Matcher | undefined {
  if (!LOOKAROUND.test(source)) return undefined;
  const plans = branchesOf(withNextCharExclusions(source))?.map(planOf);
  if (!plans || plans.some((plan) => plan === undefined)) return undefined;
  const ready = plans as BranchPlan[];
  return {
    whole: (value) => ready.some((plan) => matchesWhole(plan, value)),
    part: (value) => ready.some((plan) => matchesPart(plan, value)),
  };
}

function matchesWhole(plan: BranchPlan, value: string): boolean {
  return holdAll(plan.checks, value) && holdAll(plan.startChecks, value) && plan.rest.testExact(value);
}

function matchesPart(plan: BranchPlan, value: string): boolean {
  if (!holdAll(plan.checks, value)) return false;
  return (holdAll(plan.startChecks, value) && plan.rest.test(value)) || (plan.later?.test(value) ?? false);
}

function holdAll(checks: readonly Check[], value: string): boolean {
  return checks.every((check) => check.re.test(value) === check.holds);
}

/** The top-level alternatives, each with its single-alternative groups opened and its lookaround-holding groups spread. */
function branchesOf(source: string): Item[][] | undefined {
  const branches: Item[][] = [];
  for (const alternative of alternativesOf(source)) {
    const items = itemsOf(alternative);
    const spread = items && spreadGroups(opened(items));
    if (!spread) return undefined;
    branches.push(...spread);
    if (branches.length > MAX_BRANCHES) return undefined;
  }
  return branches;
}

/** A plain group of one alternative is its items (`(^(?!_{2}))(^[a-z_]+$)` is `^(?!_{2})^[a-z_]+$`); captures do not change a match. */
function opened(items: readonly Item[]): Item[] {
  return items.flatMap((item) => {
    if (!isPlainGroup(item) || alternativesOf(item.body).length > 1) return [item];
    const inner = itemsOf(item.body);
    return inner && !inner.some((each) => each.kind === 'flags') ? opened(inner) : [item];
  });
}

/**
 * `P(A|B)S` is `PAS|PBS`, for a group that holds a lookaround; `PA?(?=X)S` is `PA(?=X)S|P(?=X)S`, when
 * that gives the lookahead a fixed place (`^(-?)P(?=\d|T\d)…`).
 */
function spreadGroups(items: Item[]): Item[][] | undefined {
  const index = items.findIndex((item) => isPlainGroup(item) && alternativesOf(item.body).length > 1 && LOOKAROUND.test(item.body));
  const optional = index < 0 ? optionalBeforeLookahead(items) : -1;
  if (index < 0 && optional < 0) return [items];
  const ways = index >= 0 ? alternativesOf((items[index] as { body: string }).body).map(itemsOf) : [[once(items[optional])], []];
  const at = index >= 0 ? index : optional;
  const spread: Item[][] = [];
  for (const way of ways) {
    const more = way && spreadGroups([...items.slice(0, at), ...opened(way), ...items.slice(at + 1)]);
    if (!more || spread.push(...more) > MAX_BRANCHES) return undefined;
  }
  return spread;
}

/** The index of an item that may be left out before a lookahead with no fixed place, or -1. */
function optionalBeforeLookahead(items: readonly Item[]): number {
  const look = items.findIndex((item, index) => item.kind === 'look' && !item.behind && fixedWidth(items.slice(0, index)) === undefined);
  if (look < 0) return -1;
  return items.slice(0, look).findIndex((item) => (item.kind === 'atom' || item.kind === 'group') && item.quantifier?.min === 0 && item.quantifier.max === 1);
}

/** The optional item, taken once. */
function once(item: Item): Item {
  if (item.kind === 'atom') return { kind: 'atom', atom: item.atom, text: item.atom };
  if (item.kind === 'group') return { kind: 'group', open: item.open, body: item.body, text: `${item.open}${item.body})` };
  return item;
}

function isPlainGroup(item: Item): item is Extract<Item, { kind: 'group' }> {
  return item.kind === 'group' && item.quantifier === undefined && (item.open === '(' || item.open === '(?:' || /^\(\?P?</.test(item.open));
}

function planOf(items: Item[]): BranchPlan | undefined {
  if (items.some((item) => item.kind === 'flags')) return undefined;
  try {
    return planOrUndefined(items);
  } catch {
    return undefined;
  }
}

function planOrUndefined(items: Item[]): BranchPlan | undefined {
  let anchored = anchoredAtStart(items);
  const checks: Check[] = [];
  const startChecks: Check[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.kind !== 'look') continue;
    const holds = !item.negative;
    if (item.behind) {
      const width = widthToEnd(items, index);
      if (width === undefined) return undefined;
      checks.push({ re: RE2JS.compile(`(?:${item.body})${anyChars(width)}$`), holds });
      continue;
    }
    const offset = fixedWidth(items.slice(0, index));
    if (offset === undefined) return undefined;
    const check = { re: RE2JS.compile(`^${anyChars(offset)}(?:${item.body})`), holds };
    if (anchored) checks.push(check);
    // Unanchored, a lookahead can only be placed when its own `^` ties it to the first character.
    else if (!startsAnchored(item.body)) return undefined;
    else if (offset > 0 && holds) return undefined;
    else if (offset === 0 && holds) {
      checks.push(check);
      anchored = true;
    } else if (offset === 0) startChecks.push(check);
  }
  const restSource = items.filter((item) => item.kind !== 'look').map((item) => item.text).join('');
  if (anchored) checks.push(...startChecks.splice(0));
  const rest = RE2JS.compile(anchored && !anchoredAtStart(items) ? `^(?:${restSource})` : restSource);
  const later = startChecks.length > 0 ? RE2JS.compile(`^(?s:.)+(?:${restSource})`) : undefined;
  return { rest, checks, startChecks, later };
}

/** Whether every match starts at the first character: a `^` (or a group that starts with one) before any character is read. */
function anchoredAtStart(items: readonly Item[]): boolean {
  for (const item of items) {
    if (item.kind === 'start') return true;
    if (item.kind === 'group') return (item.quantifier?.min ?? 1) >= 1 && startsAnchored(item.body);
    if (item.kind !== 'look' && item.kind !== 'assertion') return false;
  }
  return false;
}

/** Characters between the item and a final `$`, when fixed. */
function widthToEnd(items: readonly Item[], index: number): number | undefined {
  return items[items.length - 1]?.kind === 'end' ? fixedWidth(items.slice(index + 1, -1)) : undefined;
}

function anyChars(count: number): string {
  return count === 0 ? '' : `(?s:.){${count}}`;
}
