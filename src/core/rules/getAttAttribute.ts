import { finding, type Finding } from '../findings';
import { loopGeneratedType, referenceIndex, targetOf, undefinedNameFinding, undefinedReferences, type Reference } from '../references';
import { closestName } from '../schema/suggest';
import { listOf } from '../schema/constraints/scalars';
import { currentSchema } from '../schema';
import { hasBrokenSyntax } from '../schema/parseState';
import type { Template } from '../template';
import type { Rule } from './rule';
import { RETURNS } from '../schema/constraints/returns';
import { LEGACY_ATTRIBUTES, TYPES_RETURNING_PROPERTIES } from '../schema/getAttAttributes';

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
    // A type the registry knows without readOnlyProperties returns no attribute at all (AWS::CodeDeploy::Application).
    const registryType = schema.registry.type(type);
    const readable = registryType ? (registryType.attributes ?? []) : undefined;
    if (!specified && !readable) return [];
    const known = new Set([...(specified?.keys() ?? []), ...(readable ?? []), ...(LEGACY_ATTRIBUTES[type] ?? [])]);
    // A key under a map attribute (a provisioned product's Outputs.Name) stands where the schema lets it.
    const readsProperties = TYPES_RETURNING_PROPERTIES.has(type) || known.has(attribute.split('.')[0]);
    if (known.has(attribute) || (readsProperties && schema.registry.hasPropertyPath(type, attribute))) return [];
    const suggestion = closestName(attribute, known);
    // Without the registry's list the specification alone may lack an attribute: then only a near miss is surely wrong.
    if (!suggestion && !readable) return [];
    const property = schema.registry.hasPropertyPath(type, attribute);
    return [attributeFinding(template, reference, type, suggestion, readable !== undefined ? [...known] : undefined, property)];
  });
}

function attributeFinding(template: Template, reference: Reference, type: string, suggestion: string | undefined, all?: string[], property = false): Finding {
  const ruleId = reference.kind === 'sub' ? 'E1019' : 'E1010';
  const hint = suggestion ? `. Did you mean '${suggestion}'?` : all && all.length > 0 ? `: it has ${listOf(all.sort())}` : all ? ': Fn::GetAtt reads no attribute of it (use Ref)' : '';
  const message = `${type} has no attribute '${reference.attribute}'${hint}${property ? propertyHint(type, reference) : ''}`;
  const result = finding(ruleId, 'error', message, reference.attributeSpan!, reference.attributePath);
  const exact = template.text.slice(reference.attributeSpan!.start, reference.attributeSpan!.end) === reference.attribute;
  if (exact && suggestion) {
    result.fixes = [{ title: `Change to '${suggestion}'`, edits: [{ span: reference.attributeSpan!, newText: suggestion }], preferred: true }];
  }
  return result;
}

/** A property the type does not return: what Ref gives instead, when that is the value named. */
function propertyHint(type: string, reference: Reference): string {
  const given = RETURNS[type]?.ref;
  const kind = given?.length === 1 ? given[0].slice(given[0].lastIndexOf('.') + 1) : undefined;
  const readsIt = kind !== undefined && reference.attribute!.endsWith(kind) && !reference.attribute!.includes('.');
  const instead = readsIt ? `; Ref ${reference.name} gives its ${REF_WORDS[kind] ?? kind}` : '';
  return ` ('${reference.attribute}' is a property it is given, not one it returns${instead})`;
}

const REF_WORDS: Readonly<Record<string, string>> = { Name: 'name', Id: 'ID', Arn: 'ARN', Url: 'URL' };
