import { finding, type Finding } from '../findings';
import { referenceIndex, targetOf, type Reference } from '../references';
import { hasBrokenSyntax } from '../schema/parseState';
import type { Template } from '../template';
import type { Rule } from './rule';

/** Where a value is read before any resource exists, and what the documentation says is allowed there. */
interface EarlyPlace {
  matches(reference: Reference): boolean;
  /** The place, as the subject of "cannot depend on resource X". */
  what: string;
  why: string;
}

const EARLY_PLACES: readonly EarlyPlace[] = [
  {
    matches: (reference) => reference.path[0] === 'Conditions',
    what: 'A condition',
    why: 'CloudFormation evaluates conditions before it creates any resource; they read parameters, mappings and other conditions',
  },
  {
    matches: (reference) => reference.path[0] === 'Rules',
    what: 'A rule',
    why: 'rules are checked before the stack is created or updated, from the parameters given',
  },
  {
    matches: (reference) => reference.path[0] === 'Outputs' && reference.path[2] === 'Export' && reference.path[3] === 'Name',
    what: 'An export name',
    why: "the Name of an Export can't use Ref or GetAtt functions that depend on a resource",
  },
  {
    matches: (reference) => reference.path.includes('Fn::ImportValue'),
    what: 'The name Fn::ImportValue imports',
    why: "Fn::ImportValue can't include Ref or GetAtt functions that depend on a resource",
  },
];

/**
 * X1020: a Ref, GetAtt or `${…}` to a resource where CloudFormation needs the value before any resource
 * exists: a condition, a rule, an export name or the argument of Fn::ImportValue.
 */
export const resourceBeforeCreationRule: Rule = {
  id: 'X1020',
  needsText: ['Conditions', 'Rules', 'Export', 'ImportValue'],
  description: 'Conditions, rules, export names and Fn::ImportValue cannot depend on a resource',
  run: (template) => (hasBrokenSyntax(template) ? [] : resourceReferencesTooEarly(template)),
};

function resourceReferencesTooEarly(template: Template): Finding[] {
  const index = referenceIndex(template);
  const findings: Finding[] = [];
  // Most references sit in Resources, where only Fn::ImportValue is read early: a text without it is skipped at once.
  const imports = template.text.includes('ImportValue');
  for (const reference of index.references) {
    if (reference.kind !== 'ref' && reference.kind !== 'getatt' && reference.kind !== 'sub') continue;
    if (!imports && reference.path[0] === 'Resources') continue;
    const place = EARLY_PLACES.find((candidate) => candidate.matches(reference));
    if (!place || targetOf(index, reference)?.kind !== 'resource') continue;
    findings.push(finding('X1020', 'error', `${place.what} cannot depend on resource '${reference.name}': ${place.why}`, reference.span, reference.path));
  }
  return findings;
}
