/**
 * A registry pattern as a JavaScript RegExp that reads its atoms as RE2 does (`.` leaves out only
 * `\n`, `\s` is ASCII space, `\A`, `\x{…}`, `(?i)` up to the end of its group) and keeps its lookarounds
 * for JavaScript's own engine: the reference the lookaround rewrites are compared with.
 */
const SPACE = '\\t\\n\\f\\r ';
const OUTSIDE: Record<string, string> = {
  A: '^',
  z: '$',
  s: `[${SPACE}]`,
  S: `[^${SPACE}]`,
  d: '[0-9]',
  D: '[^0-9]',
  w: '[0-9A-Za-z_]',
  W: '[^0-9A-Za-z_]',
};
const INSIDE: Record<string, string> = {
  s: SPACE,
  S: '\\0-\\x08\\x0B\\x0E-\\x1F\\x21-\\u{10FFFF}',
  d: '0-9',
  D: '\\0-\\x2F\\x3A-\\u{10FFFF}',
  w: '0-9A-Za-z_',
  W: '\\0-\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\u{10FFFF}',
};
const SYNTAX = '^$\\.*+?()[]{}|/';

export function re2AsJavaScript(source: string): RegExp {
  const translated = translate(source);
  try {
    return new RegExp(translated, 'u');
  } catch {
    // A repeated lookahead (`(?!\.)+`) is refused in Unicode mode only.
    return new RegExp(translated);
  }
}

function translate(source: string): string {
  let out = '';
  let inClass = false;
  // Per open group: whether `(?i)` was met in it (RE2 folds case from there to the group's end).
  const folding: boolean[] = [false];
  for (let at = 0; at < source.length; ) {
    const char = source[at];
    const folds = folding[folding.length - 1];
    if (char === '\\') {
      const { text, end } = escape(source, at, inClass, folds);
      out += text;
      at = end;
    } else if (inClass) {
      if (char === ']') inClass = false;
      // RE2 reads a `-` beside a class escape (`[\p{Z}-_]`) as itself, JavaScript refuses it.
      const besideClassEscape = char === '-' && (/\\[pPdDsSwW](\{[^}]*\})?$/.test(source.slice(0, at)) || /^-\\[pPdDsSwW]/.test(source.slice(at)));
      out += char === '[' || besideClassEscape ? `\\${char}` : folds && /[a-zA-Z]/.test(char) ? caseVariants(char) : char;
      at++;
    } else if (char === '[') {
      inClass = true;
      out += source.startsWith('[^', at) ? '[^' : '[';
      at += source.startsWith('[^', at) ? 2 : 1;
      if (source[at] === ']') {
        out += '\\]';
        at++;
      }
    } else if (source.startsWith('(?i)', at)) {
      folding[folding.length - 1] = true;
      at += 4;
    } else if (char === '(') {
      const named = /^\(\?P</.test(source.slice(at, at + 4));
      out += named ? '(?<' : '(';
      at += named ? 4 : 1;
      folding.push(folds);
    } else if (char === ')') {
      folding.pop();
      out += ')';
      at++;
    } else {
      out += literal(char, source, at, folds);
      at += char.length;
    }
  }
  return out;
}

function literal(char: string, source: string, at: number, folds: boolean): string {
  if (char === '.') return '[^\\n]';
  if (char === '{' && !/^\{\d+(,\d*)?\}/.test(source.slice(at))) return '\\{';
  if (char === '}' && !/\{\d+(,\d*)?$/.test(source.slice(0, at))) return '\\}';
  if (char === ']') return '\\]';
  if (folds && /[a-zA-Z]/.test(char)) return `[${caseVariants(char)}]`;
  return char;
}

function escape(source: string, at: number, inClass: boolean, folds: boolean): { text: string; end: number } {
  const next = source[at + 1];
  const braced = /^\\([xpP])\{([^}]*)\}/.exec(source.slice(at, at + 40));
  if (braced) return { text: braced[1] === 'x' ? `\\u{${braced[2]}}` : braced[0], end: at + braced[0].length };
  if ((next === 'p' || next === 'P') && /[A-Za-z]/.test(source[at + 2])) return { text: `\\${next}{${source[at + 2]}}`, end: at + 3 };
  if (next === 'x') return { text: source.slice(at, at + 4), end: at + 4 };
  const named = inClass ? INSIDE[next] : OUTSIDE[next];
  if (named !== undefined) return { text: named, end: at + 2 };
  if (/[A-Za-z0-9]/.test(next)) return { text: `\\${next}`, end: at + 2 };
  if (SYNTAX.includes(next) || (inClass && next === '-')) return { text: `\\${next}`, end: at + 2 };
  return { text: folds && /[a-zA-Z]/.test(next) ? caseVariants(next) : next, end: at + 2 };
}

/** The characters RE2 folds the letter to (`s`, `S`, `ſ`), as class members. */
function caseVariants(letter: string): string {
  const candidates = [letter.toLowerCase(), letter.toUpperCase(), '\u017f', '\u212a'];
  return [...new Set(candidates.filter((candidate) => new RegExp(`^${letter}$`, 'iu').test(candidate)))].join('');
}
