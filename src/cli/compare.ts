/**
 * Compares our findings with cfn-lint's over the same templates, per rule family (scripts/compare.mjs).
 * A finding counts once per (template, family, key): the key is its path in the template, cut after
 * the intrinsic function it is about, because the two linters point at different depths inside
 * `Ref`/`Fn::GetAtt`/`Fn::Sub` values. Parse errors have no path and parsers recover differently,
 * so the parse family asks only whether a template has one.
 */

export const FAMILIES = ['parse', 'unknown-property', 'missing-required', 'type', 'ref', 'getatt'] as const;
export type Family = (typeof FAMILIES)[number];

export const TARGET = { precision: 0.95, recall: 0.9 } as const;

/** A finding from either linter, reduced to what the comparison needs. */
export interface ComparedFinding {
  template: string;
  ruleId: string;
  /** Path segments (numbers may come as strings), or null when the finding has none. */
  path: readonly (string | number)[] | null;
  message: string;
}

export interface FamilyResult {
  family: Family;
  truePositives: ComparedFinding[];
  /** Ours only. */
  falsePositives: ComparedFinding[];
  /** cfn-lint's only. */
  falseNegatives: ComparedFinding[];
}

const FAMILY_OF_RULE: Readonly<Record<string, Family>> = {
  E0000: 'parse',
  E3002: 'unknown-property',
  E3003: 'missing-required',
  E3012: 'type',
  E1020: 'ref',
  // Fn::Sub `${Name}` to an undefined name
  E1019: 'ref',
  E1010: 'getatt',
};

/** Intrinsic keys a ref/getatt key is cut after. */
const REFERENCE_FUNCTIONS = new Set(['Ref', 'Fn::GetAtt', 'Fn::Sub']);

export function familyOf(finding: Pick<ComparedFinding, 'ruleId' | 'path'>): Family | undefined {
  // cfn-lint reports undefined names inside Outputs as E6101, whichever function holds them
  if (finding.ruleId === 'E6101') return finding.path?.includes('Fn::GetAtt') ? 'getatt' : 'ref';
  return FAMILY_OF_RULE[finding.ruleId];
}

export function matchKey(family: Family, path: ComparedFinding['path']): string {
  if (family === 'parse' || !path) return '';
  const segments = path.map(String);
  if (family === 'ref' || family === 'getatt') {
    const cut = segments.findIndex((segment) => REFERENCE_FUNCTIONS.has(segment));
    if (cut >= 0) return segments.slice(0, cut + 1).join('/');
  }
  return segments.join('/');
}

/** True/false positives and false negatives per family; each (template, family, key) counts once. */
export function compareFindings(
  ours: readonly ComparedFinding[],
  reference: readonly ComparedFinding[],
): FamilyResult[] {
  const ourKeys = keyed(ours);
  const referenceKeys = keyed(reference);
  return FAMILIES.map((family) => {
    const result: FamilyResult = { family, truePositives: [], falsePositives: [], falseNegatives: [] };
    for (const [key, finding] of ourKeys.get(family) ?? []) {
      (referenceKeys.get(family)?.has(key) ? result.truePositives : result.falsePositives).push(finding);
    }
    for (const [key, finding] of referenceKeys.get(family) ?? []) {
      if (!ourKeys.get(family)?.has(key)) result.falseNegatives.push(finding);
    }
    return result;
  });
}

/** Per family: the first finding for each `template␀key`. */
function keyed(findings: readonly ComparedFinding[]): Map<Family, Map<string, ComparedFinding>> {
  const byFamily = new Map<Family, Map<string, ComparedFinding>>();
  for (const finding of findings) {
    const family = familyOf(finding);
    if (!family) continue;
    let keys = byFamily.get(family);
    if (!keys) byFamily.set(family, (keys = new Map()));
    const key = `${finding.template}\u0000${matchKey(family, finding.path)}`;
    if (!keys.has(key)) keys.set(key, finding);
  }
  return byFamily;
}

/** undefined when there is nothing to divide (no findings on that side). */
export function precisionOf(result: FamilyResult): number | undefined {
  const found = result.truePositives.length + result.falsePositives.length;
  return found === 0 ? undefined : result.truePositives.length / found;
}

export function recallOf(result: FamilyResult): number | undefined {
  const expected = result.truePositives.length + result.falseNegatives.length;
  return expected === 0 ? undefined : result.truePositives.length / expected;
}

/** Whether a family meets the target; a family neither linter reports anything in meets it trivially. */
export function meetsTarget(result: FamilyResult): boolean {
  const precision = precisionOf(result);
  const recall = recallOf(result);
  if (precision === undefined && recall === undefined) return true;
  return (precision ?? 0) >= TARGET.precision && (recall ?? 0) >= TARGET.recall;
}
