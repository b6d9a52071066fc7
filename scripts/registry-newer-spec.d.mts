/** Types of scripts/registry-newer-spec.mjs, for its test. */
export interface SpecShape {
  properties: Map<string, { type?: { allowedValues?: (string | number)[] } }>;
  definitions: Map<string, Map<string, { type?: { allowedValues?: (string | number)[] } }>>;
}
export function specShapes(): Map<string, SpecShape>;
export function reconcile(schema: Record<string, unknown>, spec: SpecShape | undefined, documented?: Set<string>): string[];
