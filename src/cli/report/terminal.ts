// Template text (names, values quoted in messages) and file names reach the terminal through the CLI.
// A control character there is an instruction to the terminal: `\e[2K\r` in a Ref name erases the line
// and can print a fake "0 findings" over it; bidirectional overrides reorder what is shown. So every
// such character is printed as an escape that shows what it is.

/** C0 controls, DEL, C1 controls (U+009B is CSI), line and paragraph separators, bidirectional controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without C0 controls, which JSON.stringify already escapes in strings (the rest is its own layout). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unsafe character written as `\xNN` or `\uNNNN`; the rest unchanged. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/**
 * JSON text as safe to print: JSON.stringify escapes C0 controls but leaves DEL, C1 controls and the
 * others above raw inside strings; written as `\uNNNN`, they stay the same JSON values.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (character) => `\\u${hex(character.charCodeAt(0), 4)}`);
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
