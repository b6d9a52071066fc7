import { finding, type Finding } from '../findings';
import { closestName } from '../schema/suggest';
import { resourceConstraintPass } from '../schema/constraints/walk';
import { violationsOutsideResources } from '../schema/constraints/outside';
import { nameOf } from '../schema/constraints/validator';
import { listOf } from '../schema/constraints/scalars';
import { resourcePropertyWalk } from '../schema/walk';
import type { Violation } from '../schema/constraints/types';
import type { Template } from '../template';
import { resourceRule, type Rule } from './rule';

/** E3030: a value the registry schema does not allow, with the closest allowed one as a quick fix. */
export const allowedValuesRule: Rule = resourceRule({
  id: 'E3030',
  description: 'Property values must be one the property allows, where the registry schema lists them',
  // The constraint pass reads what other resources give (their types, what a secret is created with).
  readsLogicalIds: true,
  rest: (template) =>
    oneForTheChoices(violationsOutsideResources(template).filter((violation) => violation.keyword === 'enum')).map((violation) =>
      withNearMiss(template, violation),
    ),
  check(resource, template) {
    const { violations, enumChecked } = resourceConstraintPass(template, resource);
    const fromRegistry = violations.filter((violation) => violation.keyword === 'enum');
    // The specification lists allowed values for some properties the registry leaves open.
    const fromSpecification = resourcePropertyWalk(template, resource)
      .enumerated.filter(({ node, property }) => !enumChecked.has(node) && !allows(property.allowedValues ?? [], node.value))
      .map(({ node, property, path }): Violation => ({
        keyword: 'enum',
        message: `${property.name} must be one of ${listOf(property.allowedValues ?? [])}, not '${String(node.value)}'`,
        span: node.span,
        path,
        node,
        allowed: property.allowedValues,
        value: String(node.value),
      }));
    return [...oneForTheChoices(fromRegistry), ...fromSpecification].map((violation) => withNearMiss(template, violation));
  },
});

/** The allowed values of one parameter that fail where it is used, said once for them all. */
function oneForTheChoices(violations: Violation[]): Violation[] {
  const groups = new Map<string, Violation[]>();
  const out: Violation[] = [];
  for (const violation of violations) {
    if (!violation.choice || !violation.origin) {
      out.push(violation);
      continue;
    }
    const key = `${violation.span.start}:${violation.span.end}:${violation.origin}`;
    const group = groups.get(key);
    if (group) group.push(violation);
    else groups.set(key, [violation]);
  }
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0]);
      continue;
    }
    const [first] = group;
    const values = group.map((violation) => `'${violation.value ?? ''}'`);
    const message = `${nameOf(first.path)} must be one of ${listOf(first.allowed ?? [])}, not ${values.slice(0, -1).join(', ')} or ${values.at(-1)} (each is ${first.origin})`;
    out.push({ ...first, message, value: undefined });
  }
  return out;
}

function allows(allowed: readonly (string | number)[], value: unknown): boolean {
  return allowed.some((candidate) => String(candidate) === String(value));
}

/**
 * The allowed value a wrong one most likely meant: for numbers the nearest number (45 days: 30, not 5, which is
 * one letter away), for a value some allowed values extend the shortest of them (TLSv1.3: TLSv1.3_2025, not the
 * weaker TLSv1), else the closest spelling.
 */
function closestAllowed(value: string, allowed: readonly string[]): string | undefined {
  const number = Number(value);
  if (value.trim() !== '' && Number.isFinite(number) && allowed.length > 0 && allowed.every((candidate) => candidate.trim() !== '' && Number.isFinite(Number(candidate)))) {
    return allowed.reduce((best, candidate) => (Math.abs(Number(candidate) - number) < Math.abs(Number(best) - number) ? candidate : best));
  }
  const lower = value.toLowerCase();
  const extending = value.length >= 3 ? allowed.filter((candidate) => candidate.length > value.length && candidate.toLowerCase().startsWith(lower)) : [];
  if (extending.length > 0) return extending.reduce((best, candidate) => (candidate.length < best.length ? candidate : best));
  return closestName(value, allowed);
}

function withNearMiss(template: Template, violation: Violation): Finding {
  const allowed = (violation.allowed ?? []).map(String);
  const value = violation.value ?? '';
  // Text with holes (partial.ts) has no value to be near.
  const closest = violation.value === undefined ? undefined : closestAllowed(value, allowed);
  // With one allowed value the message names it already.
  const hint = closest !== undefined && closest !== value && allowed.length > 1 ? ` (did you mean '${closest}'?)` : '';
  const message = `${violation.message}${booleanWordHint(template, violation)}${hint}`;
  const found = finding('E3030', violation.choice ? 'warning' : 'error', message, violation.span, violation.path);
  const scalar = violation.node;
  // Only a literal written where the finding is can be replaced; a value from a parameter cannot.
  if (closest !== undefined && scalar.kind === 'scalar' && scalar.span.start === violation.span.start) {
    const written = template.text.slice(scalar.span.start, scalar.span.end);
    const newText = written.includes(value) ? written.replace(value, closest) : JSON.stringify(closest);
    found.fixes = [{ title: `Change to '${closest}'`, edits: [{ span: scalar.span, newText }], preferred: true }];
  }
  return found;
}

/** `Status: ON` reads as true in YAML 1.1 (so do yes, no, on, off): the message shows what was written and why it changed. */
function booleanWordHint(template: Template, violation: Violation): string {
  const { node } = violation;
  if (node.kind !== 'scalar' || typeof node.value !== 'boolean' || node.span.start !== violation.span.start) return '';
  const written = template.text.slice(node.span.start, node.span.end);
  return /^(true|false)$/i.test(written) ? '' : ` (written ${written}, which YAML reads as the boolean ${String(node.value)})`;
}
