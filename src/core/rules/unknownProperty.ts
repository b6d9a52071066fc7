import { finding, type Finding, type Fix } from '../findings';
import { currentSchema } from '../schema/current';
import { closestName } from '../schema/suggest';
import { resourcePropertyWalk } from '../schema/walk';
import type { Template } from '../template';
import { objectLabel } from './support/describe';
import { removeEntry } from './support/edits';
import { inLoopBodies, resourceRule, type Rule } from './rule';
import type { ResourceDeclaration } from '../sections';

export const unknownPropertyRule: Rule = resourceRule({
  id: 'E3002',
  description: 'Resource properties must be ones the resource type has',
  rest: inLoopBodies(unknownProperties),
  check: unknownProperties,
});

function unknownProperties(resource: ResourceDeclaration, template: Template): Finding[] {
  const findings: Finding[] = [];
  for (const visit of resourcePropertyWalk(template, resource).objects) {
    const node = visit.node;
    if (!node || visit.open || visit.sam) continue;
    for (const entry of node.entries) {
      const name = entry.key.value;
      if (visit.schema.properties.has(name) || registryDeclares(resource.type, visit.path, name)) continue;
      const suggestion = closestName(name, visit.schema.properties.keys());
      const ignored = visit.path.length === 3 && readOnlyProperties(resource.type)?.includes(name) === true;
      const message =
        (ignored
          ? `'${name}' is read-only for ${resource.type} (an attribute Fn::GetAtt returns): CloudFormation does not reject it as a property but may ignore it`
          : `Unknown property '${name}' in ${objectLabel(visit.schema)}`) + (suggestion ? `. Did you mean '${suggestion}'?` : '');
      const found = finding('E3002', ignored ? 'warning' : 'error', message, entry.key.span, [...visit.path, name]);
      const fixes: Fix[] = [];
      if (suggestion) fixes.push(renameFix(template, entry.key.span, name, suggestion));
      const removal = removeEntry(template, node, entry);
      if (removal) fixes.push({ title: `Remove '${name}'`, edits: [removal] });
      if (fixes.length) found.fixes = fixes;
      findings.push(found);
    }
  }
  return findings;
}

function renameFix(template: Template, span: { start: number; end: number }, name: string, suggestion: string): Fix {
  const keyText = template.text.slice(span.start, span.end);
  return { title: `Change to '${suggestion}'`, edits: [{ span, newText: keyText.replace(name, suggestion) }], preferred: true };
}

/**
 * The registry declares a property the specification's index lacks (a newer one: a Route 53 record's
 * GeoProximityLocation), other than a read-only one: CloudFormation takes it, and the registry constraints judge it.
 */
function registryDeclares(type: string | undefined, path: readonly (string | number)[], name: string): boolean {
  const registry = currentSchema()?.registry;
  if (!type || !registry) return false;
  const names = [...path.slice(3).filter((segment): segment is string => typeof segment === 'string' && segment !== 'Fn::If'), name];
  return registry.declares(type, names) && readOnlyProperties(type)?.includes(names.join('.')) !== true;
}

/**
 * The registry's read-only properties of a type (its Fn::GetAtt attributes). Set in a template, such
 * a property is not refused: CloudFormation leaves it to the resource, which ignores it (a Redshift
 * subnet group's ClusterSubnetGroupName) or still reads it (a Neptune cluster's older Port).
 */
function readOnlyProperties(type: string | undefined): readonly string[] | undefined {
  return type ? currentSchema()?.registry?.type(type)?.attributes : undefined;
}
