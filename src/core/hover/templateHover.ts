/**
 * The template's own structure: a section name, a declared parameter, condition, mapping or output (shown as
 * a reference to it is), a parameter's attributes and `Type` value, an output's fields.
 */
import { OUTPUT_FIELD_DOCS, OUTPUTS_URL, PARAMETER_ATTRIBUTE_DOCS, PARAMETERS_URL, parameterTypeDoc, SECTION_DOCS } from '../completion/templateDocs';
import { locate, type Located } from '../knowledge/locate';
import { isString, type NodePath } from '../model';
import { nameAt } from '../references';
import type { Template } from '../template';
import { declarationMarkdown } from './declarationHover';
import type { HoverProvider } from './index';
import { codeSpan } from './plainText';

const DECLARATION_KINDS = new Set(['parameter', 'condition', 'mapping', 'output']);

export const templateHoverProvider: HoverProvider = (template, offset) => {
  const located = locate(template.root, offset);
  if (!located) return undefined;
  const markdown = located.scalar ? valueMarkdown(located) : (declarationHover(template, offset) ?? keyMarkdown(located.path));
  return markdown ? { sections: [{ markdown }], span: located.span } : undefined;
};

/** On the key of a declaration: what a reference to it shows. */
function declarationHover(template: Template, offset: number): string | undefined {
  const at = nameAt(template, offset);
  if (!at?.declaration || at.reference || !DECLARATION_KINDS.has(at.declaration.kind)) return undefined;
  return declarationMarkdown(at.declaration);
}

function keyMarkdown(path: NodePath): string | undefined {
  const [section, , field, subField] = path;
  if (path.length === 1 && typeof section === 'string' && Object.hasOwn(SECTION_DOCS, section)) {
    const doc = SECTION_DOCS[section];
    return documented(section, 'template section', doc.text, doc.url);
  }
  if (typeof field !== 'string') return undefined;
  if (section === 'Parameters' && path.length === 3 && Object.hasOwn(PARAMETER_ATTRIBUTE_DOCS, field)) {
    return documented(field, 'parameter attribute', PARAMETER_ATTRIBUTE_DOCS[field], PARAMETERS_URL);
  }
  if (section !== 'Outputs') return undefined;
  const name = path.length === 4 && field === 'Export' && subField === 'Name' ? 'Export.Name' : path.length === 3 ? field : undefined;
  return name !== undefined && Object.hasOwn(OUTPUT_FIELD_DOCS, name) ? documented(name, 'output field', OUTPUT_FIELD_DOCS[name], OUTPUTS_URL) : undefined;
}

/** On the value of a parameter's Type. */
function valueMarkdown(located: Located): string | undefined {
  const [section, , field] = located.path;
  if (section !== 'Parameters' || field !== 'Type' || located.path.length !== 3 || !isString(located.scalar)) return undefined;
  const doc = parameterTypeDoc(located.scalar.value);
  return doc ? documented(located.scalar.value, 'parameter type', doc, PARAMETERS_URL, true) : undefined;
}

function documented(name: string, what: string, text: string, url: string, asCode = false): string {
  return `${asCode ? codeSpan(name) : `**${name}**`} (${what}): ${text}\n\n[AWS documentation](${url})`;
}
