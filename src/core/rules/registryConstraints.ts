/**
 * The registry-schema constraints other than allowed values (allowedValues.ts), one rule per
 * cfn-lint id, all read from one shared pass (schema/constraints/walk.ts).
 */
import { finding, NO_FINDINGS, type Finding } from '../findings';
import type { ResourceDeclaration } from '../sections';
import type { Template } from '../template';
import { FORMATS } from '../schema/constraints/formats';
import type { ConstraintKeyword, Violation } from '../schema/constraints/types';
import { resourceConstraintPass } from '../schema/constraints/walk';
import { violationsOutsideResources } from '../schema/constraints/outside';
import { resourceRule, type Rule } from './rule';
import { intrinsicText } from './catalogue/support/arns';

/**
 * A value matching none of the forms a SAM type's schema lists is a warning: that schema (cfn-lint's,
 * which cfn-lint itself applies only after the SAM transform) lags AWS SAM, which accepts forms it lacks
 * (new event properties, SAM-only shortcuts); SAM reports what it rejects when it transforms the template.
 * So is a limit of the form the value names, unless SAM passes the value unchanged to a type whose
 * registry schema gives the limit (an event's BatchSize to AWS::Lambda::EventSourceMapping).
 */
function severityOf(violation: Violation, type: string | undefined): 'error' | 'warning' {
  if (violation.choice) return 'warning';
  if (!type?.startsWith('AWS::Serverless::')) return 'error';
  // Judged as the form a SAM value names (an event's Type): SAM's own limits lag SAM, those of the type it passes the value to do not.
  if (violation.inNamedForm) return violation.passedTo ? 'error' : 'warning';
  return violation.keyword === 'anyOf' || violation.keyword === 'oneOf' ? 'warning' : 'error';
}

/** The SAM type whose Globals hold the violation (`Globals: Function:` is AWS::Serverless::Function's), else undefined. */
function samTypeOf(violation: Violation): string | undefined {
  return violation.path[0] === 'Globals' && typeof violation.path[1] === 'string' ? `AWS::Serverless::${violation.path[1]}` : undefined;
}

/** What a rule makes of a violation, given the resource type it is in (made once per rule, not per resource). */
type ToFinding = (violation: Violation, type: string | undefined, template: Template) => Finding;

/** The pass's violations of one keyword, as findings (most resources have none: no list is made then). */
function findingsOf(template: Template, resource: ResourceDeclaration, keyword: ConstraintKeyword, toFinding: ToFinding): readonly Finding[] {
  const { violations } = resourceConstraintPass(template, resource);
  let findings: Finding[] | undefined;
  for (const violation of violations) if (violation.keyword === keyword) (findings ??= []).push(toFinding(violation, resource.type, template));
  // Most resources have no violation of a keyword: they share the one frozen empty result (callers only read it).
  return findings ?? NO_FINDINGS;
}

/** The violations of one keyword outside the resources themselves: a SAM template's Globals and the bodies of Fn::ForEach loops. */
function outsideFindingsOf(template: Template, keyword: ConstraintKeyword, toFinding: ToFinding): Finding[] {
  return violationsOutsideResources(template)
    .filter((violation) => violation.keyword === keyword)
    .map((violation) => toFinding(violation, samTypeOf(violation), template));
}

// The pass reads what a `Ref` or `Fn::GetAtt` of another resource gives (its type): every rule of it reads logical ids.
function constraintRule(id: string, keyword: ConstraintKeyword, description: string): Rule {
  const toFinding: ToFinding = (violation, type) => finding(id, severityOf(violation, type), violation.message, violation.span, violation.path);
  return resourceRule({
    id,
    description,
    readsLogicalIds: true,
    rest: (template) => outsideFindingsOf(template, keyword, toFinding),
    check: (resource, template) => findingsOf(template, resource, keyword, toFinding),
  });
}

const formatIds = Object.fromEntries(Object.values(FORMATS).map((format) => [format.ruleId, `Values must be ${format.description}`]));
delete formatIds.E1103;

/** One rule for every format: cfn-lint files each under its own id, which the findings carry. */
const formatRule: Rule = resourceRule({
  id: 'E1103',
  description: 'Values of a format (CIDR blocks, dates and times) must have that format',
  otherIds: { ...formatIds, E1040: 'Fn::GetAtt of a resource must give the identifier the property takes', E1041: 'Ref of a resource must give the identifier the property takes' },
  readsLogicalIds: true,
  rest: (template) => outsideFindingsOf(template, 'format', formatFinding),
  check: (resource, template) => findingsOf(template, resource, 'format', formatFinding),
});

/** cfn-lint's ids for a template resource's value of another format than the property's. */
const GIVEN_BY_IDS = { Ref: 'E1041', 'Fn::GetAtt': 'E1040' } as const;

function formatFinding(violation: Violation, _type: string | undefined, template: Template): Finding {
  const id = violation.givenBy ? GIVEN_BY_IDS[violation.givenBy] : (FORMATS[violation.format!]?.ruleId ?? 'E1103');
  const found = finding(id, violation.choice ? 'warning' : 'error', violation.message, violation.span, violation.path);
  const instead = violation.replacement;
  if (instead) {
    const written = instead.attribute ? `!GetAtt ${instead.target}.${instead.attribute}` : `!Ref ${instead.target}`;
    found.fixes = [{ title: `Use ${written}`, edits: [intrinsicText(template, violation.node, instead.target, instead.attribute)], preferred: true }];
  }
  return found;
}

export const REGISTRY_CONSTRAINT_RULES: readonly Rule[] = [
  constraintRule('E3031', 'pattern', 'String values must match the pattern the registry schema gives'),
  constraintRule('E3032', 'items', 'Lists must have as many items as the registry schema allows'),
  constraintRule('E3037', 'unique', 'List items must not repeat a value the service requires to be different in each'),
  constraintRule('E3033', 'length', 'Strings must be as long as the registry schema allows'),
  constraintRule('E3034', 'range', 'Numbers must be within the range the registry schema gives'),
  constraintRule('E3014', 'requiredXor', 'Exactly one of a set of properties must be given'),
  constraintRule('E3058', 'requiredOr', 'At least one of a set of properties must be given'),
  constraintRule('E3017', 'anyOf', 'A value must match at least one of the forms the registry schema accepts'),
  constraintRule('E3018', 'oneOf', 'A value must match one of the forms the registry schema accepts'),
  constraintRule('E3020', 'dependentExcluded', 'Properties that exclude each other must not be given together'),
  constraintRule('E3021', 'dependentRequired', 'A property that needs others must have them'),
  formatRule,
];
