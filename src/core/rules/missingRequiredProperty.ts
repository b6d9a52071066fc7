import { conditionCanHold } from '../conditions';
import { finding, type Finding, type Fix } from '../findings';
import type { PropertySchema } from '../schema/schema';
import { placeholderFor } from '../schema/placeholder';
import { isAbsent } from '../schema/values';
import { resourcePropertyWalk, type ObjectVisit } from '../schema/walk';
import { conditionOfResource } from '../sections';
import type { Template } from '../template';
import { objectLabel } from './support/describe';
import { isNull, refusesNulls } from './support/nullValues';
import { insertEntries, type NewEntry } from './support/edits';
import { inLoopBodies, resourceRule, type Rule } from './rule';

export const missingRequiredPropertyRule: Rule = resourceRule({
  id: 'E3003',
  description: 'Required resource properties must be present',
  // The same in every copy a Fn::ForEach loop writes out: checked once, in the loop body.
  rest: (template) => inLoopBodies(missingRequiredPropertyRule.perResource!.check)(template),
  check(resource, template) {
    // A resource whose Condition no deployment meets is never created, so nothing checks its properties:
    // the idiom of a `Custom::NullResource` with no ServiceToken under `!Equals [a, b]`.
    const condition = conditionOfResource(resource);
    if (condition !== undefined && !conditionCanHold(template.root, condition)) return [];
    const findings: Finding[] = [];
    for (const visit of resourcePropertyWalk(template, resource).objects) {
      const missing = missingProperties(visit);
      if (missing.length === 0) continue;
      const fix = insertFix(template, visit, missing);
      for (const property of missing) {
        const written = visit.node?.entries.find((entry) => entry.key.value === property.name);
        const message =
          written && isNull(written.value) && refusesNulls(template)
            ? `Required property '${property.name}' of ${objectLabel(visit.schema)} has no value (null), which CloudFormation refuses; give it one`
            : `Missing required property '${property.name}' in ${objectLabel(visit.schema)}`;
        const found = finding('E3003', 'error', message, visit.anchor, visit.path);
        if (fix) found.fixes = [fix];
        findings.push(found);
      }
    }
    return findings;
  },
});

function missingProperties(visit: ObjectVisit): PropertySchema[] {
  if (visit.spliced || visit.schema.required.length === 0) return [];
  const present = new Set(visit.node?.entries.filter((entry) => !isAbsent(entry.value)).map((entry) => entry.key.value));
  return visit.schema.required
    .filter((name) => !present.has(name) && !visit.inherited.has(name))
    .map((name) => visit.schema.properties.get(name)!);
}

/** One fix adds every missing property of the object, each with a placeholder of its type. */
function insertFix(template: Template, visit: ObjectVisit, missing: PropertySchema[]): Fix | undefined {
  // A key written without a value (being typed, or AWS::NoValue in every branch) is the user's to fill: a second copy would repeat the key.
  if (missing.some((property) => visit.node?.entries.some((entry) => entry.key.value === property.name))) return undefined;
  const entries: NewEntry[] = missing.map((property) => ({ key: property.name, value: placeholderFor(property.type, property) }));
  const title = missing.length === 1 ? `Add required property '${missing[0].name}'` : `Add required properties ${missing.map((p) => `'${p.name}'`).join(', ')}`;
  if (visit.node) return { title, edits: [insertEntries(template, visit.node, entries)], preferred: true };
  const body = visit.resource.body;
  if (!body) return undefined;
  return { title, edits: [insertEntries(template, body, [{ key: 'Properties', value: entries }])], preferred: true };
}
