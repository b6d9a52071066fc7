import type { Reference } from '../references';
import { undefinedNameFinding, undefinedReferences } from '../references';
import type { Rule } from './rule';

/** cfn-lint reports a resource's Condition as E3015 and Fn::If's as E1028; the rest as E8002. */
function ruleIdOf(reference: Reference): string {
  if (reference.via === 'Fn::If') return 'E1028';
  if (reference.path[0] === 'Resources' && reference.path.length === 3) return 'E3015';
  return 'E8002';
}

/** A condition name (resource or output Condition, Fn::If, the Condition function) that is not declared. */
export const undefinedConditionRule: Rule = {
  id: 'E8002',
  needsText: ['Condition', 'If'],
  description: 'Conditions used must be declared in the Conditions section',
  otherIds: { E3015: "A resource's Condition must be declared", E1028: "Fn::If's condition must be declared" },
  run: (template) =>
    undefinedReferences(template, ['condition']).map((reference) =>
      // An empty name is no condition at all: generated templates write `Condition: ''` everywhere and deploy.
      undefinedNameFinding(template, reference, ruleIdOf(reference), reference.name.trim() === '' ? 'warning' : 'error', messageOf(reference.name)),
    ),
};

function messageOf(name: string): string {
  if (name.trim() === '') return 'The condition name is empty: name a condition declared in the Conditions section, or leave the Condition out';
  return `Condition '${name}' is not declared in the Conditions section`;
}
