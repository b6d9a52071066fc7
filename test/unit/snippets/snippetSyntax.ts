/**
 * Expands VS Code snippet syntax the way accepting a snippet and pressing Tab through it would:
 * every tab stop at its default. Written independently of the renderer, so it checks the escaping.
 * Variables (`$NAME`, `${NAME}`) are an error: the snippets use none, so one means a `$` was not escaped.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<number, string>();
  new Expander(body, defaults, true).run();
  return new Expander(body, defaults, false).run();
}

class Expander {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly defaults: Map<number, string>,
    private readonly collecting: boolean,
  ) {}

  run(): string {
    const result = this.until(() => false);
    if (this.at < this.text.length) throw new Error(`unexpected text at ${this.at}`);
    return result;
  }

  /** Text up to (not including) the point where `stop` says so; handles escapes and tab stops. */
  private until(stop: () => boolean, escapable = '$}\\'): string {
    let out = '';
    while (this.at < this.text.length && !stop()) {
      const char = this.text[this.at];
      if (char === '\\' && escapable.includes(this.text[this.at + 1] ?? '')) {
        out += this.text[this.at + 1];
        this.at += 2;
      } else if (char === '$') out += this.tabStop();
      else {
        out += char;
        this.at++;
      }
    }
    return out;
  }

  private tabStop(): string {
    const simple = /^\$(\d+)/.exec(this.text.slice(this.at));
    if (simple) {
      this.at += simple[0].length;
      return this.mirror(Number(simple[1]));
    }
    const opening = /^\$\{(\d+)([:|}])/.exec(this.text.slice(this.at));
    if (!opening) throw new Error(`unescaped $ (a snippet variable) at ${this.at}: ${this.text.slice(this.at, this.at + 30)}`);
    this.at += opening[0].length;
    const index = Number(opening[1]);
    if (opening[2] === '}') return this.mirror(index);
    if (opening[2] === ':') {
      const value = this.until(() => this.text[this.at] === '}');
      this.expect('}');
      return this.remember(index, value);
    }
    const options = this.until(() => this.text.startsWith('|}', this.at), '$}\\,|');
    this.expect('|}');
    return this.remember(index, options.split(',')[0]);
  }

  private remember(index: number, value: string): string {
    if (this.collecting && !this.defaults.has(index)) this.defaults.set(index, value);
    return this.defaults.get(index) ?? value;
  }

  private mirror(index: number): string {
    if (!this.collecting && !this.defaults.has(index)) throw new Error(`tab stop $${index} has no default anywhere`);
    return this.defaults.get(index) ?? '';
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.at)) throw new Error(`expected ${token} at ${this.at}`);
    this.at += token.length;
  }
}
