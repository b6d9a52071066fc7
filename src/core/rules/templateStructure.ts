/**
 * The shape CloudFormation requires of the template itself (the "Template anatomy" pages): each
 * section holds what it must, a template has Resources, every resource is an object with a string
 * Type, every parameter an object with a Type and only the parameter properties, each of its kind.
 * CloudFormation answers anything else with "Template format error" before it creates anything.
 */
import { finding, type Finding } from '../findings';
import { entryOf, isMap, isScalar, isSeq, type MapEntry, type NodePath, type TemplateNode } from '../model';
import { hasBrokenSyntax } from '../schema/parseState';
import { keptEntries } from '../sections';
import { closestName } from '../schema/suggest';
import { intrinsicName } from './exam/values';
import type { Rule } from './rule';

type Shape = 'map' | 'string' | 'list' | 'scalar' | 'integer' | 'number' | 'boolean';

const SECTION_SHAPES: Readonly<Record<string, readonly Shape[]>> = {
  Description: ['string'],
  Metadata: ['map'],
  Parameters: ['map'],
  Rules: ['map'],
  Mappings: ['map'],
  Conditions: ['map'],
  Resources: ['map'],
  Outputs: ['map'],
  // A map is a transform with parameters: `Transform: {Name: AWS::Include, Parameters: {Location: …}}`.
  Transform: ['string', 'list', 'map'],
};

/** The properties a parameter may have, and the kind of value each takes. */
const PARAMETER_PROPERTIES: Readonly<Record<string, readonly Shape[]>> = {
  AllowedPattern: ['string'],
  AllowedValues: ['list'],
  ConstraintDescription: ['string'],
  Default: ['scalar', 'list'],
  Description: ['string'],
  MaxLength: ['integer'],
  MaxValue: ['number'],
  MinLength: ['integer'],
  MinValue: ['number'],
  NoEcho: ['boolean'],
  Type: ['string'],
};

/**
 * Its findings carry cfn-lint's ids (E1001 for sections, E3001 for resources, E2001 for parameters),
 * the first two owned by the rules on unknown section and attribute names, so the rule has an id of its own.
 */
export const templateStructureRule: Rule = {
  id: 'template-structure',
  description: 'Template sections, resources and parameters have the shape CloudFormation requires',
  otherIds: {
    E2001: 'A parameter is an object with a Type and only the properties parameters have, each of its kind',
    E1003: 'The template Description is at most 1,024 bytes',
  },
  run(template) {
    const root = template.root;
    if (!isMap(root) || hasBrokenSyntax(template)) return [];
    const findings: Finding[] = [];
    for (const entry of keptEntries(root)) {
      const shapes = SECTION_SHAPES[entry.key.value];
      if (shapes && !fits(entry.value, shapes)) findings.push(shapeFinding('E1001', entry, [entry.key.value], shapes, `The ${entry.key.value} section`));
    }
    const description = descriptionTooLong(entryOf(root, 'Description'));
    if (description) findings.push(description);
    if (!entryOf(root, 'Resources') && isTemplateLike(root)) {
      findings.push(finding('E1001', 'error', 'A template must have a Resources section with at least one resource', root.entries[0]?.key.span ?? root.span, ['Resources']));
    }
    const resources = entryOf(root, 'Resources')?.value;
    if (isMap(resources)) {
      for (const resource of keptEntries(resources)) {
        const problem = resourceProblem(resource);
        if (problem) findings.push(problem);
      }
    }
    const parameters = entryOf(root, 'Parameters')?.value;
    if (isMap(parameters)) for (const parameter of keptEntries(parameters)) findings.push(...parameterProblems(parameter));
    return findings;
  },
};

/** The template Description section: "between 0 and 1024 bytes in length" (the Description page). */
const MAX_DESCRIPTION_BYTES = 1024;

function descriptionTooLong(entry: MapEntry | undefined): Finding | undefined {
  if (!entry || !isScalar(entry.value) || typeof entry.value.value !== 'string') return undefined;
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most descriptions need no counting.
  if (entry.value.value.length * 3 <= MAX_DESCRIPTION_BYTES) return undefined;
  const bytes = new TextEncoder().encode(entry.value.value).length;
  if (bytes <= MAX_DESCRIPTION_BYTES) return undefined;
  const message = `The template Description is ${bytes.toLocaleString('en-US')} bytes: CloudFormation takes at most 1,024 and rejects the template`;
  return finding('E1003', 'error', message, entry.key.span, ['Description']);
}

/** A template with any other section (so not an empty file or a fragment being typed). */
function isTemplateLike(root: TemplateNode): boolean {
  return isMap(root) && root.entries.some((entry) => entry.key.value === 'AWSTemplateFormatVersion' || entry.key.value === 'Parameters' || entry.key.value === 'Outputs');
}

const STRING: readonly Shape[] = ['string'];
const MAP: readonly Shape[] = ['map'];

