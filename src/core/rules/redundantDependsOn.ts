import { finding } from '../findings';
import { referenceIndex, targetOf } from '../references';
import type { Rule } from './rule';

/** DependsOn on a resource the dependent already refers to with Ref, Fn::GetAtt or Fn::Sub. */
export const redundantDependsOnRule: Rule = {
  id: 'W3005',
  needsText: ['DependsOn'],
  description: 'DependsOn is not needed where a Ref or Fn::GetAtt already orders the resources',
  run: (template) => {
    const index = referenceIndex(template);
    const implicit = new Set(
      index.references
        .filter((reference) => reference.kind !== 'dependsOn' && reference.fromResource && targetOf(index, reference)?.kind === 'resource')
        .map((reference) => `${reference.fromResource}\u0000${reference.name}`),
    );
    return index.references
      .filter((reference) => reference.kind === 'dependsOn' && implicit.has(`${reference.fromResource}\u0000${reference.name}`))
      .map((reference) =>
        finding(
          'W3005',
          'warning',
          `'${reference.name}' is already a dependency: CloudFormation orders resources by their Ref, Fn::GetAtt and Fn::Sub references`,
          reference.span,
          reference.path,
        ),
      );
  },
};
