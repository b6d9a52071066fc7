/** What a declared name is, as a hover shows it on the declaration and on every reference to it. */
import { schemaTypeOf } from '../completion/schemaCompletions';
import { isMap, isString, toPlain, valueOf, type TemplateNode } from '../model';
import type { Declaration } from '../references';
import { currentSchema } from '../schema';
import { codeSpan, plainText } from './plainText';

export function declarationMarkdown(declaration: Declaration): string {
  const body = declaration.entry.value;
  switch (declaration.kind) {
    case 'parameter':
      return parameterMarkdown(declaration, body);
    case 'resource': {
      const lines = [`**Resource** ${codeSpan(declaration.name)}${declaration.detail ? `: ${typeText(declaration.detail)}` : ''}`];
      const documentation = declaration.detail ? currentSchema()?.resourceType(schemaTypeOf(declaration.detail))?.documentation : undefined;
      if (documentation) lines.push(documentation);
      return lines.join('\n\n');
    }
    case 'condition':
      return `**Condition** ${codeSpan(declaration.name)}, declared in Conditions`;
    case 'mapping':
      return `**Mapping** ${codeSpan(declaration.name)}, declared in Mappings`;
    case 'output':
      return outputMarkdown(declaration, body);
    case 'subVariable':
      return `**Fn::Sub variable** ${codeSpan(declaration.name)}: its value is given in the variable map of this Fn::Sub`;
    default:
      return codeSpan(declaration.name);
  }
}

function parameterMarkdown(declaration: Declaration, body: TemplateNode): string {
  const lines = [`**Parameter** ${codeSpan(declaration.name)}${declaration.detail ? `: ${plainText(declaration.detail)}` : ''}`];
  const description = valueOf(body, 'Description');
  if (isString(description)) lines.push(plainText(description.value));
  const fallback = valueOf(body, 'Default');
  if (fallback) lines.push(`**Default:** ${codeSpan(JSON.stringify(toPlain(fallback)))}`);
  const allowed = valueOf(body, 'AllowedValues');
  if (allowed) lines.push(`**Allowed values:** ${codeSpan(JSON.stringify(toPlain(allowed)))}`);
  return lines.join('\n\n');
}

function outputMarkdown(declaration: Declaration, body: TemplateNode): string {
  const lines = [`**Output** ${codeSpan(declaration.name)}, declared in Outputs`];
  const description = valueOf(body, 'Description');
  if (isString(description)) lines.push(plainText(description.value));
  const exportName = valueOf(valueOf(body, 'Export'), 'Name');
  if (isString(exportName)) lines.push(`**Exported as:** ${codeSpan(exportName.value)}`);
  else if (isMap(exportName) && exportName.entries.length === 1) lines.push(`**Exported as:** a name computed with ${codeSpan(exportName.entries[0].key.value)}`);
  return lines.join('\n\n');
}

/** A type name as written in the template: as it is when the schema names it so, else as plain text (`Custom::…`). */
export function typeText(typeName: string): string {
  return currentSchema()?.resourceType(typeName)?.name === typeName ? typeName : plainText(typeName);
}
