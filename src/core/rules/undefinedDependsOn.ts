import { undefinedNameFinding, undefinedReferences } from '../references';
import type { Rule } from './rule';

/** DependsOn naming a resource the template does not declare. */
export const undefinedDependsOnRule: Rule = {
  id: 'E3005',
  needsText: ['DependsOn'],
  description: 'DependsOn must name resources of the template',
  run: (template) =>
    undefinedReferences(template, ['dependsOn']).map((reference) =>
      undefinedNameFinding(template, reference, 'E3005', 'error', `DependsOn '${reference.name}', which is not a resource of this template`),
    ),
};
