/** Facts of YAML 1.1 scalars that the readers and the source mapping of names share. */

const YAML11_INT = /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const YAML11_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * YAML 1.1 number forms as PyYAML (and so cfn-lint) reads them. The yaml package is looser: it
 * reads `E3014` or `1e5` as floats, where CloudFormation tooling sees strings.
 */
export function isYaml11Number(source: string): boolean {
  return YAML11_INT.test(source) || YAML11_FLOAT.test(source);
}

/** Double-quoted escapes with a fixed meaning (`\<TAB>` included: YAML allows an escaped tab). */
export const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** Escapes followed by a number of hex digits: `\x41`, `\u00e9`, `\U0001F600`. */
export const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
