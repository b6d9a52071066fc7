import { finding, type Finding } from '../findings';
import { isScalar } from '../model';
import { describeValueType } from '../schema/valueType';
import { resourcePropertyWalk } from '../schema/walk';
import { describeNode } from './support/describe';
import { resourceRule, type Rule } from './rule';

/**
 * Values must have the property's type. CloudFormation converts between numbers and numeric
 * strings and accepts "true"/"false" for booleans, so those pass; computed values are not judged.
 */
export const propertyValueTypeRule: Rule = resourceRule({
  id: 'E3012',
  description: 'Property values must have the type the property takes',
  otherIds: { E1020: 'A Ref to a list parameter where the property takes one value, or to a single-value parameter where it takes a list' },
  check(resource, template) {
    const findings: Finding[] = [];
    for (const mismatch of resourcePropertyWalk(template, resource).mismatches) {
      const { node, expected, property, path } = mismatch;
      const message = `${property.name} takes ${article(describeValueType(expected))}, not ${mismatch.given ?? describeNode(node)}`;
      const span = isScalar(node) || mismatch.given ? node.span : mismatch.anchor;
      findings.push(finding(mismatch.viaRef ? 'E1020' : 'E3012', 'error', message, span, path));
    }
    return findings;
  },
});

function article(typeText: string): string {
  return /^[AEIOU]/.test(typeText) ? `an ${typeText}` : `a ${typeText}`;
}
