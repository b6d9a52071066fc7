import { renderEntries, type SnippetDef } from '../../../src/core/snippets';
import type { TemplateFormat } from '../../../src/core';

/** The smallest template holding a snippet's expanded body (resource-level lines) and the sections it needs. */
export function templateAround(snippet: SnippetDef, format: TemplateFormat, resourceLines: string[]): string {
  const sections: [string, string[]][] = [];
  if (snippet.parameters) sections.push(['Parameters', renderEntries(snippet.parameters, format, 0, 2)]);
  if (snippet.conditions) sections.push(['Conditions', renderEntries(snippet.conditions, format, 0, 2)]);
  sections.push(['Resources', resourceLines]);
  return format === 'json' ? jsonTemplate(snippet, sections) : yamlTemplate(snippet, sections);
}

function indent(lines: string[], by: number): string[] {
  return lines.map((line) => (line ? ' '.repeat(by) + line : line));
}

function yamlTemplate(snippet: SnippetDef, sections: [string, string[]][]): string {
  const lines = ["AWSTemplateFormatVersion: '2010-09-09'"];
  if (snippet.transform) lines.push(`Transform: ${snippet.transform}`);
  for (const [name, body] of sections) lines.push(`${name}:`, ...indent(body, 2));
  return lines.join('\n') + '\n';
}

function jsonTemplate(snippet: SnippetDef, sections: [string, string[]][]): string {
  const entries = ['  "AWSTemplateFormatVersion": "2010-09-09"'];
  if (snippet.transform) entries.push(`  "Transform": ${JSON.stringify(snippet.transform)}`);
  for (const [name, body] of sections) entries.push(`  "${name}": {\n${indent(body, 4).join('\n')}\n  }`);
  return `{\n${entries.join(',\n')}\n}\n`;
}