/** What is wrong with a resource's shape, if anything (at most one thing: a resource without a Type says nothing more). */
function resourceProblem(resource: MapEntry): Finding | undefined {
  const name = resource.key.value;
  if (name.startsWith('Fn::ForEach::') || name === 'Fn::Transform') return undefined;
  if (!isMap(resource.value)) return finding('E3001', 'error', `Resource '${name}' must be an object with a Type`, resource.key.span, ['Resources', name]);
  const type = entryOf(resource.value, 'Type');
  if (!type) {
    if (resource.value.entries.some((entry) => entry.key.value === 'Fn::Transform')) return undefined;
    return finding('E3001', 'error', `Resource '${name}' has no Type`, resource.key.span, ['Resources', name]);
  }
  if (!fits(type.value, STRING)) return shapeFinding('E3001', type, ['Resources', name, 'Type'], STRING, 'Type');
  const properties = entryOf(resource.value, 'Properties');
  if (properties && !fits(properties.value, MAP) && !isFunctionCall(properties.value) && !isNull(properties.value)) {
    return shapeFinding('E3001', properties, ['Resources', name, 'Properties'], MAP, 'Properties');
  }
  return undefined;
}

function parameterProblems(parameter: MapEntry): Finding[] {
  const path = ['Parameters', parameter.key.value];
  if (!isMap(parameter.value)) return [finding('E2001', 'error', `Parameter '${parameter.key.value}' must be an object with a Type`, parameter.key.span, path)];
  const findings: Finding[] = [];
  if (!entryOf(parameter.value, 'Type')) findings.push(finding('E2001', 'error', `Parameter '${parameter.key.value}' has no Type: every parameter needs one`, parameter.key.span, path));
  for (const entry of parameter.value.entries) {
    const name = entry.key.value;
    const shapes = PARAMETER_PROPERTIES[name];
    if (!shapes) {
      const suggestion = closestName(name, Object.keys(PARAMETER_PROPERTIES));
      const hint = suggestion ? `; did you mean '${suggestion}'?` : `; parameters take ${Object.keys(PARAMETER_PROPERTIES).join(', ')}`;
      findings.push(finding('E2001', 'error', `'${name}' is not a parameter property${hint}`, entry.key.span, [...path, name]));
    } else if (!fits(entry.value, shapes)) {
      findings.push(shapeFinding('E2001', entry, [...path, name], shapes, name));
    } else if (name === 'AllowedValues' && isSeq(entry.value) && !entry.value.items.every((item) => isScalar(item) && item.value !== null)) {
      findings.push(finding('E2001', 'error', 'AllowedValues must list plain values (no objects, lists or functions)', entry.key.span, [...path, name]));
    }
  }
  return findings;
}

function fits(node: TemplateNode, shapes: readonly Shape[]): boolean {
  return shapes.some((shape) => fitsOne(node, shape));
}

function fitsOne(node: TemplateNode, shape: Shape): boolean {
  switch (shape) {
    case 'map':
      return isMap(node) && !isFunctionCall(node);
    case 'list':
      return isSeq(node);
    case 'string':
      return isScalar(node) && node.value !== null && typeof node.value !== 'boolean';
    case 'scalar':
      return isScalar(node) && node.value !== null;
    case 'integer':
      return isScalar(node) && node.value !== null && node.value !== '' && Number.isInteger(Number(node.value)) && typeof node.value !== 'boolean';
    case 'number':
      return isScalar(node) && node.value !== null && node.value !== '' && Number.isFinite(Number(node.value)) && typeof node.value !== 'boolean';
    case 'boolean':
      // As CloudFormation (and cfn-lint) read a boolean written as a string: in any letter case ("True").
      return isScalar(node) && (typeof node.value === 'boolean' || (typeof node.value === 'string' && /^(true|false)$/i.test(node.value)));
  }
}

const SHAPE_WORDS: Readonly<Record<Shape, string>> = {
  map: 'an object',
  list: 'a list',
  string: 'a string',
  scalar: 'a plain value',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function shapeFinding(ruleId: string, entry: MapEntry, path: NodePath, shapes: readonly Shape[], what: string): Finding {
  const expected = shapes.map((shape) => SHAPE_WORDS[shape]).join(' or ');
  const actual = isNull(entry.value) ? 'is empty' : `is ${describe(entry.value)}`;
  return finding(ruleId, 'error', `${what} must be ${expected}, but it ${actual}`, isNull(entry.value) ? entry.key.span : entry.value.span, path);
}

/** A function call; Fn::ForEach loops and Fn::Transform stand in a map for the entries they write. */
function isFunctionCall(node: TemplateNode): boolean {
  const name = intrinsicName(node);
  return name !== undefined && !name.startsWith('Fn::ForEach::') && name !== 'Fn::Transform';
}

function isNull(node: TemplateNode): boolean {
  return isScalar(node) && node.value === null;
}

function describe(node: TemplateNode): string {
  if (intrinsicName(node)) return `the function ${intrinsicName(node)}`;
  if (isMap(node)) return 'an object';
  if (isSeq(node)) return 'a list';
  return typeof (node as { value: unknown }).value === 'boolean' ? 'true or false' : `'${String((node as { value: unknown }).value)}'`;
}
