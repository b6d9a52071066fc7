/**
 * The schema documentation hover: resource types, properties (type, required, update behaviour),
 * GetAtt attributes, what a Ref or GetAtt names, intrinsic functions and pseudo parameters.
 */
import { ATTRIBUTE_DOCS } from '../completion/attributeCompletions';
import { intrinsicDoc, intrinsicUrl, PSEUDO_PARAMETER_DOCS, PSEUDO_PARAMETERS_URL } from '../completion/intrinsicDocs';
import { propertyMarkdown } from '../completion/propertyDocs';
import { schemaTypeOf } from '../completion/schemaCompletions';
import { shortFormOf } from '../intrinsics';
import { locate, type Located } from '../knowledge/locate';
import { isString, nodeAt, valueOf, type NodePath, type Span } from '../model';
import { childTemplatesOf, localChildren } from '../nested';
import { nameAt, referenceIndex } from '../references';
import { currentSchema, describeValueType, documentationUrlOf, resolveResourcePath, type Schema } from '../schema';
import type { Template } from '../template';
import type { HoverProvider } from './index';
import { declarationMarkdown, typeText } from './declarationHover';
import { codeSpan, plainText } from './plainText';

export const schemaHoverProvider: HoverProvider = (template, offset) => {
  const located = locate(template.root, offset);
  if (!located) return undefined;
  const markdown = attributeNameHover(template, located, offset) ?? referenceHover(template, offset) ?? locatedHover(template, located);
  if (!markdown) return undefined;
  return { sections: [{ markdown: markdown.text }], span: markdown.span ?? located.span };
};

interface Markdown {
  text: string;
  span?: Span;
}

function locatedHover(template: Template, located: Located): Markdown | undefined {
  if (located.intrinsic) return functionHover(located.intrinsic);
  const schema = currentSchema();
  const [section, logicalId, attribute] = located.path;
  if (!schema || section !== 'Resources' || typeof logicalId !== 'string') return undefined;
  if (located.scalar && attribute === 'Type' && located.path.length === 3 && isString(located.scalar)) {
    return resourceTypeHover(schema, located.scalar.value);
  }
  if (!located.scalar && attribute === 'Properties' && located.path.length > 3) return propertyHover(template, schema, located.path);
  if (!located.scalar && located.path.length === 3 && typeof attribute === 'string') return resourceAttributeHover(attribute);
  return undefined;
}

