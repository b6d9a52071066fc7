/** Types of scripts/registry-corrections.mjs, for the test that checks its data. */
export interface RegistryCorrection {
  source: string;
  quote?: string;
  why?: string;
  type: string;
  definition?: string;
  property?: string;
  schema?: unknown;
  add?: Record<string, unknown>;
  allowTogether?: [string, string];
  atMostOne?: true;
  exclude?: Record<string, string[]>;
  requireWith?: Record<string, string[]>;
  when?: { property: string; in: string[]; default?: string; require?: string[]; exclude?: string[]; allow?: Record<string, string[]> };
  lifecycle?: { status?: string; date?: string };
  sameAs?: string;
  conditional?: { if: unknown; then?: unknown; else?: unknown };
  uniqueBy?: string;
  addProperties?: Record<string, unknown>;
}
export const CORRECTIONS: readonly RegistryCorrection[];
export function corrected<T>(raw: T, schemaOf?: (typeName: string) => unknown): T;
