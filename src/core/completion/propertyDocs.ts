/** How a property reads in completion documentation and hover: type, required, update behaviour, docs. */
import { describeValueType, type PropertySchema, type Replacement } from '../schema';

const UPDATE_WORDS: Record<Replacement, string> = {
  yes: 'Changing this replaces the resource',
  maybe: 'May replace the resource, depending on the change',
  no: 'Updates without replacing the resource',
};

export function updateBehaviour(property: PropertySchema): string {
  return UPDATE_WORDS[property.causesReplacement];
}

/** `List of Tag · Required` */
export function propertySummary(property: PropertySchema): string {
  return `${describeValueType(property.type)} · ${property.required ? 'Required' : 'Optional'}`;
}

export function propertyMarkdown(property: PropertySchema, url?: string): string {
  const lines = [`**${property.name}**: ${propertySummary(property)}${property.deprecated ? ' · Deprecated' : ''}`];
  lines.push(`**Update:** ${updateBehaviour(property)}.`);
  if (property.documentation) lines.push(property.documentation);
  if (property.allowedValues?.length) lines.push(`**Allowed values:** ${property.allowedValues.map((value) => `\`${value}\``).join(', ')}`);
  if (property.defaultValue !== undefined) lines.push(`**Default:** \`${property.defaultValue.replace(/^"(.*)"$/, '$1')}\``);
  if (url) lines.push(`[AWS documentation](${url})`);
  return lines.join('\n\n');
}
