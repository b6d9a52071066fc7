/**
 * Names a `Fn::ForEach` output key stands for when some loop items are unknown: literal text with
 * wildcards in place of the unknown items. Matched by simulating the pattern as a small automaton,
 * so the cost is (name length × pattern length) whatever the key: a regular expression of many
 * `.*` backtracks exponentially on a name that does not match.
 */

/** A wildcard matches any run of characters, or only letters and digits (an `&{Id}` item). */
export type NamePart = { text: string } | { wildcard: 'any' | 'alphanumeric' };

const ALPHANUMERIC = /[0-9A-Za-z]/;

type Token = string | 'any' | 'alphanumeric';

export class NamePattern {
  /** One character per literal token; wildcards as 'any' / 'alphanumeric' (tokens of length > 1). */
  private readonly tokens: Token[] = [];

  /** `prefixOnly`: names that merely start with the pattern match too. */
  constructor(
    parts: readonly NamePart[],
    private readonly prefixOnly = false,
  ) {
    for (const part of parts) {
      if ('text' in part) this.tokens.push(...part.text);
      else this.pushWildcard(part.wildcard);
    }
  }

  test(name: string): boolean {
    const size = this.tokens.length;
    const start = new Uint8Array(size + 1);
    start[0] = 1;
    let states = this.closure(start);
    if (this.prefixOnly && states[size]) return true;
    for (const char of name) {
      const next = new Uint8Array(size + 1);
      let any = false;
      for (let index = 0; index < size; index++) {
        if (!states[index]) continue;
        const token = this.tokens[index];
        if (token === 'any' || (token === 'alphanumeric' && ALPHANUMERIC.test(char))) next[index] = 1;
        else if (token === char) next[index + 1] = 1;
        else continue;
        any = true;
      }
      if (!any) return false;
      states = this.closure(next);
      if (this.prefixOnly && states[size]) return true;
    }
    return states[size] === 1;
  }

  /** Lets every reached wildcard also be skipped (it may match nothing). */
  private closure(states: Uint8Array): Uint8Array {
    for (let index = 0; index < this.tokens.length; index++) {
      if (states[index] && isWildcard(this.tokens[index])) states[index + 1] = 1;
    }
    return states;
  }

  private pushWildcard(wildcard: 'any' | 'alphanumeric'): void {
    const last = this.tokens.at(-1);
    // Two wildcards in a row match what the wider one matches: keep one, so states stay few.
    if (last === 'any') return;
    if (last === 'alphanumeric') this.tokens[this.tokens.length - 1] = wildcard;
    else this.tokens.push(wildcard);
  }
}

function isWildcard(token: Token): boolean {
  return token === 'any' || token === 'alphanumeric';
}
