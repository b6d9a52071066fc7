import { finding, type Finding } from '../findings';
import { propertyWalk } from '../schema/walk';
import type { Rule } from './rule';

export const allowedValuesRule: Rule = {
  id: 'E3030',
  description: 'Property values must be one the property allows, where the schema lists them',
  run(template) {
    const findings: Finding[] = [];
    for (const { node, property, path } of propertyWalk(template).enumerated) {
      const allowed = property.allowedValues ?? [];
      const value = String(node.value);
      if (allowed.some((candidate) => String(candidate) === value)) continue;
      const message = `\`${property.name}\` must be one of ${allowed.join(', ')}, not '${value}'`;
      const found = finding('E3030', 'error', message, node.span, path);
      const sameButCase = allowed.find((candidate) => String(candidate).toLowerCase() === value.toLowerCase());
      if (sameButCase !== undefined) {
        const newText = template.text.slice(node.span.start, node.span.end).replace(value, String(sameButCase));
        found.fixes = [{ title: `Change to '${sameButCase}'`, edits: [{ span: node.span, newText }], preferred: true }];
      }
      findings.push(found);
    }
    return findings;
  },
};
