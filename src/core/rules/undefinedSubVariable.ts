import { undefinedNameFinding, undefinedReferences } from '../references';
import type { Rule } from './rule';

/**
 * `${Name}` in Fn::Sub that is not a parameter, resource, pseudo parameter or variable of the Sub.
 * Like cfn-lint, the list form (which has its own variable map) is left alone.
 */
export const undefinedSubVariableRule: Rule = {
  id: 'E1019',
  description: 'Fn::Sub variables must be declared',
  run: (template) =>
    undefinedReferences(template, ['sub'])
      .filter((reference) => !reference.subHasVariables)
      .map((reference) =>
      undefinedNameFinding(
        template,
        reference,
        'E1019',
        'error',
        reference.attribute === undefined
          ? `Fn::Sub variable '${reference.name}' is not a parameter, resource, pseudo parameter or variable of this Fn::Sub`
          : `Fn::Sub variable '${reference.name}.${reference.attribute}' names '${reference.name}', which is not a resource of this template`,
      ),
    ),
};
