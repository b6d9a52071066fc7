import { finding, type Finding, type Fix } from '../findings';
import { closestName } from '../schema/suggest';
import { resourcePropertyWalk } from '../schema/walk';
import type { Template } from '../template';
import { objectLabel } from './support/describe';
import { removeEntry } from './support/edits';
import { resourceRule, type Rule } from './rule';

export const unknownPropertyRule: Rule = resourceRule({
  id: 'E3002',
  description: 'Resource properties must be ones the resource type has',
  check(resource, template) {
    const findings: Finding[] = [];
    for (const visit of resourcePropertyWalk(template, resource).objects) {
      const node = visit.node;
      if (!node || visit.open || visit.sam) continue;
      for (const entry of node.entries) {
        const name = entry.key.value;
        if (visit.schema.properties.has(name)) continue;
        const suggestion = closestName(name, visit.schema.properties.keys());
        const message =
          `Unknown property '${name}' in ${objectLabel(visit.schema)}` + (suggestion ? `. Did you mean '${suggestion}'?` : '');
        const found = finding('E3002', 'error', message, entry.key.span, [...visit.path, name]);
        const fixes: Fix[] = [];
        if (suggestion) fixes.push(renameFix(template, entry.key.span, name, suggestion));
        const removal = removeEntry(template, node, entry);
        if (removal) fixes.push({ title: `Remove '${name}'`, edits: [removal] });
        if (fixes.length) found.fixes = fixes;
        findings.push(found);
      }
    }
    return findings;
  },
});

function renameFix(template: Template, span: { start: number; end: number }, name: string, suggestion: string): Fix {
  const keyText = template.text.slice(span.start, span.end);
  return { title: `Change to '${suggestion}'`, edits: [{ span, newText: keyText.replace(name, suggestion) }], preferred: true };
}
