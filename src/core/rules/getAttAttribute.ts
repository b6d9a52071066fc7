import { finding, type Finding } from '../findings';
import { loopGeneratedType, referenceIndex, targetOf, undefinedNameFinding, undefinedReferences, type Reference } from '../references';
import { closestName } from '../schema/suggest';
import { listOf } from '../schema/constraints/scalars';
import { currentSchema } from '../schema';
import { hasBrokenSyntax } from '../schema/parseState';
import type { Template } from '../template';
import type { Rule } from './rule';

/**
 * Fn::GetAtt (cfn-lint's E1010) to a resource the template does not declare, or to an attribute its
 * type does not have. One rule, so that the id has one description (SARIF lists rules by id).
 */
export const getAttRule: Rule = {
  id: 'E1010',
  needsText: ['GetAtt', '${'],
  description: 'Fn::GetAtt must name a resource of the template and an attribute of its type',
  run: (template) => [...unknownResources(template), ...unknownAttributes(template)],
};

function unknownResources(template: Template): Finding[] {
  return undefinedReferences(template, ['getatt']).map((reference) =>
    undefinedNameFinding(template, reference, 'E1010', 'error', `Fn::GetAtt to '${reference.name}', which is not a resource of this template`),
  );
}

/** Types whose attributes are not in the schema: anything a custom resource or stack returns. */
function attributesAreOpen(type: string, attribute: string): boolean {
  return (
    type.startsWith('Custom::') ||
    type === 'AWS::CloudFormation::CustomResource' ||
    type.endsWith('::MODULE') ||
    type.startsWith('AWS::Serverless::') ||
    (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.'))
  );
}

/**
 * Fn::GetAtt (and `${Resource.Attribute}` in Fn::Sub) misspelling an attribute of the resource type,
 * per the resource schema. Silent until the host supplies a schema.
 */
function unknownAttributes(template: Template): Finding[] {
  const schema = currentSchema();
  if (!schema || hasBrokenSyntax(template)) return [];
  const index = referenceIndex(template);
  return index.references.flatMap((reference): Finding[] => {
    const { attribute, attributeSpan, attributePath } = reference;
    if (attribute === undefined || !attributeSpan || !attributePath) return [];
    // A name a Fn::ForEach loop writes out has the Type its loop body gives.
    const type = targetOf(index, reference)?.detail ?? loopGeneratedType(index.generated, reference.name);
    if (!type || attributesAreOpen(type, attribute)) return [];
    const specified = schema.resourceType(type)?.attributes;
    const readable = schema.registry.type(type)?.attributes;
    if (!specified && !readable) return [];
    const known = new Set([...(specified?.keys() ?? []), ...(readable ?? []), ...(LEGACY_ATTRIBUTES[type] ?? [])]);
    // Some types return their properties too (an EC2 subnet's Ipv6CidrBlock, beside its
    // Ipv6CidrBlocks attribute): a property is not surely wrong, even a near miss of an attribute.
    if (known.has(attribute) || schema.registry.hasPropertyPath(type, attribute)) return [];
    const suggestion = closestName(attribute, known);
    // Without the registry's list the specification alone may lack an attribute: then only a near miss is surely wrong.
    if (!suggestion && !readable) return [];
    return [attributeFinding(template, reference, type, suggestion, readable !== undefined ? [...known] : undefined)];
  });
}

/**
 * Attributes CloudFormation still returns that neither the specification nor the registry lists
 * (kept from older versions of a type, and shown in AWS's own examples).
 */
const LEGACY_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Elasticsearch::Domain': ['DomainArn'],
  // The list forms of the comma-separated ReadEndPoint.Addresses and .Ports, from the reference's older return values.
  'AWS::ElastiCache::ReplicationGroup': ['ReadEndPoint.Addresses.List', 'ReadEndPoint.Ports.List'],
};

function attributeFinding(template: Template, reference: Reference, type: string, suggestion: string | undefined, all?: string[]): Finding {
  const ruleId = reference.kind === 'sub' ? 'E1019' : 'E1010';
  const hint = suggestion ? `. Did you mean '${suggestion}'?` : all && all.length > 0 ? `: it has ${listOf(all.sort())}` : '';
  const message = `${type} has no attribute '${reference.attribute}'${hint}`;
  const result = finding(ruleId, 'error', message, reference.attributeSpan!, reference.attributePath);
  const exact = template.text.slice(reference.attributeSpan!.start, reference.attributeSpan!.end) === reference.attribute;
  if (exact && suggestion) {
    result.fixes = [{ title: `Change to '${suggestion}'`, edits: [{ span: reference.attributeSpan!, newText: suggestion }], preferred: true }];
  }
  return result;
}
