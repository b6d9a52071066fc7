import { childDeclarationSpan, childTargetAt, formatOf, parseTemplate, type Template } from '../../core';
import { definitionAt } from '../../core/references';
import type { Feature, ServerContext } from '../context';
import { toRange } from '../convert';

/**
 * Go to definition: from a Ref, GetAtt, Sub variable, DependsOn, condition or mapping name to its declaration;
 * from a nested stack's local TemplateURL, a `Child.Outputs.Name` or a key of its Parameters into the child template.
 */
export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(context) {
    const { connection, templateOf } = context;
    connection.onDefinition(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open?.template.isTemplate) return null;
      const { template } = open;
      const offset = template.lines.offsetAt(position);
      const inChild = childDefinition(context, textDocument.uri, template, offset);
      if (inChild !== undefined) return inChild;
      const declaration = definitionAt(template, offset);
      if (!declaration) return null;
      return { uri: textDocument.uri, range: toRange(declaration.nameSpan, template.lines) };
    });
  },
};

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The location in a nested stack's template; null when the cursor names one the last analysis could not read. */
function childDefinition(context: ServerContext, uri: string, template: Template, offset: number) {
  const target = childTargetAt(template, offset);
  if (!target) return undefined;
  const child = context.childTextOf(uri, target.location);
  if (!child || child.text === null) return null;
  if (target.kind === 'template') return { uri: child.uri, range: FILE_START };
  const parsed = parseTemplate(child.text, formatOf(undefined, child.uri, child.text));
  const span = childDeclarationSpan(parsed, target);
  return { uri: child.uri, range: span ? toRange(span, parsed.lines) : FILE_START };
}
