/**
 * A string value as plain YAML text that reads back as the same string. CloudFormation reads YAML 1.1,
 * where `OFF` and `yes` are booleans, `~` is null, `01` is octal, `8.0` a float (which prints as 8) and
 * `*` starts an alias: such a value goes in single quotes.
 */
const NOT_A_STRING = [
  /^(y|yes|n|no|true|false|on|off)$/i,
  /^(~|null|)$/i,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?0x[0-9a-f_]+$/i,
  /^[-+]?0b[01_]+$/i,
  /^[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+]?[0-9]+)?$/,
  /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^[-+]?\.(inf|nan)$/i,
];

/** Characters that start something other than a plain scalar. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

export function yamlScalar(value: string): string {
  const plain = !NOT_A_STRING.some((pattern) => pattern.test(value)) && !INDICATOR_START.test(value) && !/: |\s#|\s$/.test(value);
  return plain ? value : `'${value.replace(/'/g, "''")}'`;
}
