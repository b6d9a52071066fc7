/** Thrown when the fast reader meets YAML it does not read exactly like the yaml package: fall back. */
const BAIL = Object.freeze({ fastReaderBailed: true });

export function bail(): never {
  throw BAIL;
}

export function isBail(thrown: unknown): boolean {
  return thrown === BAIL;
}
