import { finding, type Finding } from '../findings';
import { isMap, isScalar, type TemplateNode } from '../model';
import { describeValueType, type ValueType } from '../schema/valueType';
import { resourcePropertyWalk } from '../schema/walk';
import { describeNode } from './support/describe';
import { refusesNulls } from './support/nullValues';
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
    const walk = resourcePropertyWalk(template, resource);
    for (const mismatch of walk.mismatches) {
      const { node, expected, property, path } = mismatch;
      const span = isScalar(node) || mismatch.given ? node.span : mismatch.anchor;
      if (singleObjectForList(mismatch)) {
        // AWS's own samples and tool makers report that CloudFormation takes one object where a list of objects is expected.
        const message = `${property.name} takes ${article(describeValueType(expected))}: one object here deploys for some resource types, but write it as a list of one item`;
        findings.push(finding('E3012', 'warning', message, span, path));
        continue;
      }
      const message = `${property.name} takes ${article(describeValueType(expected))}, not ${mismatch.given ?? describeNode(node)}`;
      findings.push(finding(mismatch.viaRef ? 'E1020' : 'E3012', 'error', message, span, path));
    }
    if (!refusesNulls(template)) return findings;
    for (const { path, property, anchor } of walk.nulls) {
      // A required property written without a value is E3003's, as cfn-lint files it.
      if (property.required && path[path.length - 1] === property.name) continue;
      const name = typeof path[path.length - 1] === 'number' ? `An item of ${property.name}` : property.name;
      findings.push(finding('E3012', 'error', `${name} has no value (null): CloudFormation refuses null values in a template; give it a value, or remove it`, anchor, path));
    }
    return findings;
  },
});

/** A map written where the property takes a list of objects (SecurityGroupIngress: {IpProtocol: tcp, …}). */
function singleObjectForList({ node, expected, viaRef, given }: { node: TemplateNode; expected: ValueType; viaRef?: boolean; given?: string }): boolean {
  return !viaRef && given === undefined && isMap(node) && expected.kind === 'list' && expected.element.kind === 'object';
}

function article(typeText: string): string {
  return /^[AEIOU]/.test(typeText) ? `an ${typeText}` : `a ${typeText}`;
}
