import { undefinedNameFinding, undefinedReferences } from '../references';
import type { Rule } from './rule';

/** `Ref` to a name that is neither a parameter, a resource nor a pseudo parameter. */
export const undefinedRefRule: Rule = {
  id: 'E1020',
  description: 'Ref must name a parameter, a resource or a pseudo parameter',
  run: (template) =>
    undefinedReferences(template, ['ref']).map((reference) =>
      undefinedNameFinding(template, reference, 'E1020', 'error', `Ref to '${reference.name}', which is not a parameter, resource or pseudo parameter of this template`),
    ),
};
