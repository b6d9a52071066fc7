/** How a property reads in completion documentation and hover: type, required, update behaviour, docs. */
import { describeValueType, type PropertySchema, type Replacement } from '../schema';

const UPDATE_WORDS: Record<Replacement, string> = {
  yes: 'Changing this replaces the resource',
  maybe: 'May replace the resource, depending on the change',
  no: 'Changing it does not replace the resource (some changes interrupt it, a few are not supported: see its page)',
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
  const constraints = constraintWords(property);
  if (constraints) lines.push(`**Constraints:** ${constraints}`);
  if (url) lines.push(`[AWS documentation](${url})`);
  return lines.join('\n\n');
}

/** `1 to 255 characters · matches ^[a-z]+$ · from 1 to 100` */
export function constraintWords(property: PropertySchema): string | undefined {
  const c = property.constraints;
  if (!c) return undefined;
  const parts: string[] = [];
  const range = (low: number | undefined, high: number | undefined, unit: string) => {
    if (low !== undefined && high !== undefined) parts.push(`${low} to ${high}${unit}`);
    else if (low !== undefined) parts.push(`at least ${low}${unit}`);
    else if (high !== undefined) parts.push(`at most ${high}${unit}`);
  };
  range(c.minLength, c.maxLength, ' characters');
  range(c.minimum, c.maximum, '');
  range(c.minItems, c.maxItems, ' items');
  if (c.pattern) parts.push(`matches \`${c.pattern}\``);
  if (c.format) parts.push(`a ${c.format}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