/** Resource attributes with a page of their own in the user guide. */
const ATTRIBUTE_PAGES = new Set(['DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'DependsOn', 'Metadata']);

function resourceAttributeHover(attribute: string): Markdown | undefined {
  if (!Object.hasOwn(ATTRIBUTE_DOCS, attribute) || attribute === 'Type' || attribute === 'Properties') return undefined;
  const page = `https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-${attribute.toLowerCase()}.html`;
  const link = ATTRIBUTE_PAGES.has(attribute) ? `\n\n[AWS documentation](${page})` : '';
  return { text: `**${attribute}** (resource attribute): ${ATTRIBUTE_DOCS[attribute]}${link}` };
}

function resourceTypeHover(schema: Schema, typeName: string): Markdown | undefined {
  const resource = schema.resourceType(schemaTypeOf(typeName));
  if (!resource) return undefined;
  const lines = [`**${typeText(typeName)}**`];
  if (resource.documentation) lines.push(resource.documentation);
  if (resource.transform) lines.push(`Needs \`Transform: ${resource.transform}\`.`);
  const url = resource.documentationUrl ?? documentationUrlOf(resource.name);
  if (url) lines.push(`[AWS documentation](${url})`);
  return { text: lines.join('\n\n') };
}

function propertyHover(template: Template, schema: Schema, path: NodePath): Markdown | undefined {
  const name = path.at(-1);
  const type = valueOf(nodeAt(template.root, path.slice(0, 2)), 'Type');
  if (typeof name !== 'string' || !isString(type)) return undefined;
  const resourceType = schemaTypeOf(type.value);
  const holder = resolveResourcePath(schema, resourceType, path.slice(2, -1))?.object;
  const property = holder?.properties.get(name);
  if (!holder || !property) return undefined;
  const nested = holder.name === holder.resourceType ? undefined : holder.name.slice(holder.resourceType.length + 1);
  return { text: propertyMarkdown(property, documentationUrlOf(resourceType, nested)) };
}

function functionHover(name: string): Markdown | undefined {
  const entry = intrinsicDoc(name);
  if (!entry) return undefined;
  const short = shortFormOf(name);
  const title = short ? `**${name}** (short form \`${short}\`)` : `**${name}**`;
  return { text: `${title}: ${entry.summary}\n\n[AWS documentation](${intrinsicUrl(entry)})` };
}

/** On the attribute of `!GetAtt Res.Att`, `[Res, Att]` or `${Res.Att}` in a Sub string: the attribute's type and documentation. */
function attributeNameHover(template: Template, located: Located, offset: number): Markdown | undefined {
  const named = getAttAttributeAt(template, located, offset) ?? subAttributeAt(template, offset);
  if (!named) return undefined;
  const { resourceName, attributeName, span } = named;
  const type = valueOf(nodeAt(template.root, ['Resources', resourceName]), 'Type');
  const attribute = isString(type) ? currentSchema()?.resourceType(schemaTypeOf(type.value))?.attributes.get(attributeName) : undefined;
  if (!attribute) return childOutputHover(template, resourceName, attributeName, span);
  const lines = [`**${plainText(resourceName)}.${attribute.name}**: ${describeValueType(attribute.type)} attribute of ${isString(type) ? typeText(type.value) : ''}`];
  if (attribute.documentation) lines.push(attribute.documentation);
  return { text: lines.join('\n\n'), span };
}

interface NamedAttribute {
  resourceName: string;
  attributeName: string;
  /** Where the attribute is written. */
  span: Span;
}

function getAttAttributeAt(template: Template, located: Located, offset: number): NamedAttribute | undefined {
  const scalar = located.scalar;
  if (!isString(scalar)) return undefined;
  const path = located.path;
  if (path.at(-1) === 'Fn::GetAtt') {
    const dot = scalar.value.indexOf('.');
    const dotOffset = template.text.indexOf('.', scalar.span.start);
    if (dot < 0 || dotOffset < 0 || offset <= dotOffset) return undefined;
    const attributeName = scalar.value.slice(dot + 1);
    return { resourceName: scalar.value.slice(0, dot), attributeName, span: { start: dotOffset + 1, end: dotOffset + 1 + attributeName.length } };
  }
  if (path.at(-2) !== 'Fn::GetAtt' || path.at(-1) !== 1) return undefined;
  const first = nodeAt(template.root, [...path.slice(0, -1), 0]);
  return isString(first) ? { resourceName: first.value, attributeName: scalar.value, span: scalar.span } : undefined;
}

/** `${Res.Att}` in a Sub string, inline or block: the reference index knows where each attribute stands. */
function subAttributeAt(template: Template, offset: number): NamedAttribute | undefined {
  const reference = referenceIndex(template).references.find(
    ({ kind, attribute, attributeSpan }) => kind === 'sub' && attribute !== undefined && attributeSpan && attributeSpan.start <= offset && offset <= attributeSpan.end,
  );
  if (!reference?.attributeSpan || reference.attribute === undefined || !reference.exact) return undefined;
  return { resourceName: reference.name, attributeName: reference.attribute, span: reference.attributeSpan };
}

/** On `Outputs.Name` of a nested stack whose template the host read: that output, as its template describes it. */
function childOutputHover(template: Template, resourceName: string, attributeName: string, span: Span): Markdown | undefined {
  const child = localChildren(template).find((candidate) => candidate.resource.logicalId === resourceName);
  const declared = child ? childTemplatesOf(template).get(child.location) : undefined;
  const name = attributeName.startsWith('Outputs.') ? attributeName.slice('Outputs.'.length) : undefined;
  if (!child || !declared?.outputs || name === undefined || !declared.outputs.includes(name)) return undefined;
  const lines = [`**${plainText(resourceName)}.Outputs.${plainText(name)}**: output of the nested stack's template ${codeSpan(child.location)}`];
  const description = declared.outputDescriptions[name];
  if (description) lines.push(plainText(description));
  return { text: lines.join('\n\n'), span };
}

/** On a name in Ref, GetAtt, Sub, DependsOn, Condition or FindInMap: what it names. */
function referenceHover(template: Template, offset: number): Markdown | undefined {
  const at = nameAt(template, offset);
  if (!at?.reference) return undefined;
  if (at.declaration && at.reference.name !== at.declaration.name) {
    // A name SAM or a module generates from the declaration (`WorkerRole`, `Worker.Alias`).
    const generator = `${at.declaration.detail ? `${plainText(at.declaration.detail)} ` : ''}${codeSpan(at.declaration.name)}`;
    return { text: `**${plainText(at.reference.name)}**: a resource the transform generates from ${generator}`, span: at.span };
  }
  if (at.declaration) return { text: declarationMarkdown(at.declaration), span: at.span };
  const pseudo = PSEUDO_PARAMETER_DOCS[at.name];
  if (pseudo && (at.reference.kind === 'ref' || at.reference.kind === 'sub')) {
    return { text: `**${at.name}** (pseudo parameter): ${pseudo}\n\n[AWS documentation](${PSEUDO_PARAMETERS_URL})`, span: at.span };
  }
  return undefined;
}
