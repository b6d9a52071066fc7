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
  /** 'error' (ours) or 'Error' (cfn-lint's), 'warning'/'Warning'… */
  level?: string;
}

export interface FamilyResult {
  family: Family;
  truePositives: ComparedFinding[];
  /** Ours only. */
  falsePositives: ComparedFinding[];
  /** cfn-lint's only. */
  falseNegatives: ComparedFinding[];
}

/**
 * Our ids and cfn-lint's for each family. The ref family holds `Ref` and Fn::Sub `${Name}` to names
 * that do not exist; getatt holds Fn::GetAtt to a resource or attribute that does not exist.
 */
const FAMILY_OF_RULE: Readonly<Record<string, Family>> = {
  E0000: 'parse',
  E3002: 'unknown-property',
  E3003: 'missing-required',
  E3012: 'type',
  E1020: 'ref',
  E1019: 'ref',
  E1010: 'getatt',
};

/** Intrinsic keys a ref/getatt key is cut after. */
const REFERENCE_FUNCTIONS = new Set(['Ref', 'Fn::GetAtt', 'Fn::Sub']);

const FAMILY_OF_FUNCTION: Readonly<Record<string, Family>> = { Ref: 'ref', 'Fn::Sub': 'ref', 'Fn::GetAtt': 'getatt' };

/**
 * cfn-lint files a missing name inside another function under the id of the outer function or
 * section it validates, not E1020/E1019/E1010: E1022 in Fn::Join, E1017 in Fn::Select/Fn::GetAZs,
 * E1021 in Fn::Base64, E1016 in Fn::ImportValue, E6101 in Outputs. It words them all "'X' is not one
 * of [names]": such a finding counts in the family of the innermost Ref/Fn::Sub/Fn::GetAtt on its path.
 */
const MISSING_NAME = /^'[^']*' is not one of \[/;

/**
 * The ref and getatt families compare findings about names only. Both linters file other checks under
 * E1020/E1019/E1010 too. cfn-lint checks there the type of the value a function resolves to (E1020
 * "{'Ref': 'Subnets'} is not of type 'array'" for a String parameter in a list property; E6101 in
 * Outputs) and the function's argument shape; we file there a `Ref` to a parameter of the wrong shape
 * ("… takes a List of String, not the single-value parameter 'X'") and our function-shape rule
 * argument shapes ("Fn::Sub takes …"). None is about a name, so those findings count in no family
 * (the README's comparison section says so); breadth counts them.
 */
const NOT_ABOUT_A_NAME = [/ is not of type /, /^(Ref|Fn::\w+) takes /, /, not the (list|single-value) parameter '/];

export function familyOf(finding: Pick<ComparedFinding, 'ruleId' | 'path' | 'message'>): Family | undefined {
  const family = FAMILY_OF_RULE[finding.ruleId] ?? nestedNameFamily(finding);
  if ((family === 'ref' || family === 'getatt') && NOT_ABOUT_A_NAME.some((pattern) => pattern.test(finding.message))) return undefined;
  return family;
}

function nestedNameFamily(finding: Pick<ComparedFinding, 'path' | 'message'>): Family | undefined {
  if (!finding.path || !MISSING_NAME.test(finding.message)) return undefined;
  const innermost = finding.path.map(String).filter((segment) => segment === 'Ref' || segment.startsWith('Fn::')).at(-1);
  return innermost === undefined ? undefined : FAMILY_OF_FUNCTION[innermost];
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

/**
 * Breadth over every error: the share of cfn-lint's errors that have an error of ours in the same
 * template at the same place, a place being the first two path segments (a resource, parameter or
 * output) or the template itself for findings without a path.
 */
export interface BreadthResult {
  total: number;
  matched: number;
  /** cfn-lint errors with no error of ours at their place, by cfn-lint rule id. */
  missed: Map<string, ComparedFinding[]>;
  /** Our errors at a place where cfn-lint reports no error: each one to read. */
  oursOnly: ComparedFinding[];
  /** Per rule id of ours: its errors, and how many sit where cfn-lint reports an error too. */
  byRule: Map<string, { errors: number; confirmed: number }>;
}

const isError = (finding: ComparedFinding) => finding.level?.toLowerCase() === 'error';
const placeOf = (finding: ComparedFinding) => `${finding.template}\u0000${finding.path ? finding.path.slice(0, 2).map(String).join('/') : ''}`;

export function errorBreadth(ours: readonly ComparedFinding[], reference: readonly ComparedFinding[]): BreadthResult {
  const ourPlaces = new Set(ours.filter(isError).map(placeOf));
  const referencePlaces = new Set(reference.filter(isError).map(placeOf));
  const result: BreadthResult = { total: 0, matched: 0, missed: new Map(), oursOnly: [], byRule: new Map() };
  for (const finding of reference.filter(isError)) {
    result.total++;
    if (ourPlaces.has(placeOf(finding))) result.matched++;
    else result.missed.set(finding.ruleId, [...(result.missed.get(finding.ruleId) ?? []), finding]);
  }
  for (const finding of ours.filter(isError)) {
    const confirmed = referencePlaces.has(placeOf(finding));
    const counts = result.byRule.get(finding.ruleId) ?? { errors: 0, confirmed: 0 };
    counts.errors++;
    if (confirmed) counts.confirmed++;
    else result.oursOnly.push(finding);
    result.byRule.set(finding.ruleId, counts);
  }
  return result;
}
