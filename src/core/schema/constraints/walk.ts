/**
 * The registry constraints of every resource's Properties, checked once per template and shared
 * by the constraint rules (rules/registryConstraints.ts). Resource types the registry does not know,
 * custom resources and modules are left alone, as is everything while the text has a syntax error.
 */
import { conditionCanHold, holdsWithDefaults, reachableBranches } from '../../conditions';
import { entryOf, isMap, type TemplateNode } from '../../model';
import { conditionOfResource, parameterDeclaration, resourceDeclarations, sectionOf, type ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import { memoized } from '../../memo';
import { currentSchema } from '../current';
import { hasBrokenSyntax } from '../parseState';
import type { Violation } from './types';
import { ConstraintValidator } from './validator';
import { withTakenGlobals } from './globals';
import { referencedSecret, writtenSecretField, type SecretReference } from './secretFields';
import type { Registry } from '../registry';

/** Keywords the specification rules report already (E3012, E3003, E3002). */
const STEERING_ONLY = new Set<Violation['keyword']>(['type', 'required', 'additional', 'not']);
/** At the top of a SAM resource's Properties, Globals may supply what seems missing. */
const PRESENCE_KEYWORDS = new Set<Violation['keyword']>(['requiredXor', 'requiredOr', 'dependentRequired', 'anyOf', 'oneOf']);

export interface ConstraintPass {
  violations: readonly Violation[];
  /** Values the registry judged against allowed values (the specification's lists apply to the others). */
  enumChecked: ReadonlySet<TemplateNode>;
}

const EMPTY: ConstraintPass = { violations: [], enumChecked: new Set() };

export function constraintViolations(template: Template): readonly Violation[] {
  return constraintPass(template).violations;
}

/** Every resource's pass, in source order; a violation found twice (at a parameter two resources use) once. */
export function constraintPass(template: Template): ConstraintPass {
  return memoized(template, wholePass);
}

function wholePass(template: Template): ConstraintPass {
  const seen = new Set<string>();
  const violations: Violation[] = [];
  const enumChecked = new Set<TemplateNode>();
  for (const resource of resourceDeclarations(template.root)) {
    const one = resourceConstraintPass(template, resource);
    for (const node of one.enumChecked) enumChecked.add(node);
    for (const violation of one.violations) if (firstTime(seen, violation)) violations.push(violation);
  }
  return { violations, enumChecked };
}

/**
 * The pass over one resource's Properties. It reads the resource and, outside it, only the template's
 * Parameters (the allowed values of a parameter a `Ref` names), Mappings (what `Fn::FindInMap` returns), Conditions (which `Fn::If` branches
 * a deployment can take) and the logical ids and types of the other resources (what a `Ref` of one gives): the per-resource rules
 * build on it (and read logical ids).
 */
export function resourceConstraintPass(template: Template, resource: ResourceDeclaration): ConstraintPass {
  const registry = currentSchema()?.registry;
  if (!registry || !template.root || hasBrokenSyntax(template)) return EMPTY;
  const passes = memoized(template, newResourcePasses);
  let pass = passes.get(resource);
  if (!pass) {
    pass = collect(template, registry, resource);
    passes.set(resource, pass);
  }
  return pass;
}

function newResourcePasses(): Map<ResourceDeclaration, ConstraintPass> {
  return new Map();
}

/** The type of each resource by logical id, for what a `Ref` or `Fn::GetAtt` of it gives. */
function resourceTypes(template: Template): Map<string, string> {
  const types = new Map<string, string>();
  for (const resource of resourceDeclarations(template.root)) if (resource.type) types.set(resource.logicalId, resource.type);
  return types;
}

const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';

/** What a template secret holds under a key, as the template writes it, with the secret's logical id. */
function secretFieldOf(template: Template, reference: SecretReference): { value: string; secret: string } | undefined {
  const secret = referencedSecret(template.root, reference);
  const value = secret && writtenSecretField(secret, reference.key);
  return secret && value !== undefined ? { value, secret: secret.logicalId } : undefined;
}

function collect(template: Template, registry: Registry, resource: ResourceDeclaration): ConstraintPass {
  const type = resource.type;
  if (!type || !resource.body) return EMPTY;
  // `Custom::Name` is AWS::CloudFormation::CustomResource under another name (its ServiceTimeout range holds there too).
  const registryType = registry.type(type.startsWith('Custom::') ? CUSTOM_RESOURCE : type);
  const propertiesEntry = entryOf(resource.body, 'Properties');
  if (!registryType || typeof registryType.schema !== 'object' || !propertiesEntry) return EMPTY;
  // A resource no deployment creates is never checked by CloudFormation.
  const condition = conditionOfResource(resource);
  if (condition !== undefined && !conditionCanHold(template.root, condition)) return EMPTY;
  const enumChecked = new Set<TemplateNode>();
  const parameter = (name: string) => parameterDeclaration(template.root, name);
  const reachable = reachableBranches(template.root, condition);
  const mappings = sectionOf(template.root, 'Mappings');
  const sam = type.startsWith('AWS::Serverless::');
  const defaultsSkipResource = condition !== undefined && holdsWithDefaults(template.root, condition) === false;
  const validator = new ConstraintValidator({
    root: registryType.schema,
    parameter,
    mappings,
    reachable,
    defaultsSkipResource,
    judgesDefaults: !sam,
    enumChecked: (node) => enumChecked.add(node),
    text: template.text,
    nullIsAbsent: sam,
    resourceType: (logicalId) => memoized(template, resourceTypes).get(logicalId),
    secretField: (reference) => secretFieldOf(template, reference),
  });
  const path = ['Resources', resource.logicalId, 'Properties'];
  const seen = new Set<string>();
  const violations: Violation[] = [];
  // A SAM resource is judged with the globals it takes (a Timeout past 900 seconds with a capacity provider from
  // Globals); what is wrong in the globals themselves is the Globals pass's.
  const own = propertiesEntry.value;
  const judged = sam && isMap(own) ? withTakenGlobals(template, type, own, resource.body) : own;
  const inResource = (violation: Violation) => violation.span.start >= resource.body!.span.start && violation.span.end <= resource.body!.span.end;
  for (const violation of validator.validate(judged, registryType.schema, path, propertiesEntry.key.span)) {
    if (STEERING_ONLY.has(violation.keyword)) continue;
    if (sam && (isPresenceAtTop(violation, path.length) || !inResource(violation))) continue;
    if (firstTime(seen, violation)) violations.push(violation);
  }
  return { violations, enumChecked };
}

/**
 * A presence keyword about the Properties map itself (or a property named in its message): Globals may
 * supply it. An anyOf or oneOf about a property's value (`Tracing: Enabled`) is that value's own.
 */
function isPresenceAtTop(violation: Violation, depth: number): boolean {
  if (!PRESENCE_KEYWORDS.has(violation.keyword)) return false;
  const about = violation.keyword === 'anyOf' || violation.keyword === 'oneOf' ? depth : depth + 1;
  return violation.path.length <= about;
}

/** Whether `seen` had no violation of this keyword, place and message yet (it has now). */
function firstTime(seen: Set<string>, violation: Violation): boolean {
  const key = `${violation.keyword}\u0000${violation.span.start}\u0000${violation.message}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
