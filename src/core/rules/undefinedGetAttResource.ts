import { undefinedNameFinding, undefinedReferences } from '../references';
import type { Rule } from './rule';

/**
 * Fn::GetAtt to a resource the template does not declare. Whether the attribute exists for the
 * resource's type is the attribute rule's business (it needs the resource schema).
 */
export const undefinedGetAttResourceRule: Rule = {
  id: 'E1010',
  description: 'Fn::GetAtt must name a resource of the template',
  run: (template) =>
    undefinedReferences(template, ['getatt']).map((reference) =>
      undefinedNameFinding(template, reference, 'E1010', 'error', `Fn::GetAtt to '${reference.name}', which is not a resource of this template`),
    ),
};
